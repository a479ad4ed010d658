import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import type {ClinicLocation} from '../content/types.js'
import {type Crumb, type Host, urlBelow} from '../host/host.js'
import {LOCATIONS_PATH} from '../jsonld/page.js'
import {telephoneLink} from '../render/call-to-action.js'
import {documentFor} from '../render/page.js'
import {FAVICON_FILE} from './theme.js'

/** The parts of the site every page links to. */
export interface SiteFrame {
  readonly host: Host
  /** The stylesheet's URL, or `undefined` for none. */
  readonly stylesheet: string | undefined
  /** The Atom feed's URL. */
  readonly feedUrl: string
  /** The site's icon's path from the origin's root. */
  readonly iconUrl: string
  /** The locations index's URL. */
  readonly locationsUrl: string
  /** The URL of a location's page. */
  readonly locationUrl: (location: ClinicLocation) => string
}

/** Where a page sits in the site's navigation. */
export type Section = 'article' | 'locations' | undefined

/** How many locations the footer lists; the locations index has them all. */
export const FOOTER_LOCATIONS = 5

/**
 * The path of one of the site's own files from the origin's root (`/blog/theme.css` for a site
 * at `https://example.com/blog/`): the page finds it wherever the folder is served, on the
 * host or on a local server.
 */
export function fromSiteRoot(host: Host, file: string): string {
  return new URL(file, host.siteUrl).pathname
}

/** The site's frame for a host, with the theme's stylesheet or the host's. */
export function siteFrame(
  host: Host,
  stylesheet: string | undefined,
  locationUrl: (location: ClinicLocation) => string,
): SiteFrame {
  return {
    host,
    stylesheet,
    feedUrl: urlBelow(host.siteUrl, '/feed.xml'),
    iconUrl: fromSiteRoot(host, FAVICON_FILE),
    locationsUrl: urlBelow(host.siteUrl, LOCATIONS_PATH),
    locationUrl,
  }
}

/**
 * The head elements every page of the site has after its own: the stylesheet, the icon, and
 * the Atom feed for feed readers to discover.
 */
export function frameHead(frame: SiteFrame): Element[] {
  return [
    h('link', {rel: 'icon', type: 'image/svg+xml', href: frame.iconUrl}),
    ...(frame.stylesheet === undefined
      ? []
      : [h('link', {rel: 'stylesheet', href: frame.stylesheet})]),
    h('link', {
      rel: 'alternate',
      type: 'application/atom+xml',
      title: frame.host.siteName,
      href: frame.feedUrl,
    }),
  ]
}

// The site's header: its name, home, and the two sections.
function siteHeader(frame: SiteFrame, section: Section): Element {
  const {host} = frame
  const item = (name: Section, href: string, text: string) =>
    h('li', h('a', {href, ariaCurrent: section === name ? 'true' : undefined}, text))
  return h('header', {className: 'site-header'}, [
    h('div', {className: 'wrap'}, [
      h('a', {className: 'site-name', href: host.siteUrl}, host.siteName),
      h('nav', {ariaLabel: 'Site'}, [
        h('ul', [
          item('article', host.articleUrl, 'Article'),
          item('locations', frame.locationsUrl, 'Locations'),
        ]),
      ]),
    ]),
  ])
}

/**
 * The visible breadcrumb: the same trail as the page's BreadcrumbList, its last crumb the
 * current page.
 */
export function breadcrumbNav(crumbs: readonly Crumb[]): Element {
  return h('nav', {className: 'breadcrumb wrap', ariaLabel: 'Breadcrumb'}, [
    h(
      'ol',
      crumbs.map((crumb, index) =>
        h(
          'li',
          index === crumbs.length - 1
            ? h('a', {href: crumb.url, ariaCurrent: 'page'}, crumb.name)
            : h('a', {href: crumb.url}, crumb.name),
        ),
      ),
    ),
  ])
}

// The site's footer: the clinic, its telephone, its first locations, and the site's own
// disclaimer (the site's words, not the article's).
function siteFooter(frame: SiteFrame): Element {
  const {host} = frame
  const {clinic} = host
  const more = clinic.locations.length - FOOTER_LOCATIONS
  return h('footer', {className: 'site-footer'}, [
    h('div', {className: 'wrap'}, [
      h('h2', clinic.name),
      h('address', [
        h('p', ['Telephone: ', telephoneLink(clinic.telephone)]),
        h('ul', [
          ...clinic.locations
            .slice(0, FOOTER_LOCATIONS)
            .map((location) => h('li', h('a', {href: frame.locationUrl(location)}, location.name))),
          ...(more > 0
            ? [
                h(
                  'li',
                  h('a', {href: frame.locationsUrl}, `All ${clinic.locations.length} locations`),
                ),
              ]
            : []),
        ]),
      ]),
      h('p', {className: 'disclaimer'}, [
        h('strong', `A note from ${host.siteName}:`),
        ' this site is for general information and is not medical advice. For advice about your own health, talk to a doctor or another qualified health professional.',
      ]),
    ]),
  ])
}

/** A page of the site: what it is and where it sits. */
export interface SitePage {
  /** The page's own head elements (title, description, canonical, Open Graph, JSON-LD). */
  readonly head: Element[]
  /** The breadcrumb trail, shown above the content (default: none, as on the home page). */
  readonly crumbs?: readonly Crumb[] | undefined
  readonly section: Section
  /** The content of `<main>`. */
  readonly main: ElementContent[]
}

/**
 * A complete document of the site: a skip link, the header, the breadcrumb, `<main>` and the
 * footer, in the theme's classes.
 */
export function siteDocument(frame: SiteFrame, page: SitePage): string {
  return documentFor(
    frame.host.inLanguage,
    [...page.head, ...frameHead(frame)],
    [
      h('a', {className: 'skip-link', href: '#main'}, 'Skip to content'),
      siteHeader(frame, page.section),
      ...(page.crumbs === undefined ? [] : [breadcrumbNav(page.crumbs)]),
      h('main', {id: 'main', className: 'wrap'}, page.main),
      siteFooter(frame),
    ],
  )
}
