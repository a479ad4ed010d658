/**
 * The rules for the values a host gives, in one place: text, URLs and their limits. Host
 * options, the host's clinic and the content's own files all check their text and URLs here.
 */
import * as v from 'valibot'

/**
 * The most a value may hold, by kind. Lengths of text and URLs are in UTF-16 code units, as
 * JavaScript's `length` counts them; a location id's in UTF-8 bytes, as file systems count a
 * folder's name.
 */
export const LIMITS = {
  /** A name or label: a site's, a clinic's, a crumb's, an address line, a job title. */
  name: 200,
  /** The page's `<title>`, a reference's title. */
  title: 300,
  /** A description in `content/`. */
  text: 1000,
  /** A telephone number as people write it. */
  telephone: 40,
  /** A URL, as given. */
  url: 2000,
  /** A class name list, an id prefix, a CSP nonce, a language tag, an opening-hours entry. */
  token: 100,
  /** A location's id (UTF-8 bytes); longer default ids are shortened, with a hash. */
  locationIdBytes: 96,
} as const

// Control characters (C0, DEL, C1: line breaks among them, and an HTML parser turns a CR into LF)
// and noncharacters would not survive HTML; lone surrogates are caught by `isWellFormed`.
const unsafeCharacters = /[\p{Cc}\p{Noncharacter_Code_Point}]/u

/** Whether text is well-formed Unicode without control characters or noncharacters. */
export function isCleanLine(value: string): boolean {
  return value.isWellFormed() && !unsafeCharacters.test(value)
}

/** What `isCleanLine` accepts, for error messages. */
export const CLEAN_LINE_EXPECTED =
  'one line of text without control characters, noncharacters or lone surrogates'

/**
 * A one-line text option of at most `maxLength` code units: checked before it is trimmed (a
 * trailing line break is refused, not dropped), then trimmed and not empty.
 */
export function oneLineText(maxLength: number) {
  return v.pipe(
    v.string('a string'),
    // Before any other check: a 10 MB string is refused at once.
    v.maxLength(maxLength, `a string of at most ${maxLength} characters`),
    v.check(isCleanLine, CLEAN_LINE_EXPECTED),
    v.trim(),
    v.nonEmpty('a non-empty string'),
  )
}

/** A token (a class name, an id prefix, a nonce…) matching `pattern`, at most `LIMITS.token` long. */
export function token(pattern: RegExp, expected: string) {
  return v.pipe(
    v.string('a string'),
    v.maxLength(LIMITS.token, `${expected}, at most ${LIMITS.token} characters`),
    v.regex(pattern, expected),
  )
}

/** The URL of an absolute `http:` or `https:` URL text, `undefined` for any other text. */
function httpUrl(value: string): URL | undefined {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return undefined
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined
}

/**
 * What is wrong with a URL text, as an error's "expected", or `undefined` when it is an absolute
 * `http(s)` URL: not too long, well-formed Unicode, no control characters (the URL parser drops a
 * tab or line break silently and escapes a NUL; either means the text is not what its author
 * meant).
 */
export function urlProblem(value: string): string | undefined {
  if (value.length > LIMITS.url || !isCleanLine(value)) {
    return `an absolute http(s) URL of at most ${LIMITS.url} characters, without control characters, noncharacters or lone surrogates`
  }
  return httpUrl(value) === undefined ? 'an absolute http(s) URL' : undefined
}

/**
 * An absolute `http:` or `https:` URL, published in its normalized form (`new URL(value).href`:
 * the host lowercased, spaces and quotes percent-encoded), so that the page, its head and its
 * JSON-LD all carry the same well-formed URL.
 */
export const httpUrlSchema = v.pipe(
  v.string('a string'),
  v.rawTransform(({dataset, addIssue, NEVER}) => {
    const problem = urlProblem(dataset.value)
    if (problem !== undefined) {
      addIssue({message: problem})
      return NEVER
    }
    return new URL(dataset.value).href
  }),
)
