import {resolveClinic} from '../content/clinic.js'
import {serviceIdsOf} from '../content/treatments.js'
import type {Clinic, Content} from '../content/types.js'
import {describeValue, SciaticaContentError} from '../errors.js'
import {MODIFIED_DATE_EXPECTED, type ParsedHostOptions} from './options.js'

/** A link in a breadcrumb trail. */
export interface Crumb {
  readonly name: string
  readonly url: string
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
  /** The home page, first in every breadcrumb trail. */
  readonly home: Crumb
  /** The host's crumbs between the home page and the article. */
  readonly articleCrumbs: readonly Crumb[]
}

/** The URL of a path (`/a/b/`) below a site URL that ends in `/`. */
export function urlBelow(siteUrl: string, path: string): string {
  return new URL(siteUrl + path.slice(1)).href
}

/** The article's path when the host gives none: `/<slug>/`. */
export function defaultPath(content: Content): string {
  return `/${content.article.slug}/`
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
    throw new SciaticaContentError('invalid-option', {
      path: ['dateModified'],
      expected: `${MODIFIED_DATE_EXPECTED}, not before the article's publication (${article.datePublished})`,
      received: describeValue(options.dateModified),
    })
  }
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
  }
}

/** Path of a location's page below the site URL: `/locations/<id>/`. */
export function locationPath(location: {readonly id: string}): string {
  return `/locations/${encodeURIComponent(location.id)}/`
}
