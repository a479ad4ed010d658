import {type FieldPath, SciaticaContentError} from '../errors.js'

/** The longest file or folder name that common file systems take (ext4, APFS, NTFS): 255 bytes. */
const NAME_MAX_BYTES = 255

// C0 controls (NUL included), DEL and C1 controls: a file system takes most of them, but no
// reader (a shell, a web server's log, a sitemap) shows them faithfully; NUL ends a path in C.
const controlCharacter = /\p{Cc}/u

/**
 * What is wrong with a path below the output folder (`relative` uses `/`), or `undefined` when
 * nothing is: an absolute path, an empty, `.` or `..` segment, a control character, a segment
 * over 255 bytes in UTF-8.
 */
export function relativePathProblem(relative: string): string | undefined {
  if (controlCharacter.test(relative)) return 'a control character (NUL, a line break…)'
  if (relative.includes('\\')) return 'a backslash'
  for (const segment of relative.split('/')) {
    if (segment === '' || segment === '.' || segment === '..') {
      return 'an empty, "." or ".." segment (a leading or doubled "/")'
    }
    if (Buffer.byteLength(segment) > NAME_MAX_BYTES) {
      return `a name over ${NAME_MAX_BYTES} bytes in UTF-8`
    }
  }
  return undefined
}

/**
 * A path's key for collisions: two paths with the same key are the same file on a file system
 * that ignores case or Unicode normalization (macOS, Windows), so a build never depends on one
 * that does not.
 */
export function collisionKey(relative: string): string {
  return relative.normalize('NFC').toLowerCase()
}

/**
 * A path the site cannot have: not a name a file system takes, or the same as (or a file above
 * or below) another file of the build. Thrown by `SiteWriter.write` before it touches the file
 * system; `optionError` tells it as the option that chose the path.
 */
export class SitePathError extends Error {
  override readonly name = 'SitePathError'

  constructor(
    /** The path that could not be written. */
    readonly relative: string,
    /** Why: the problem with the name, or the other file it collides with. */
    readonly problem: string,
    /** The other file of the build it collides with, if that is the problem. */
    readonly other?: string,
  ) {
    super(`Cannot write \`${relative}\` in the site: ${problem}`)
  }
}

const ARTICLE_PATH_EXPECTED =
  "a path of the article's own: not the home page, not under /locations/, not a file of the site (sitemap.xml, 404.html…); no encoded slashes, escapes in UTF-8, no control characters, names of at most 255 bytes"

/**
 * Check the article's path below the site (`/a/b/`) as the file system will see it: decoded, so
 * that `/%2F`, `/%6Cocations/` or `/%00/` cannot land on the home page, a location's page or a
 * name the file system refuses.
 *
 * @returns
 *   The article's folder below the output folder (`a/b`).
 * @throws {SciaticaContentError}
 *   `invalid-option` (`path: ['path']`) for a path the site cannot have.
 */
export function checkArticlePath(pathBelowSite: string, given: string | undefined): string {
  const decoded = decodePath(pathBelowSite)
  const folder = decoded?.replace(/^\/|\/$/g, '')
  if (
    folder === undefined ||
    folder === '' ||
    /^locations(?:\/|$)/i.test(folder) ||
    /%2f|%5c/i.test(pathBelowSite) ||
    relativePathProblem(folder) !== undefined
  ) {
    throw articlePathError(given)
  }
  return folder
}

/** A URL path as file names: decoded (`undefined` for an escape that is not UTF-8). */
export function decodePath(urlPath: string): string | undefined {
  try {
    return decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
}

function articlePathError(given: string | undefined): SciaticaContentError {
  return new SciaticaContentError('invalid-option', {
    path: ['path'],
    expected: ARTICLE_PATH_EXPECTED,
    received: JSON.stringify(given),
  })
}

/**
 * A `SitePathError` from the writer told as the option that chose the path: the article's
 * `path`, or a location's `id` (its page is `locations/<id>/`). Any other error, or one about a
 * path no option chose, is returned as it is.
 */
export function optionError(
  error: unknown,
  articleFolder: string,
  locations: readonly {readonly id: string}[],
  given: string | undefined,
): unknown {
  if (!(error instanceof SitePathError)) return error
  const paths = [error.relative, ...(error.other === undefined ? [] : [error.other])]
  const below = (relative: string, folder: string) =>
    collisionKey(relative).startsWith(`${collisionKey(folder)}/`)
  if (paths.some((relative) => below(relative, articleFolder))) return articlePathError(given)
  const index = locations.findIndex((location) =>
    paths.some((relative) => below(relative, `locations/${location.id}`)),
  )
  if (index === -1) return error
  const field: FieldPath = ['clinic', 'locations', index, 'id']
  return new SciaticaContentError('invalid-option', {
    path: field,
    expected:
      'an id that makes a folder name of its own (at most 255 bytes in UTF-8, not the same as another but for case or Unicode normalization)',
    received: JSON.stringify(locations[index]?.id),
  })
}
