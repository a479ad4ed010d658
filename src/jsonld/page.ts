import type {ClinicLocation, Content} from '../content/types.js'
import {
  type Crumb,
  type Host,
  type ImageDescriptor,
  locationPageUrl,
  urlBelow,
} from '../host/host.js'

/** The kinds of page the package describes; each has its own graph (see `graph.ts`). */
export type PageKind = 'article' | 'location' | 'locations' | 'home'

interface PageBase<Kind extends PageKind> {
  readonly kind: Kind
  /** The page's URL; its nodes' `@id`s hang off it. */
  readonly url: string
  /** The breadcrumb trail: the home page first, this page last. */
  readonly crumbs: readonly Crumb[]
  /** The clinic locations the page describes, as MedicalClinic nodes. */
  readonly locations: readonly ClinicLocation[]
  /** The page's primary image, described by its own ImageObject node (default: none). */
  readonly image?: ImageDescriptor | undefined
}

/** The page of one location. */
export type LocationGraphPage = PageBase<'location'> & {readonly location: ClinicLocation}

/** A page, as its graph describes it. */
export type GraphPage =
  | PageBase<'article'>
  | LocationGraphPage
  | PageBase<'locations'>
  | PageBase<'home'>

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
    // A host's own images win over the site's social card.
    image: host.images.length === 0 ? host.socialCard : undefined,
  }
}

/**
 * The page of one location of the host's clinic (`/locations/<id>/`).
 *
 * @param image
 *   The page's social card (default: none).
 */
export function locationPage(
  host: Host,
  location: ClinicLocation,
  image?: ImageDescriptor,
): LocationGraphPage {
  const url = locationPageUrl(host, location)
  return {
    kind: 'location',
    url,
    crumbs: [host.home, locationsCrumb(host), {name: location.name, url}],
    locations: [location],
    location,
    image,
  }
}

/** The path of the locations index below the site URL. */
export const LOCATIONS_PATH = '/locations/'

/** The locations index, second in a location page's trail. */
function locationsCrumb(host: Host): Crumb {
  return {name: 'Locations', url: urlBelow(host.siteUrl, LOCATIONS_PATH)}
}

/**
 * A page of the locations index: `/locations/`, then `/locations/pages/2/`, `/locations/pages/3/`…
 *
 * @param number
 *   The page's number, from 1.
 */
export function locationsPage(host: Host, number: number): GraphPage {
  const first = locationsCrumb(host)
  const url = number === 1 ? first.url : urlBelow(host.siteUrl, `${LOCATIONS_PATH}pages/${number}/`)
  return {
    kind: 'locations',
    url,
    crumbs: [host.home, ...(number === 1 ? [] : [first]), {name: pageName(number), url}],
    locations: [],
  }
}

/** The name of a page of the locations index: `Locations`, `Locations, page 2`. */
export function pageName(number: number): string {
  return number === 1 ? 'Locations' : `Locations, page ${number}`
}

/** The site's home page. */
export function homePage(host: Host): GraphPage {
  return {kind: 'home', url: host.siteUrl, crumbs: [host.home], locations: []}
}
