/**
 * Files as text: an HTML page in the encoding it declares, sniffed as browsers do (the WHATWG
 * HTML “encoding sniffing algorithm”: byte order mark, then `<meta charset>` or
 * `<meta http-equiv="Content-Type">` in the first 1,024 bytes; html-encoding-sniffer), decoded
 * with the standard `TextDecoder`. JSON is UTF-8 (RFC 8259), or what its byte order mark says.
 * Text that declares nothing must be UTF-8: a browser would guess, a checker should not.
 */
import sniffHtmlEncoding from 'html-encoding-sniffer'

const UNDECLARED = 'undeclared'

/** Why a file could not be read as text. */
export class DecodeError extends Error {}

/**
 * The text of a file.
 *
 * @param html
 *   Sniff a `<meta charset>` (an HTML page) or only a byte order mark (JSON).
 * @throws {DecodeError}
 *   Undeclared bytes that are not UTF-8, or an encoding `TextDecoder` does not support.
 */
export function decodeFile(bytes: Uint8Array, html: boolean): string {
  const encoding = sniffHtmlEncoding(bytes, {xml: !html, defaultEncoding: UNDECLARED})
  if (encoding === UNDECLARED) {
    try {
      return new TextDecoder('utf-8', {fatal: true}).decode(bytes)
    } catch {
      throw new DecodeError('not UTF-8 text')
    }
  }
  let decoder: InstanceType<typeof TextDecoder>
  try {
    decoder = new TextDecoder(encoding)
  } catch {
    throw new DecodeError(`the page's encoding ${encoding} is not one a TextDecoder reads`)
  }
  return decoder.decode(bytes)
}
