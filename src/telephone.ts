/**
 * A telephone number in the two forms the library needs: E.164 for machines (`tel:` links,
 * JSON-LD) and the form people read.
 */
export interface Telephone {
  /** E.164 form, such as `+17704211420`. */
  readonly e164: string
  /** Display form, as given by the content or the host (trimmed), such as `770-421-1420`. */
  readonly display: string
}

/** What `parseTelephone` accepts, for error messages. */
export const TELEPHONE_EXPECTED =
  'an E.164 telephone number such as "+17704211420", or a 10-digit North American number such as "770-421-1420"'

// Separators people write between digit groups: spaces (not line breaks, tabs or other control
// characters, which would break the page's one-line text), parentheses, dots and hyphens;
// anything else (letters, extensions) is rejected.
const separators = /[\p{Zs}().-]/gu
// E.164: a country code that does not start with 0, at most 15 digits in all.
const e164Digits = /^[1-9]\d{7,14}$/
// NANP: area code and exchange both start with 2-9.
const nanpDigits = /^1?([2-9]\d{2}[2-9]\d{6})$/

/**
 * Parse a telephone number written in E.164 (`+44 20 7946 0958`) or as a North American
 * number (`(770) 421-1420`, `770.421.1420`, `1-770-421-1420`).
 *
 * @returns
 *   The number in both forms, or `undefined` when it is neither.
 */
export function parseTelephone(value: string): Telephone | undefined {
  // Only spaces are trimmed: a line break around the number is as wrong as one inside it.
  const display = value.replace(/^\p{Zs}+|\p{Zs}+$/gu, '')
  const compact = display.replace(separators, '')

  if (compact.startsWith('+')) {
    const digits = compact.slice(1)
    return e164Digits.test(digits) ? {e164: `+${digits}`, display} : undefined
  }

  const nanp = nanpDigits.exec(compact)
  return nanp ? {e164: `+1${nanp[1]}`, display} : undefined
}
