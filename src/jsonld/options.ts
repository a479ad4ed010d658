import * as v from 'valibot'
import {resolveClinic} from '../content/clinic.js'
import type {DeepReadonly} from '../content/freeze.js'
import {article, clinic as defaultClinic, SERVICE_IDS} from '../content/index.js'
import {type ClinicInput, httpUrl, httpUrlSchema, textSchema as text} from '../content/schema.js'
import type {Clinic, ClinicLocation} from '../content/types.js'
import {parseOrThrow} from '../parse.js'

/** The nodes `buildJsonLd` can be asked for with `nodes`. */
export const NODE_KINDS = [
  'website',
  'organization',
  'clinic',
  'webpage',
  'article',
  'condition',
  'treatment',
  'breadcrumb',
] as const

/** A kind of node in the graph. */
export type NodeKind = (typeof NODE_KINDS)[number]

const siteUrl = v.pipe(
  v.string('a string'),
  // Parsed once for both checks. `?` and `#` are checked in the text: a bare one leaves
  // `search` and `hash` empty.
  v.rawTransform(({dataset, addIssue, NEVER}) => {
    const url = httpUrl(dataset.value)
    if (url === undefined) {
      addIssue({message: 'an absolute http(s) URL'})
      return NEVER
    }
    if (/[?#]/.test(dataset.value) || url.username !== '' || url.password !== '') {
      addIssue({message: 'an absolute http(s) URL without query, fragment or credentials'})
      return NEVER
    }
    return dataset.value
  }),
)

// A path below the site URL: not `//` (another host), no dot segments (outside the site, also
// percent-encoded, as URL parsers decode them), no backslash (a slash to URL parsers), no
// fragment (the graph's `@id`s add their own), no white space and no `%` that does not start an
// escape.
function isPagePath(value: string): boolean {
  if (!value.startsWith('/') || value.startsWith('//') || /[\s#\\]|%(?![\da-f]{2})/i.test(value)) {
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

// A real calendar date (`Date.parse` rolls 2021-02-30 over to March), optionally with a time
// and zone, not before the article was published.
function isModifiedDate(value: string): boolean {
  const match =
    /^(\d{4}-\d{2}-\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/.exec(value)
  const date = match?.[1]
  return (
    date !== undefined &&
    !Number.isNaN(Date.parse(value)) &&
    new Date(`${date}T00:00:00Z`).toISOString().startsWith(date) &&
    date >= article.datePublished
  )
}

const modifiedDate = v.pipe(
  v.string('a string'),
  v.check(
    isModifiedDate,
    `an ISO 8601 date such as "2024-05-01", or date-time with a time zone, not before ${article.datePublished}`,
  ),
)

const languageTag = v.pipe(
  v.string('a string'),
  v.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a BCP 47 language tag such as "en-US"'),
)

/** Entries shared by every function that builds JSON-LD or a page for a host site. */
export const siteOptionsEntries = {
  siteUrl,
  path: v.exactOptional(pagePath),
  clinic: v.exactOptional(v.unknown()),
  siteName: v.exactOptional(text),
  inLanguage: v.exactOptional(languageTag),
  dateModified: v.exactOptional(modifiedDate),
  image: v.exactOptional(v.array(httpUrlSchema, 'an array')),
  breadcrumb: v.exactOptional(
    v.array(v.strictObject({name: text, path: pagePath}, 'an object'), 'an array'),
  ),
  homeName: v.exactOptional(text),
}

const jsonLdOptionsSchema = v.strictObject(
  {
    ...siteOptionsEntries,
    nodes: v.exactOptional(
      v.pipe(
        v.array(v.picklist(NODE_KINDS, `one of ${NODE_KINDS.join(', ')}`), 'an array'),
        v.minLength(1, 'at least one kind of node'),
      ),
    ),
  },
  'an object',
)

/** Options of `buildJsonLd` and `resolveSite`. */
export interface JsonLdOptions {
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
  readonly dateModified?: string | undefined
  /** Absolute URLs of images of the article (default: none). */
  readonly image?: readonly string[] | undefined
  /** Crumbs between the home page and the article, each a name and a path (default: none). */
  readonly breadcrumb?: readonly {readonly name: string; readonly path: string}[] | undefined
  /** Name of the first crumb, the site's home (default: `'Home'`). */
  readonly homeName?: string | undefined
  /** Kinds of node to build, with every node they reference (default: all). */
  readonly nodes?: readonly NodeKind[] | undefined
}

// The interface above documents the schema; this fails to compile when the two drift apart.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
type Assert<Condition extends true> = Condition
export type JsonLdOptionsMatchSchema = Assert<
  Exactly<
    Required<Omit<JsonLdOptions, 'clinic'>>,
    Required<DeepReadonly<Omit<v.InferInput<typeof jsonLdOptionsSchema>, 'clinic'>>>
  >
>

/** A host site, its options checked and defaults filled in. */
export interface Site {
  /** Site URL, ending in `/`. */
  readonly siteUrl: string
  /** URL of the article page. */
  readonly pageUrl: string
  readonly clinic: Clinic
  /** Whether `clinic` is the host's own: the host then republishes the article. */
  readonly hostClinic: boolean
  readonly siteName: string
  readonly inLanguage: string
  readonly dateModified: string | undefined
  readonly images: readonly string[]
  /** The breadcrumb trail, home first, the article last. */
  readonly crumbs: readonly {readonly name: string; readonly url: string}[]
  readonly nodes: readonly NodeKind[] | undefined
  /**
   * The locations the graph describes, as MedicalClinic nodes and the organization's
   * `subOrganization` (default: all; a static site gives each location its own page).
   */
  readonly locations?: readonly ClinicLocation[] | undefined
}

/** The URL of a path (`/a/b/`) below a site URL that ends in `/`. */
export function urlBelow(siteUrl: string, path: string): string {
  return new URL(siteUrl + path.slice(1)).href
}

/** The article's path when the host gives none: `/<slug>/`. */
export const DEFAULT_PATH = `/${article.slug}/`

/**
 * Check a host's options and fill in the defaults.
 *
 * @throws {SciaticaContentError}
 *   Naming the first invalid or unknown field.
 */
export function resolveSite(options: unknown): Site {
  const parsed = parseOrThrow(jsonLdOptionsSchema, options, [])
  return siteFromParsed(parsed)
}

/** Options checked against `siteOptionsEntries`. */
type ParsedSiteOptions = v.InferOutput<v.StrictObjectSchema<typeof siteOptionsEntries, undefined>>

/**
 * Fill in a site's defaults from options already checked against `siteOptionsEntries`.
 */
export function siteFromParsed(parsed: ParsedSiteOptions & {nodes?: readonly NodeKind[]}): Site {
  const base = new URL(parsed.siteUrl)
  if (!base.pathname.endsWith('/')) base.pathname += '/'
  const siteUrlHref = base.href
  const urlOf = (path: string) => urlBelow(siteUrlHref, path)

  const clinic =
    parsed.clinic === undefined
      ? defaultClinic
      : resolveClinic(parsed.clinic, SERVICE_IDS, ['clinic'])

  const pageUrl = urlOf(parsed.path ?? DEFAULT_PATH)
  return {
    siteUrl: siteUrlHref,
    pageUrl,
    clinic,
    hostClinic: parsed.clinic !== undefined,
    siteName: parsed.siteName ?? clinic.name,
    inLanguage: parsed.inLanguage ?? article.inLanguage,
    dateModified: parsed.dateModified,
    images: parsed.image ?? [],
    crumbs: [
      {name: parsed.homeName ?? 'Home', url: siteUrlHref},
      ...(parsed.breadcrumb ?? []).map((crumb) => ({name: crumb.name, url: urlOf(crumb.path)})),
      {name: article.title, url: pageUrl},
    ],
    nodes: parsed.nodes,
  }
}
