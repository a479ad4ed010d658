import {describeValue, SciaticaContentError} from '../errors.js'

/** Options of `jsonLdScript`. */
export interface JsonLdScriptOptions {
  /** CSP nonce to put on the script element (default: none). Base64 characters only. */
  nonce?: string | undefined
  /**
   * Indentation of the JSON, as for `JSON.stringify`: a number of spaces from 0 to 10, or a
   * string of at most 10 JSON white-space characters (space, tab, line feed, carriage return)
   * (default: none, one line).
   */
  space?: number | string | undefined
}

/** What `space` may be, for error messages. */
export const SPACE_EXPECTED =
  'an indentation: a whole number from 0 to 10, or at most 10 spaces, tabs, CR or LF'

/**
 * Check an indentation as `JSON.stringify` uses it. `JSON.stringify` would take any string (its
 * first 10 characters) and any number, and indent with whatever they hold: `'<!--'` makes text
 * that is not JSON.
 *
 * @throws {SciaticaContentError}
 *   When `space` is not a whole number from 0 to 10 or a string of JSON white space.
 */
function checkSpace(space: unknown): number | string | undefined {
  if (
    space === undefined ||
    (typeof space === 'number' && Number.isInteger(space) && space >= 0 && space <= 10) ||
    (typeof space === 'string' && /^[ \t\n\r]{0,10}$/.test(space))
  ) {
    return space
  }
  throw new SciaticaContentError('invalid-option', {
    path: ['space'],
    expected: SPACE_EXPECTED,
    received: describeValue(space),
  })
}

/**
 * Serialize JSON-LD to JSON text.
 *
 * @param space
 *   Indentation, as for `JSON.stringify` (default: none); see `checkSpace`.
 * @returns
 *   The JSON text, byte-identical for the same input.
 * @throws {SciaticaContentError}
 *   When `value` is not JSON (a cycle, a BigInt, a function, `undefined`), or `space` is not an
 *   indentation.
 */
export function serializeJsonLd(value: unknown, space?: number | string): string {
  const indentation = checkSpace(space)
  let json: string | undefined
  try {
    json = JSON.stringify(value, null, indentation)
  } catch (error) {
    throw new SciaticaContentError('invalid-json', {
      expected: 'a JSON value',
      received: `one that cannot be serialized (${String(error)})`,
    })
  }
  if (json === undefined) {
    throw new SciaticaContentError('invalid-json', {
      expected: 'a JSON value',
      received: describeValue(value),
    })
  }
  return json
}

/**
 * JSON-LD text that is safe inside `<script>`: every `<` written as `\u003C`, so no `</script`
 * or `<!--` in the data can end or change the element. Lossless: `JSON.parse` gives back the
 * same data.
 */
export function serializeJsonLdForScript(value: unknown, space?: number | string): string {
  return jsonForScript(serializeJsonLd(value, space))
}

/** JSON text made safe inside `<script>`, as `serializeJsonLdForScript` makes it. */
export function jsonForScript(json: string): string {
  return json.replaceAll('<', '\\u003C')
}

// At most 100 (`LIMITS.token`): a nonce is 16 to 32 random bytes, in base64 at most 44.
const nonceCharacters = /^[A-Za-z0-9+/_=-]{1,100}$/

/**
 * Check a CSP nonce: at most 100 base64 (or base64url) characters, so it is safe in any attribute.
 *
 * @throws {SciaticaContentError}
 *   When `nonce` has other characters.
 */
export function checkNonce(nonce: string | undefined): string | undefined {
  if (nonce !== undefined && !nonceCharacters.test(nonce)) {
    throw new SciaticaContentError('invalid-option', {
      path: ['nonce'],
      expected: 'a CSP nonce of base64 characters (at most 100)',
      received: describeValue(nonce),
    })
  }
  return nonce
}

/**
 * A `<script type="application/ld+json">` element holding `value`, safe for any content.
 *
 * @returns
 *   The element as HTML text.
 * @throws {SciaticaContentError}
 *   When `value` is not JSON, `nonce` has characters other than base64's, or `space` is not an
 *   indentation.
 */
export function jsonLdScript(
  value: unknown,
  options?: Readonly<JsonLdScriptOptions> | null,
): string {
  const nonce = checkNonce(options?.nonce)
  const nonceAttribute = nonce === undefined ? '' : ` nonce="${nonce}"`
  return `<script type="application/ld+json"${nonceAttribute}>${serializeJsonLdForScript(value, options?.space)}</script>`
}
