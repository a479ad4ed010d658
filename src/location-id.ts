/**
 * A clinic location's id: the last segment of its page's path (`/locations/<id>/`), the name of
 * that page's folder, and the end of its node's `@id` (`#clinic-<id>`). Any script is welcome
 * (`i̇stanbul`, `मुंबई`, `กรุงเทพมหานคร`); an id is kept short enough to be a folder's name
 * anywhere.
 */
import {slug} from './slug.js'
import {LIMITS} from './values.js'

const encoder = new TextEncoder()

function utf8Length(value: string): number {
  return encoder.encode(value).length
}

/** What a location id must be, for error messages. */
export const LOCATION_ID_EXPECTED = `an id such as "marietta": lowercase letters, marks, digits and "_", joined by single "-", at most ${LIMITS.locationIdBytes} UTF-8 bytes`

/**
 * Whether `value` is a location id: in NFC, what GitHub's slugger would leave of it (lowercase,
 * letters, marks, digits, `_` and `-`), no empty segment, a letter or digit, and at most
 * `LIMITS.locationIdBytes` UTF-8 bytes.
 */
export function isLocationId(value: string): boolean {
  return (
    value === value.normalize('NFC') &&
    slug(value) === value &&
    !/^-|--|-$/.test(value) &&
    /[\p{L}\p{N}]/u.test(value) &&
    utf8Length(value) <= LIMITS.locationIdBytes
  )
}

// A short, stable hash (32-bit FNV-1a over UTF-16 code units) as 8 hex digits: enough to keep
// two long localities of one clinic apart (a clash is refused, like any other repeated id), and
// no dependency of the core on `node:crypto`.
function hash(value: string): string {
  let h = 0x811c9dc5
  for (let index = 0; index < value.length; index++) {
    h = Math.imul(h ^ value.charCodeAt(index), 0x01000193)
  }
  return (h >>> 0).toString(16).padStart(8, '0')
}

/**
 * The id of a location from its locality: the slug of its NFC form, with runs of `-` made one;
 * when that is longer than `LIMITS.locationIdBytes` UTF-8 bytes, its first characters (code
 * points) and a hash of all of it, such as `東京都…-1a2b3c4d`.
 *
 * @returns
 *   The id, or `undefined` when the locality has no letter or digit to make one from.
 */
export function defaultLocationId(locality: string): string | undefined {
  const id = slug(locality.normalize('NFC'))
    .normalize('NFC')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
  if (!/[\p{L}\p{N}]/u.test(id)) return undefined
  if (utf8Length(id) <= LIMITS.locationIdBytes) return id
  const suffix = hash(id)
  const room = LIMITS.locationIdBytes - suffix.length - 1
  let prefix = ''
  for (const character of id) {
    if (utf8Length(prefix + character) > room) break
    prefix += character
  }
  // A code point is at most 4 bytes: the prefix is never empty.
  return `${prefix.replace(/-$/, '')}-${suffix}`
}
