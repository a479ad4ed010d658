import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import {treatmentsOf} from '../content/treatments.js'
import type {ClinicLocation, Content} from '../content/types.js'
import type {Host} from '../host/host.js'
import {jsonForScript} from '../jsonld/script.js'
import {addressLine} from '../render/address.js'
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
): string {
  const line = addressLine(location)
  const services = treatmentsOf(content.condition).filter((treatment) =>
    host.clinic.services.includes(treatment.id),
  )
  return page({
    host,
    title: `${location.name} | ${host.siteName}`,
    description: `${location.name}: ${line}. Telephone ${location.telephone.display}.`,
    canonical: pageUrl,
    json,
    body: [
      siteHeader(host),
      h('main', [
        h('h1', location.name),
        h('address', [
          h('p', line),
          h('p', [
            'Telephone: ',
            h('a', {href: `tel:${location.telephone.e164}`}, location.telephone.display),
          ]),
          ...(location.openingHours.length === 0
            ? []
            : [h('p', `Opening hours: ${location.openingHours.join('; ')}`)]),
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
            h('li', h('a', {href: url}, `${location.name}, ${addressLine(location)}`)),
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
