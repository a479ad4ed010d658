import {describeValue, SciaticaContentError} from '../errors.js'
import {sharedText} from './shared.js'

/** Options of `jsonLdScript`. */
export interface JsonLdScriptOptions {
  /** CSP nonce to put on the script element (default: none). Base64 characters only. */
  nonce?: string | undefined
  /** Indentation of the JSON, as for `JSON.stringify` (default: none, one line). */
  space?: number | undefined
}

const isPlain = (value: object) => {
  const prototype = Object.getPrototypeOf(value)
  return (
    (prototype === Object.prototype || prototype === null) &&
    typeof (value as {toJSON?: unknown}).toJSON !== 'function'
  )
}

/**
 * The text `JSON.stringify` gives of a graph (`{"@context": …, "@graph": […]}`, no indent),
 * with the text of its shared nodes taken as it was kept; `undefined` for any other value, or
 * any graph whose text could differ from `JSON.stringify`'s (an item that is not a plain object).
 */
function graphText(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !isPlain(value)) return undefined
  const keys = Object.keys(value)
  const {'@context': context, '@graph': nodes} = value as {'@context'?: unknown; '@graph'?: unknown}
  if (keys.length !== 2 || keys[0] !== '@context' || keys[1] !== '@graph') return undefined
  if (
    typeof context !== 'string' ||
    !Array.isArray(nodes) ||
    Object.getPrototypeOf(nodes) !== Array.prototype ||
    typeof (nodes as {toJSON?: unknown}).toJSON === 'function'
  ) {
    return undefined
  }
  const texts: string[] = []
  for (const node of nodes) {
    if (typeof node !== 'object' || node === null || !isPlain(node)) return undefined
    texts.push(sharedText(node) ?? (JSON.stringify(node) as string))
  }
  return `{"@context":${JSON.stringify(context)},"@graph":[${texts.join(',')}]}`
}

/**
 * Serialize JSON-LD to JSON text.
 *
 * @param space
 *   Indentation, as for `JSON.stringify` (default: none).
 * @returns
 *   The JSON text, byte-identical for the same input.
 * @throws {SciaticaContentError}
 *   When `value` is not JSON (a cycle, a BigInt, a function, `undefined`).
 */
export function serializeJsonLd(value: unknown, space?: number): string {
  let json: string | undefined
  try {
    json = space === undefined || space === 0 ? graphText(value) : undefined
  } catch {
    // A value JSON.stringify refuses (a cycle, a BigInt): it says why just below.
  }
  try {
    json ??= JSON.stringify(value, null, space)
  } catch (error) {
    throw new SciaticaContentError(
      ['graph'],
      'a JSON value',
      `one that cannot be serialized (${String(error)})`,
    )
  }
  if (json === undefined) {
    throw new SciaticaContentError(['graph'], 'a JSON value', describeValue(value))
  }
  return json
}

/**
 * JSON-LD text that is safe inside `<script>`: every `<` written as `\u003C`, so no `</script`
 * or `<!--` in the data can end or change the element. Lossless: `JSON.parse` gives back the
 * same data.
 */
export function serializeJsonLdForScript(value: unknown, space?: number): string {
  return jsonForScript(serializeJsonLd(value, space))
}

/** JSON text made safe inside `<script>` (see `serializeJsonLdForScript`). */
export function jsonForScript(json: string): string {
  // Most graphs hold no `<`: then the text is returned as it is, without a copy.
  return json.includes('<') ? json.replaceAll('<', '\\u003C') : json
}

const nonceCharacters = /^[A-Za-z0-9+/_=-]+$/

/**
 * Check a CSP nonce: base64 (or base64url) characters only, so it is safe in any attribute.
 *
 * @throws {SciaticaContentError}
 *   When `nonce` has other characters.
 */
export function checkNonce(nonce: string | undefined): string | undefined {
  if (nonce !== undefined && !nonceCharacters.test(nonce)) {
    throw new SciaticaContentError(
      ['nonce'],
      'a CSP nonce of base64 characters',
      describeValue(nonce),
    )
  }
  return nonce
}

/**
 * A `<script type="application/ld+json">` element holding `value`, safe for any content.
 *
 * @returns
 *   The element as HTML text.
 * @throws {SciaticaContentError}
 *   When `value` is not JSON, or `nonce` has characters other than base64's.
 */
export function jsonLdScript(
  value: unknown,
  options?: Readonly<JsonLdScriptOptions> | null,
): string {
  const nonce = checkNonce(options?.nonce)
  const nonceAttribute = nonce === undefined ? '' : ` nonce="${nonce}"`
  return `<script type="application/ld+json"${nonceAttribute}>${serializeJsonLdForScript(value, options?.space)}</script>`
}
