import {resolveClinic} from '../content/clinic.js'
import {serviceIdsOf} from '../content/treatments.js'
import type {Clinic, ClinicLocation, Content} from '../content/types.js'
import {describeValue, SciaticaContentError} from '../errors.js'
import {MODIFIED_DATE_EXPECTED, type ParsedHostOptions, type Reviewer} from './options.js'

/** A link in a breadcrumb trail. */
export interface Crumb {
  readonly name: string
  readonly url: string
}

/** An image with what Open Graph and schema.org's ImageObject say of it. */
export interface ImageDescriptor {
  /** Absolute URL. */
  readonly url: string
  readonly width: number
  readonly height: number
  /** The image's alternative text. */
  readonly alt: string
  /** Media type, such as `image/png`. */
  readonly type: string
}

/** A medical review of the article, on the host's site. */
export interface Review {
  readonly reviewer: Reviewer
  /** `YYYY-MM-DD`. */
  readonly lastReviewed: string
}

/** What the host adds around the article: who reviewed it, its sources, its policy. */
export interface HostEditorial {
  readonly review: Review | undefined
  readonly citations: readonly {readonly name: string; readonly url: string}[]
  readonly publishingPrinciples: string | undefined
  readonly isBasedOn: string | undefined
  readonly articleSection: string | undefined
}

/** A host, its options checked and its defaults filled in, for one content. */
export interface Host {
  /** The site's URL, ending in `/`. */
  readonly siteUrl: string
  /** The URL of the article's page. */
  readonly articleUrl: string
  /** The host's clinic, or the clinic that wrote the article. */
  readonly clinic: Clinic
  /** Whether `clinic` is the host's own: the host then republishes the article. */
  readonly republishes: boolean
  readonly siteName: string
  readonly inLanguage: string
  readonly dateModified: string | undefined
  readonly images: readonly string[]
  /**
   * The article's social card, when the site build made one (never when the host gives its own
   * `image`, which wins).
   */
  readonly socialCard?: ImageDescriptor | undefined
  /**
   * Whether each location has a page of its own on the site, `/locations/<id>/` (the static
   * site's), which is then its `url` when it has none.
   */
  readonly locationPages?: boolean | undefined
  /** The home page, first in every breadcrumb trail. */
  readonly home: Crumb
  /** The host's crumbs between the home page and the article. */
  readonly articleCrumbs: readonly Crumb[]
  readonly editorial: HostEditorial
}

/** The URL of a path (`/a/b/`) below a site URL that ends in `/`. */
export function urlBelow(siteUrl: string, path: string): string {
  return new URL(siteUrl + path.slice(1)).href
}

/** The article's path when the host gives none: `/<slug>/`. */
export function defaultPath(content: Content): string {
  return `/${content.article.slug}/`
}

const invalid = (field: string, expected: string, value: unknown) =>
  new SciaticaContentError('invalid-option', {
    path: [field],
    expected,
    received: describeValue(value),
  })

/**
 * The host's editorial additions from checked options: a review (`reviewedBy` and
 * `lastReviewed`, both or neither; reviewed not before the article was published, nor after
 * today), references, policy, original and section.
 *
 * @throws {SciaticaContentError}
 *   When only one of `reviewedBy` and `lastReviewed` is given, or `lastReviewed` is out of range.
 */
export function resolveEditorial(
  content: Content,
  options: Omit<ParsedHostOptions, 'siteUrl'>,
): HostEditorial {
  const {reviewedBy, lastReviewed} = options
  if (reviewedBy !== undefined && lastReviewed === undefined) {
    throw invalid('lastReviewed', 'the date of the review, given with `reviewedBy`', lastReviewed)
  }
  if (lastReviewed !== undefined && reviewedBy === undefined) {
    throw invalid('reviewedBy', 'the reviewer, given with `lastReviewed`', reviewedBy)
  }
  if (lastReviewed !== undefined) {
    const published = content.article.datePublished
    const today = new Date().toISOString().slice(0, 10)
    if (lastReviewed < published || lastReviewed > today) {
      throw invalid(
        'lastReviewed',
        `a date from the article's publication (${published}) to today (${today})`,
        lastReviewed,
      )
    }
  }
  return {
    review:
      reviewedBy === undefined || lastReviewed === undefined
        ? undefined
        : {reviewer: reviewedBy, lastReviewed},
    citations: options.citation ?? [],
    publishingPrinciples: options.publishingPrinciples,
    isBasedOn: options.isBasedOn,
    articleSection: options.articleSection,
  }
}

/**
 * Fill in a host's defaults from options already checked against `hostOptionsEntries`.
 *
 * @throws {SciaticaContentError}
 *   When the clinic is invalid, or `dateModified` is before the article was published.
 */
export function resolveHost(content: Content, options: ParsedHostOptions): Host {
  const base = new URL(options.siteUrl)
  if (!base.pathname.endsWith('/')) base.pathname += '/'
  const siteUrl = base.href
  const {article} = content

  if (options.dateModified !== undefined && options.dateModified < article.datePublished) {
    throw invalid(
      'dateModified',
      `${MODIFIED_DATE_EXPECTED}, not before the article's publication (${article.datePublished})`,
      options.dateModified,
    )
  }
  const editorial = resolveEditorial(content, options)
  const clinic =
    options.clinic === undefined
      ? content.clinic
      : resolveClinic(options.clinic, serviceIdsOf(content.condition), ['clinic'])

  return {
    siteUrl,
    articleUrl: urlBelow(siteUrl, options.path ?? defaultPath(content)),
    clinic,
    republishes: options.clinic !== undefined,
    siteName: options.siteName ?? clinic.name,
    inLanguage: options.inLanguage ?? article.inLanguage,
    dateModified: options.dateModified,
    images: options.image ?? [],
    home: {name: options.homeName ?? 'Home', url: siteUrl},
    articleCrumbs: (options.breadcrumb ?? []).map((crumb) => ({
      name: crumb.name,
      url: urlBelow(siteUrl, crumb.path),
    })),
    editorial,
  }
}

/** Path of a location's page below the site URL: `/locations/<id>/`. */
export function locationPath(location: {readonly id: string}): string {
  return `/locations/${encodeURIComponent(location.id)}/`
}

/** The URL of a location's page on the host's site (`<site>/locations/<id>/`). */
export function locationPageUrl(host: Host, location: {readonly id: string}): string {
  return urlBelow(host.siteUrl, locationPath(location))
}

/** A location's URL: its own, else its page when the host's site gives locations pages. */
export function locationUrl(host: Host, location: ClinicLocation): string | undefined {
  return location.url ?? (host.locationPages === true ? locationPageUrl(host, location) : undefined)
}
