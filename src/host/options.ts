import * as v from 'valibot'
import type {DeepReadonly} from '../content/freeze.js'
import {type ClinicInput, isCalendarDate, nameSchema as name} from '../content/schema.js'
import {httpUrlSchema, LIMITS, oneLineText, token, urlProblem} from '../values.js'

const title = oneLineText(LIMITS.title)

const siteUrl = v.pipe(
  v.string('a string'),
  // Parsed once for both checks. `?` and `#` are checked in the text: a bare one leaves
  // `search` and `hash` empty.
  v.rawTransform(({dataset, addIssue, NEVER}) => {
    const problem = urlProblem(dataset.value)
    if (problem !== undefined) {
      addIssue({message: problem})
      return NEVER
    }
    const url = new URL(dataset.value)
    if (/[?#]/.test(dataset.value) || url.username !== '' || url.password !== '') {
      addIssue({message: 'an absolute http(s) URL without query, fragment or credentials'})
      return NEVER
    }
    return dataset.value
  }),
)

// A path below the site URL: no `//` (at the start, another host; elsewhere, an empty segment,
// which no file system keeps as a folder), no dot segments (outside the site, also
// percent-encoded, as URL parsers decode them), no backslash (a slash to URL parsers), no
// fragment (the graph's `@id`s add their own), no white space and no `%` that does not start an
// escape.
function isPagePath(value: string): boolean {
  if (!value.startsWith('/') || /^[^?]*\/\/|[\s#\\]|%(?![\da-f]{2})/i.test(value)) {
    return false
  }
  // A dot segment needs a `.`, or `%2e`.
  if (!/[.%]/.test(value)) return true
  return (value.split('?', 1)[0] as string)
    .split('/')
    .map((segment) => segment.toLowerCase().replaceAll('%2e', '.'))
    .every((segment) => segment !== '.' && segment !== '..')
}

const pagePath = v.pipe(
  v.string('a string'),
  v.check(
    isPagePath,
    'a path that starts with "/" (such as "/sciatica/"), without "//", "." or ".." segments, "\\", "#", spaces or stray "%"',
  ),
)

// A calendar date, optionally with a time and zone. That it is not before the article was
// published is checked with the content.
function isIsoDate(value: string): boolean {
  const match =
    /^(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/.exec(value)
  const date = match?.[1]
  return date !== undefined && isCalendarDate(date) && !Number.isNaN(Date.parse(value))
}

/** What `dateModified` must be, for error messages. */
export const MODIFIED_DATE_EXPECTED =
  'an ISO 8601 date such as "2024-05-01", or date-time with a time zone'

const modifiedDate = v.custom<IsoDate | `${IsoDate}T${string}`>(
  (value) => typeof value === 'string' && isIsoDate(value),
  MODIFIED_DATE_EXPECTED,
)

const calendarDate = v.custom<IsoDate>(
  (value) => typeof value === 'string' && isCalendarDate(value),
  'a calendar date as YYYY-MM-DD, such as "2025-03-01"',
)

const reviewerSchema = v.strictObject(
  {
    name,
    jobTitle: v.exactOptional(name),
    honorificSuffix: v.exactOptional(name),
    url: v.exactOptional(httpUrlSchema),
    sameAs: v.exactOptional(v.array(httpUrlSchema, 'an array')),
  },
  'an object',
)

const citationSchema = v.strictObject({name: title, url: httpUrlSchema}, 'an object')

const languageTag = token(
  /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/,
  'a BCP 47 language tag such as "en-US"',
)

/** The host's options, as valibot entries: every function that describes a page takes them. */
export const hostOptionsEntries = {
  siteUrl,
  path: v.exactOptional(pagePath),
  clinic: v.exactOptional(v.unknown()),
  siteName: v.exactOptional(name),
  inLanguage: v.exactOptional(languageTag),
  dateModified: v.exactOptional(modifiedDate),
  image: v.exactOptional(v.array(httpUrlSchema, 'an array')),
  breadcrumb: v.exactOptional(
    v.array(v.strictObject({name, path: pagePath}, 'an object'), 'an array'),
  ),
  homeName: v.exactOptional(name),
  reviewedBy: v.exactOptional(reviewerSchema),
  lastReviewed: v.exactOptional(calendarDate),
  publishingPrinciples: v.exactOptional(httpUrlSchema),
  citation: v.exactOptional(v.array(citationSchema, 'an array')),
  isBasedOn: v.exactOptional(httpUrlSchema),
  articleSection: v.exactOptional(name),
}

/** The host's options, checked (the clinic is checked when the host is resolved). */
export type ParsedHostOptions = v.InferOutput<
  v.StrictObjectSchema<typeof hostOptionsEntries, undefined>
>

/**
 * The site that shows the article: where, under which name, and whose clinic. Every function that
 * describes a page (`buildJsonLd`, `buildPageMetadata`, `renderHead`, `renderPage`, `buildSite`)
 * takes these.
 */
export interface HostOptions {
  /** The host site's URL, absolute `http(s)`, without query or fragment (required). */
  readonly siteUrl: string
  /** The article's path below `siteUrl`, starting with `/` (default: `/<article slug>/`). */
  readonly path?: string | undefined
  /** The host's clinic (default: the clinic that published the article). */
  readonly clinic?: ClinicInput | undefined
  /** The site's name (default: the clinic's name). */
  readonly siteName?: string | undefined
  /** BCP 47 language tag of the page (default: the article's, `en-US`). */
  readonly inLanguage?: string | undefined
  /** ISO 8601 date (or date-time with zone) the host last changed the page (default: none). */
  readonly dateModified?: IsoDate | `${IsoDate}T${string}` | undefined
  /** Absolute URLs of images of the article (default: none). */
  readonly image?: readonly string[] | undefined
  /** Crumbs between the home page and the article, each a name and a path (default: none). */
  readonly breadcrumb?: readonly {readonly name: string; readonly path: string}[] | undefined
  /** Name of the first crumb, the site's home (default: `'Home'`). */
  readonly homeName?: string | undefined
  /**
   * The health professional who reviewed the article for the host (default: none): the
   * MedicalWebPage's `reviewedBy`, a Person, and a visible line. Given with `lastReviewed`.
   */
  readonly reviewedBy?: Reviewer | undefined
  /** When `reviewedBy` last reviewed the article, `YYYY-MM-DD` (default: none). */
  readonly lastReviewed?: IsoDate | undefined
  /** URL of the host's editorial policy: the organization's `publishingPrinciples` (default: none). */
  readonly publishingPrinciples?: string | undefined
  /** References the host lists after the article: the BlogPosting's `citation` (default: none). */
  readonly citation?: readonly {readonly name: string; readonly url: string}[] | undefined
  /** URL of the article as first published: the BlogPosting's `isBasedOn` (default: none). */
  readonly isBasedOn?: string | undefined
  /** The section of the host's publication the article is in, such as `'Health'` (default: none). */
  readonly articleSection?: string | undefined
}

/** A date as `YYYY-MM-DD`. */
export type IsoDate = `${number}-${number}-${number}`

/** A person who reviewed the article: schema.org's Person. */
export interface Reviewer {
  /** Their name, such as `'Jane Doe'` (required). */
  readonly name: string
  /** Their job title, such as `'Physiatrist'` (default: none). */
  readonly jobTitle?: string | undefined
  /** Letters after their name, such as `'MD'` (default: none). */
  readonly honorificSuffix?: string | undefined
  /** Their page on the host's site (default: none). */
  readonly url?: string | undefined
  /** Their profiles elsewhere, such as a medical register (default: none). */
  readonly sameAs?: readonly string[] | undefined
}

// The interface above documents the schema; this fails to compile when the two drift apart.
/** `true` when `A` and `B` are the same type. */
export type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
/** Compiles only when `Condition` is `true`. */
export type Assert<Condition extends true> = Condition
export type HostOptionsMatchSchema = Assert<
  Exactly<
    Required<Omit<HostOptions, 'clinic'>>,
    Required<DeepReadonly<Omit<ParsedHostOptions, 'clinic'>>>
  >
>
