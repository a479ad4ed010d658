import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import {treatmentsOf} from '../content/treatments.js'
import type {ClinicLocation, Content} from '../content/types.js'
import type {Host} from '../host/host.js'
import {jsonForScript} from '../jsonld/script.js'
import {telephoneLink} from '../render/call-to-action.js'
import type {Formatter} from '../render/format.js'
import {metaName, metaProperty} from '../render/head.js'
import {openGraphLocale} from '../render/metadata.js'
import {documentFor} from '../render/page.js'

interface PageOptions {
  readonly host: Host
  readonly title: string
  readonly description: string
  readonly canonical: string | undefined
  /** The page's JSON-LD as JSON text. */
  readonly json: string | undefined
  readonly body: ElementContent[]
  readonly noindex?: boolean
}

/** A complete document with the head a crawler needs. */
function page({
  host,
  title,
  description,
  canonical,
  json,
  body,
  noindex = false,
}: PageOptions): string {
  return documentFor(
    host.inLanguage,
    [
      h('title', title),
      metaName('description', description),
      ...(noindex ? [metaName('robots', 'noindex')] : []),
      ...(canonical === undefined ? [] : [h('link', {rel: 'canonical', href: canonical})]),
      metaProperty('og:title', title),
      metaProperty('og:description', description),
      metaProperty('og:site_name', host.siteName),
      metaProperty('og:locale', openGraphLocale(host.inLanguage)),
      ...(json === undefined
        ? []
        : [h('script', {type: 'application/ld+json'}, jsonForScript(json))]),
    ],
    body,
  )
}

function siteHeader(host: Host): Element {
  return h('header', h('p', h('a', {href: host.siteUrl}, host.siteName)))
}

/**
 * The page of one location: its name, address, telephone, opening hours, the services it offers
 * and a link to the article.
 */
export function locationDocument(
  content: Content,
  host: Host,
  location: ClinicLocation,
  pageUrl: string,
  json: string,
  format: Formatter,
): string {
  const lines = format.addressLines(location)
  const services = treatmentsOf(content.condition).filter((treatment) =>
    host.clinic.services.includes(treatment.id),
  )
  const hours = location.openingHours.map((value) => format.openingHours(value))
  return page({
    host,
    title: `${location.name} | ${host.siteName}`,
    description: `${location.name}: ${lines.join(', ')}. Telephone ${location.telephone.display}.`,
    canonical: pageUrl,
    json,
    body: [
      siteHeader(host),
      h('main', [
        h('h1', location.name),
        h('address', [
          h(
            'p',
            lines.flatMap((line, index) => (index === 0 ? [line] : [h('br'), line])),
          ),
          h('p', ['Telephone: ', telephoneLink(location.telephone)]),
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
        h('h2', 'Read'),
        h('p', h('a', {href: host.articleUrl}, content.article.title)),
      ]),
    ],
  })
}

/** The home page: the article and every location. */
export function homeDocument(
  content: Content,
  host: Host,
  locations: readonly {readonly location: ClinicLocation; readonly url: string}[],
  json: string,
  format: Formatter,
): string {
  return page({
    host,
    title: host.siteName,
    description: content.article.description,
    canonical: host.siteUrl,
    json,
    body: [
      h('main', [
        h('h1', host.siteName),
        h('h2', 'Article'),
        h('p', h('a', {href: host.articleUrl}, content.article.title)),
        h('h2', 'Locations'),
        h(
          'ul',
          locations.map(({location, url}) =>
            h('li', [h('a', {href: url}, location.name), ` — ${format.placeAfterName(location)}`]),
          ),
        ),
      ]),
    ],
  })
}

/** The page for a path the site does not have. */
export function notFoundDocument(host: Host): string {
  return page({
    host,
    title: `Page not found | ${host.siteName}`,
    description: `This page is not on ${host.siteName}.`,
    canonical: undefined,
    json: undefined,
    noindex: true,
    body: [
      h('main', [
        h('h1', 'Page not found'),
        h('p', h('a', {href: host.siteUrl}, `Go to the home page of ${host.siteName}`)),
      ]),
    ],
  })
}
