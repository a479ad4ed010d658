/**
 * Literal values against the data types of a property's range: ISO 8601 dates, times and
 * durations, URLs, numbers. schema.org: “Date: A date value in ISO 8601 date format”,
 * “DateTime: … ISO 8601 date time format”, “Duration: Quantity: Duration (use ISO 8601
 * duration format)”; Google asks ISO 8601 for `datePublished`, `dateModified`, and `hh:mm:ss`
 * for `opens` and `closes`.
 */
import type {Terms} from './terms.js'

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/
const TIME =
  /^(?:(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:[.,]\d+)?)?|24:00(?::00)?)(?:Z|[+-](?:[01]\d|2[0-3])(?::?[0-5]\d)?)?$/
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/
const INTEGER = /^[+-]?\d+$/
const PART = String.raw`\d+(?:[.,]\d+)?`
const DURATION = new RegExp(
  `^P(?=\\d|T\\d)(?:${PART}Y)?(?:${PART}M)?(?:${PART}W)?(?:${PART}D)?(?:T(?=\\d)(?:${PART}H)?(?:${PART}M)?(?:${PART}S)?)?$`,
)
// A relative reference as written in markup: a path from the root, `./`, `../`, `?`, `#`, or
// a file name of the web (`cover.jpg`, `menu.html`), as schema.org's own examples write them.
const RELATIVE =
  /^(?:\/|\.\.?\/|[?#]|[^\s/:]+\.(?:html?|php|aspx?|jpe?g|png|gif|webp|avif|svg|pdf|mp[34]|webm)(?:[?#]|$))/i

function isDate(value: string): boolean {
  const match = DATE.exec(value)
  if (match === null) return false
  const [, year, month, day] = match
  if (month === undefined) return true
  const monthNumber = Number(month)
  if (monthNumber < 1 || monthNumber > 12) return false
  if (day === undefined) return true
  // Day 0 of the next month is the last day of this one.
  const last = new Date(Date.UTC(Number(year), monthNumber, 0)).getUTCDate()
  const dayNumber = Number(day)
  return dayNumber >= 1 && dayNumber <= last
}

function isDateTime(value: string): boolean {
  const t = value.indexOf('T')
  // A date alone is a date-time of coarser precision; Google reads it so too.
  if (t === -1) return isDate(value)
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(value.slice(0, t)) &&
    isDate(value.slice(0, t)) &&
    TIME.test(value.slice(t + 1))
  )
}

function isUrl(value: string): boolean {
  return URL.canParse(value) || RELATIVE.test(value)
}

/** Data types with a checked lexical form, with what to show of it. */
const FORMS: readonly {
  readonly type: string
  readonly test: (value: string) => boolean
  readonly example: string
}[] = [
  {type: 'Date', test: isDate, example: '2024-05-01'},
  {type: 'DateTime', test: isDateTime, example: '2024-05-01T09:30:00+01:00'},
  {type: 'Time', test: (value) => TIME.test(value), example: '09:30:00'},
  {type: 'Duration', test: (value) => DURATION.test(value), example: 'PT1H30M'},
  {type: 'URL', test: isUrl, example: 'https://example.com/'},
  {type: 'Integer', test: (value) => INTEGER.test(value), example: '3'},
  {type: 'Number', test: (value) => NUMBER.test(value), example: '4.5'},
]

/**
 * A literal against the data types of a property's range: a string must have the form of one of
 * the range's checked data types (Date, DateTime, Time, Duration, URL, Number, Integer) unless
 * the range takes any text; a number given for an Integer range must be whole.
 *
 * @returns
 *   What is wrong, `null` when the string has a checked form of the range (`"4.5"` for a
 *   Number), or `undefined` when no checked form applies.
 */
export function literalProblem(
  terms: Terms,
  name: string,
  value: string | number,
  range: readonly string[],
): string | null | undefined {
  if (typeof value === 'number') {
    const integerOnly =
      range.some((type) => type === 'Integer') &&
      !range.some((type) => type === 'Number' || type === 'Float')
    return integerOnly && !Number.isInteger(value)
      ? `${name} has ${value}; expected an Integer`
      : undefined
  }
  // Text and its subtypes other than URL (PronounceableText, CssSelectorType…) take any string;
  // so does a range with a type of node (text names the thing: `"gameLocation": "Big Town"`).
  if (
    range.some(
      (type) => !terms.isDataType(type) || (terms.isA(type, 'Text') && !terms.isA(type, 'URL')),
    )
  ) {
    return undefined
  }
  const forms = FORMS.filter(({type}) =>
    range.some((allowed) => allowed === type || (type === 'Number' && allowed === 'Float')),
  )
  if (forms.length === 0) return undefined
  if (forms.some(({test}) => test(value))) return null
  const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value
  const expected = forms.map(({type, example}) => `${type} (such as ${example})`).join(' or ')
  const hint =
    value.includes(' ') && /^\d{4}-\d{2}-\d{2} /.test(value)
      ? '; ISO 8601 separates date and time with T'
      : ''
  return `${name} has ${JSON.stringify(shown)}; expected ${expected}${hint}`
}

/** Latitude and longitude: a number (or numeric text) within ±90 and ±180. */
export function coordinateProblem(name: string, value: unknown): string | undefined {
  const limit = name === 'latitude' ? 90 : 180
  const number = typeof value === 'string' && NUMBER.test(value.trim()) ? Number(value) : value
  if (typeof number === 'number' && Number.isFinite(number) && Math.abs(number) <= limit) {
    return undefined
  }
  return `${name} has ${JSON.stringify(value)}; expected a number from -${limit} to ${limit}`
}
