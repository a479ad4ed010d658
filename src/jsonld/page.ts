import type {ClinicLocation, Content} from '../content/types.js'
import {type Crumb, type Host, locationPath, urlBelow} from '../host/host.js'

/** The kinds of page the package describes; each has its own graph (see `graph.ts`). */
export type PageKind = 'article' | 'location' | 'home'

interface PageBase<Kind extends PageKind> {
  readonly kind: Kind
  /** The page's URL; its nodes' `@id`s hang off it. */
  readonly url: string
  /** The breadcrumb trail: the home page first, this page last. */
  readonly crumbs: readonly Crumb[]
  /** The clinic locations the page describes, as MedicalClinic nodes. */
  readonly locations: readonly ClinicLocation[]
}

/** The page of one location. */
export type LocationGraphPage = PageBase<'location'> & {readonly location: ClinicLocation}

/** A page, as its graph describes it. */
export type GraphPage = PageBase<'article'> | LocationGraphPage | PageBase<'home'>

/** What every node builder takes: the content, the host, and the page being described. */
export interface GraphInput {
  readonly content: Content
  readonly host: Host
  readonly page: GraphPage
}

/**
 * The article's page.
 *
 * @param locations
 *   The locations its graph describes (default: all of the host's clinic; a static site gives
 *   each its own page, and lists none here).
 */
export function articlePage(
  content: Content,
  host: Host,
  locations: readonly ClinicLocation[] = host.clinic.locations,
): GraphPage {
  return {
    kind: 'article',
    url: host.articleUrl,
    crumbs: [host.home, ...host.articleCrumbs, {name: content.article.title, url: host.articleUrl}],
    locations,
  }
}

/** The page of one location of the host's clinic (`/locations/<id>/`). */
export function locationPage(host: Host, location: ClinicLocation): LocationGraphPage {
  const url = urlBelow(host.siteUrl, locationPath(location))
  return {
    kind: 'location',
    url,
    crumbs: [host.home, {name: location.name, url}],
    locations: [location],
    location,
  }
}

/** The site's home page. */
export function homePage(host: Host): GraphPage {
  return {kind: 'home', url: host.siteUrl, crumbs: [host.home], locations: []}
}
