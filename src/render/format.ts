/**
 * Values as people read them, in the page's language: dates, country names, addresses and
 * opening hours. Machine forms stay in `<time datetime>` and in the JSON-LD.
 */
import type {ClinicLocation} from '../content/types.js'

/** Opening hours in schema.org's short form, read out: days, then opening and closing times. */
export interface OpeningHoursText {
  /** `Monday–Friday`, `Monday, Wednesday–Friday`. */
  readonly days: string
  /** `09:00`, as given: for `<time datetime>`. */
  readonly opens: string
  readonly closes: string
  /** `9:00 AM`, in the page's language. */
  readonly opensText: string
  readonly closesText: string
}

/** The formatters of one language. */
export interface Formatter {
  /** A `YYYY-MM-DD` date as people write it: `March 1, 2025` in English. */
  date(value: string): string
  /** A country's name from its ISO 3166-1 code: `US` → `United States` in English. */
  country(code: string): string
  /**
   * A location's postal address, one line a part: the street, the locality with region and
   * postal code, the country's name.
   */
  addressLines(location: ClinicLocation): string[]
  /**
   * Where a location is, in a few words after its name: its address, without the locality when
   * there is no street and the name already says it (`GA, United States` after
   * `Non-Surgical Orthopaedic, Marietta`).
   */
  placeAfterName(location: ClinicLocation): string
  /** Opening hours (`Mo,We-Fr 08:30-18:00`, as the clinic schema checks them), read out. */
  openingHours(hours: string): OpeningHoursText
}

const dayIndex = {Mo: 0, Tu: 1, We: 2, Th: 3, Fr: 4, Sa: 5, Su: 6} as const
type Day = keyof typeof dayIndex

/**
 * The formatters of a language (a BCP 47 tag; one Intl does not know falls back to its default).
 * Make one for a page, or for a whole site: Intl's formatters are slow to make, fast to use.
 */
export function formatterFor(language: string): Formatter {
  let locales: string[]
  try {
    locales = Intl.getCanonicalLocales(language)
  } catch {
    locales = []
  }
  const dates = new Intl.DateTimeFormat(locales, {dateStyle: 'long', timeZone: 'UTC'})
  const countries = new Intl.DisplayNames(locales, {type: 'region', fallback: 'code'})
  const weekdays = new Intl.DateTimeFormat(locales, {weekday: 'long', timeZone: 'UTC'})
  const times = new Intl.DateTimeFormat(locales, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  })
  // 2024-01-01 was a Monday.
  const dayName = (day: Day) => weekdays.format(Date.UTC(2024, 0, 1 + dayIndex[day]))
  const timeText = (value: string) => {
    const [hour, minute] = value.split(':').map(Number) as [number, number]
    return times.format(Date.UTC(2024, 0, 1, hour, minute))
  }
  // With `fallback: 'code'`, a name or the code itself, never `undefined`.
  const country = (code: string) => String(countries.of(code))
  const regionAndCode = (location: ClinicLocation) =>
    [location.address.addressRegion, location.address.postalCode].filter(Boolean).join(' ')

  return {
    date: (value) => dates.format(new Date(`${value}T00:00:00Z`)),
    country,
    addressLines(location) {
      const {address} = location
      const place = [address.addressLocality, regionAndCode(location)].filter(Boolean).join(', ')
      return [address.streetAddress, place, country(address.addressCountry)].filter(
        (line): line is string => line !== undefined,
      )
    },
    placeAfterName(location) {
      const {address} = location
      const locality =
        address.streetAddress === undefined && location.name.includes(address.addressLocality)
          ? undefined
          : address.addressLocality
      return [
        address.streetAddress,
        locality,
        regionAndCode(location),
        country(address.addressCountry),
      ]
        .filter(Boolean)
        .join(', ')
    },
    openingHours(hours) {
      const [dayList, range] = hours.split(' ') as [string, string]
      const [opens, closes] = range.split('-') as [string, string]
      const days = dayList
        .split(',')
        .map((span) => {
          const [first, last] = span.split('-') as [Day, Day?]
          return last === undefined ? dayName(first) : `${dayName(first)}–${dayName(last)}`
        })
        .join(', ')
      return {days, opens, closes, opensText: timeText(opens), closesText: timeText(closes)}
    },
  }
}
