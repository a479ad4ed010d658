import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import {treatmentsOf} from '../content/treatments.js'
import type {ClinicLocation, Content} from '../content/types.js'
import type {Host, ImageDescriptor} from '../host/host.js'
import {type GraphPage, type LocationGraphPage, pageName} from '../jsonld/page.js'
import {jsonForScript} from '../jsonld/script.js'
import {telephoneLink} from '../render/call-to-action.js'
import type {Formatter} from '../render/format.js'
import {metaName, metaProperty, openGraphImage} from '../render/head.js'
import {openGraphLocale} from '../render/metadata.js'
import {slug} from '../slug.js'
import {type SiteFrame, siteDocument} from './layout.js'

interface HeadOptions {
  readonly host: Host
  readonly title: string
  readonly description: string
  readonly canonical: string | undefined
  /** The page's JSON-LD as JSON text. */
  readonly json: string | undefined
  readonly image?: ImageDescriptor | undefined
  readonly noindex?: boolean
}

/** The head of a page of the site other than the article's: what a crawler and a share need. */
function pageHead({
  host,
  title,
  description,
  canonical,
  json,
  image,
  noindex = false,
}: HeadOptions): Element[] {
  return [
    h('title', title),
    metaName('description', description),
    ...(noindex ? [metaName('robots', 'noindex')] : []),
    ...(canonical === undefined ? [] : [h('link', {rel: 'canonical', href: canonical})]),
    metaProperty('og:type', 'website'),
    metaProperty('og:title', title),
    metaProperty('og:description', description),
    ...(canonical === undefined ? [] : [metaProperty('og:url', canonical)]),
    metaProperty('og:site_name', host.siteName),
    metaProperty('og:locale', openGraphLocale(host.inLanguage)),
    ...(image === undefined ? [] : openGraphImage(image)),
    metaName('twitter:card', image === undefined ? 'summary' : 'summary_large_image'),
    ...(image === undefined ? [] : [metaName('twitter:image', image.url)]),
    ...(json === undefined
      ? []
      : [h('script', {type: 'application/ld+json'}, jsonForScript(json))]),
  ]
}

/** The link to the article that pages other than its own show: its title and description. */
function articleCard(content: Content, host: Host, format: Formatter): Element {
  const {article} = content
  return h('section', {className: 'card', ariaLabelledBy: 'article-title'}, [
    h('h2', {id: 'article-title'}, h('a', {href: host.articleUrl}, article.title)),
    h('p', {className: 'meta'}, [
      `Written by ${article.publisher} on `,
      h('time', {dateTime: article.datePublished}, format.date(article.datePublished)),
      host.republishes ? `. Published by ${host.clinic.name}.` : '.',
    ]),
    h('p', article.description),
  ])
}

/** A link to a place on OpenStreetMap, for a location with coordinates (no embedded map). */
function mapLink(location: ClinicLocation): Element[] {
  if (location.geo === undefined) return []
  const {latitude, longitude} = location.geo
  const href = `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`
  return [h('p', h('a', {href}, `${location.name} on OpenStreetMap`))]
}

/**
 * The page of one location: its name, address, telephone, a map link when the host gives its
 * coordinates, opening hours, the services it offers and a link to the article.
 */
export function locationDocument(
  content: Content,
  frame: SiteFrame,
  page: LocationGraphPage,
  json: string,
  format: Formatter,
): string {
  const {host} = frame
  const {location} = page
  const lines = format.addressLines(location)
  const services = treatmentsOf(content.condition).filter((treatment) =>
    host.clinic.services.includes(treatment.id),
  )
  const hours = location.openingHours.map((value) => format.openingHours(value))
  const website =
    location.url === undefined || location.url === page.url
      ? []
      : [h('p', h('a', {href: location.url}, `Website of ${location.name}`))]
  return siteDocument(frame, {
    head: pageHead({
      host,
      title: `${location.name} | ${host.siteName}`,
      description: `${location.name}: ${lines.join(', ')}. Telephone ${location.telephone.display}.`,
      canonical: page.url,
      json,
      image: page.image,
    }),
    crumbs: page.crumbs,
    section: 'locations',
    main: [
      h('h1', location.name),
      h('section', {className: 'card', ariaLabelledBy: 'contact'}, [
        h('h2', {id: 'contact'}, 'Address and telephone'),
        h('address', [
          h(
            'p',
            lines.flatMap((line, index) => (index === 0 ? [line] : [h('br'), line])),
          ),
          h('p', ['Telephone: ', telephoneLink(location.telephone)]),
        ]),
        ...mapLink(location),
        ...website,
      ]),
      ...(hours.length === 0
        ? []
        : [
            h('h2', 'Opening hours'),
            h(
              'ul',
              hours.map((item) =>
                h('li', [
                  `${item.days}: `,
                  h('time', {dateTime: item.opens}, item.opensText),
                  '–',
                  h('time', {dateTime: item.closes}, item.closesText),
                ]),
              ),
            ),
          ]),
      ...(services.length === 0
        ? []
        : [
            h('h2', 'Services'),
            h(
              'ul',
              services.map((treatment) => h('li', treatment.name)),
            ),
          ]),
      articleCard(content, host, format),
    ],
  })
}

/** Locations of one region (or, without regions, one country), in the clinic's order. */
export interface LocationGroup {
  /** `GA` or `GA, United States` when the clinic is in several countries. */
  readonly label: string
  /** The group's fragment id on the locations index: `region-ga`. */
  readonly id: string
  /** Indexes into the clinic's locations. */
  readonly members: readonly number[]
}

/** The clinic's locations by region, the groups in order of their first location. */
export function groupLocations(
  locations: readonly ClinicLocation[],
  format: Formatter,
): LocationGroup[] {
  const countries = new Set(locations.map((location) => location.address.addressCountry))
  const groups = new Map<string, {label: string; id: string; members: number[]}>()
  const ids = new Set<string>()
  locations.forEach((location, index) => {
    const {addressRegion, addressCountry} = location.address
    const country = format.country(addressCountry)
    const label =
      addressRegion === undefined
        ? country
        : countries.size === 1
          ? addressRegion
          : `${addressRegion}, ${country}`
    let group = groups.get(label)
    if (group === undefined) {
      // Unique, readable fragment ids: `region-ga`, `region-ga-2` for a second label that slugs alike.
      const base = `region-${slug(label) || 'place'}`
      let id = base
      for (let n = 2; ids.has(id); n++) id = `${base}-${n}`
      ids.add(id)
      group = {label, id, members: []}
      groups.set(label, group)
    }
    group.members.push(index)
  })
  return [...groups.values()]
}

/** How many locations a page of the locations index lists (each page stays well under 1 MB). */
export const LOCATIONS_PER_PAGE = 500

/** How many locations the home page lists one by one; with more, it lists regions. */
export const HOME_LOCATIONS = 50

/** How many regions the home page lists; the locations index has them all. */
export const HOME_GROUPS = 100

/** The URL of the locations index page that lists the location at `position` in group order. */
export type IndexUrl = (position: number) => string

// A location in a list: its page, and where it is.
function locationItem(
  frame: SiteFrame,
  location: ClinicLocation,
  format: Formatter,
): ElementContent {
  return h('li', [
    h('a', {href: frame.locationUrl(location)}, location.name),
    ` — ${format.placeAfterName(location)}`,
  ])
}

/**
 * The home page: the site's name, the article (title, date, description) and the locations
 * grouped by region; with many locations, the regions, each linking to its place on the index.
 */
export function homeDocument(
  content: Content,
  frame: SiteFrame,
  groups: readonly LocationGroup[],
  indexUrl: IndexUrl,
  json: string,
  format: Formatter,
): string {
  const {host} = frame
  const {locations} = host.clinic
  let locationsPart: ElementContent[]
  if (locations.length <= HOME_LOCATIONS) {
    locationsPart = groups.flatMap((group) => [
      h('h3', group.label),
      h(
        'ul',
        {className: 'locations'},
        group.members.map((index) =>
          locationItem(frame, locations[index] as ClinicLocation, format),
        ),
      ),
    ])
  } else {
    // Only the regions shown are made, however many there are.
    const items: ElementContent[] = []
    let position = 0
    for (const group of groups.slice(0, HOME_GROUPS)) {
      const href = `${indexUrl(position)}#${group.id}`
      items.push(h('li', h('a', {href}, `${group.label} (${group.members.length})`)))
      position += group.members.length
    }
    locationsPart = [
      h('ul', {className: 'locations'}, items),
      ...(groups.length > HOME_GROUPS
        ? [h('p', `and ${groups.length - HOME_GROUPS} more regions.`)]
        : []),
    ]
  }
  return siteDocument(frame, {
    head: pageHead({
      host,
      title: host.siteName,
      description: content.article.description,
      canonical: host.siteUrl,
      json,
    }),
    section: undefined,
    main: [
      h('h1', host.siteName),
      articleCard(content, host, format),
      h('section', {ariaLabelledBy: 'locations'}, [
        h('h2', {id: 'locations'}, 'Locations'),
        h('p', [
          `${host.clinic.name} has ${locations.length === 1 ? 'one location' : `${locations.length} locations`}. `,
          h('a', {href: frame.locationsUrl}, 'All locations, with addresses and telephone numbers'),
          '.',
        ]),
        ...locationsPart,
      ]),
    ],
  })
}

/**
 * A page of the locations index: its share of the locations in group order, under their
 * regions' headings, and links to the other pages.
 *
 * @param first
 *   Position (in group order) of the page's first location.
 */
export function locationsDocument(
  frame: SiteFrame,
  page: GraphPage,
  number: number,
  pages: number,
  groups: readonly LocationGroup[],
  first: number,
  indexUrl: IndexUrl,
  json: string,
  format: Formatter,
): string {
  const {host} = frame
  const {locations} = host.clinic
  const last = first + LOCATIONS_PER_PAGE
  const main: ElementContent[] = [
    h('h1', pageName(number)),
    h(
      'p',
      `${host.clinic.name}: ${locations.length === 1 ? 'one location' : `${locations.length} locations`}, by region.`,
    ),
  ]
  let position = 0
  for (const group of groups) {
    const start = position
    position += group.members.length
    if (position <= first || start >= last) continue
    const members = group.members.slice(Math.max(0, first - start), last - start)
    main.push(
      h('h2', start >= first ? {id: group.id} : {}, [
        group.label,
        start >= first ? '' : ' (continued)',
      ]),
      h(
        'ul',
        {className: 'locations'},
        members.map((index) => locationItem(frame, locations[index] as ClinicLocation, format)),
      ),
    )
  }
  if (pages > 1) {
    main.push(
      h('nav', {ariaLabel: 'Pages of the locations index'}, [
        h(
          'ul',
          {className: 'pages'},
          Array.from({length: pages}, (_, index) =>
            h(
              'li',
              h(
                'a',
                {
                  href: indexUrl(index * LOCATIONS_PER_PAGE),
                  ariaCurrent: index + 1 === number ? 'page' : undefined,
                },
                `Page ${index + 1}`,
              ),
            ),
          ),
        ),
      ]),
    )
  }
  return siteDocument(frame, {
    head: pageHead({
      host,
      title: `${pageName(number)} | ${host.siteName}`,
      description: `The locations of ${host.clinic.name}, by region, with addresses and telephone numbers.`,
      canonical: page.url,
      json,
    }),
    crumbs: page.crumbs,
    section: 'locations',
    main,
  })
}

/** The page for a path the site does not have. */
export function notFoundDocument(frame: SiteFrame): string {
  const {host} = frame
  return siteDocument(frame, {
    head: pageHead({
      host,
      title: `Page not found | ${host.siteName}`,
      description: `This page is not on ${host.siteName}.`,
      canonical: undefined,
      json: undefined,
      noindex: true,
    }),
    section: undefined,
    main: [
      h('h1', 'Page not found'),
      h('p', h('a', {href: host.siteUrl}, `Go to the home page of ${host.siteName}`)),
    ],
  })
}
