import type {Element, ElementContent} from 'hast'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import {article, condition} from '../content/index.js'
import type {ClinicLocation} from '../content/types.js'
import {buildBreadcrumbNode} from '../jsonld/breadcrumb.js'
import {buildClinicNode} from '../jsonld/clinic.js'
import type {JsonLdGraph} from '../jsonld/graph.js'
import {ID_FRAGMENTS, idReference, siteNodeId} from '../jsonld/ids.js'
import {openGraphLocale} from '../jsonld/metadata.js'
import type {Site} from '../jsonld/options.js'
import {buildOrganizationNode} from '../jsonld/organization.js'
import {jsonForScript, serializeJsonLdForScript} from '../jsonld/script.js'
import {sharedNodes} from '../jsonld/shared.js'
import type {TreatmentNode} from '../jsonld/treatment.js'
import {buildWebSiteNode} from '../jsonld/website.js'
import {addressLine} from '../render/address.js'
import {documentFor} from '../render/page.js'

/** Path of a location's page below the site URL: `/locations/<id>/`. */
export function locationPath(location: ClinicLocation): string {
  return `/locations/${encodeURIComponent(location.id)}/`
}

/** The treatment nodes of the services the site's clinic offers (shared, see shared.ts). */
export function offeredTreatments(site: Site): TreatmentNode[] {
  const offered = new Set<string>(site.clinic.services)
  return [...sharedNodes(site).treatmentsById]
    .filter(([id]) => offered.has(id))
    .map(([, node]) => node)
}

/**
 * The JSON-LD of a location's page: the site, the organization (naming this location), the
 * MedicalClinic, the treatments it offers, the page and its breadcrumb.
 *
 * @param treatments
 *   The site's `offeredTreatments`, found once for all its locations.
 */
export function buildLocationGraph(
  site: Site,
  location: ClinicLocation,
  pageUrl: string,
  treatments: readonly TreatmentNode[],
): JsonLdGraph {
  const clinic = buildClinicNode(site, location)
  const breadcrumb = buildBreadcrumbNode({
    ...site,
    pageUrl,
    crumbs: [site.crumbs[0] as Site['crumbs'][number], {name: location.name, url: pageUrl}],
  })
  return {
    '@context': 'https://schema.org',
    '@graph': [
      buildWebSiteNode(site),
      buildOrganizationNode(site, [location]),
      clinic,
      {
        '@type': 'WebPage',
        '@id': `${pageUrl}${ID_FRAGMENTS.webPage}`,
        url: pageUrl,
        name: location.name,
        inLanguage: site.inLanguage,
        isPartOf: idReference(siteNodeId(site, ID_FRAGMENTS.website)),
        about: idReference(clinic),
        mainEntity: idReference(clinic),
        breadcrumb: idReference(breadcrumb),
      },
      ...treatments,
      breadcrumb,
    ],
  }
}

interface PageOptions {
  readonly site: Site
  readonly title: string
  readonly description: string
  readonly canonical: string | undefined
  /** The page's JSON-LD as text for `<script>` (from `serializeJsonLdForScript`). */
  readonly script: string | undefined
  readonly body: ElementContent[]
  readonly noindex?: boolean
}

/** A complete document with the head a crawler needs. */
export function page({
  site,
  title,
  description,
  canonical,
  script,
  body,
  noindex = false,
}: PageOptions): string {
  return documentFor(
    site,
    [
      h('title', title),
      h('meta', {name: 'description', content: description}),
      ...(noindex ? [h('meta', {name: 'robots', content: 'noindex'})] : []),
      ...(canonical === undefined ? [] : [h('link', {rel: 'canonical', href: canonical})]),
      h('meta', {property: 'og:title', content: title}),
      h('meta', {property: 'og:description', content: description}),
      h('meta', {property: 'og:site_name', content: site.siteName}),
      h('meta', {property: 'og:locale', content: openGraphLocale(site.inLanguage)}),
      ...(script === undefined ? [] : [h('script', {type: 'application/ld+json'}, script)]),
    ],
    body,
  )
}

function siteHeader(site: Site): Element {
  return h('header', h('p', h('a', {href: site.siteUrl}, site.siteName)))
}

/** What differs between the pages of two locations of one site. */
export interface LocationView {
  readonly name: string
  readonly addressLine: string
  readonly telephone: {readonly e164: string; readonly display: string}
  /** `undefined` when the location gives none. */
  readonly openingHours: string | undefined
  readonly pageUrl: string
  /** The page's JSON-LD as text for `<script>`. */
  readonly script: string
}

/**
 * What a location's page shows of it.
 *
 * @param json
 *   The page's JSON-LD as JSON text, from `buildLocationGraph` (made once for the page and its
 *   `.jsonld`).
 */
export function locationView(
  location: ClinicLocation,
  pageUrl: string,
  json: string,
): LocationView {
  return {
    name: location.name,
    addressLine: addressLine(location),
    telephone: location.telephone,
    openingHours: location.openingHours.length === 0 ? undefined : location.openingHours.join('; '),
    pageUrl,
    script: jsonForScript(json),
  }
}

/** The page of one location: its name, address, telephone, services and the article. */
export function locationPage(site: Site, view: LocationView, articleUrl: string): string {
  const services = [...condition.treatments, ...condition.physicalTherapyTypes].filter(
    (treatment) => site.clinic.services.includes(treatment.id),
  )
  return page({
    site,
    title: `${view.name} | ${site.siteName}`,
    description: `${view.name}: ${view.addressLine}. Telephone ${view.telephone.display}.`,
    canonical: view.pageUrl,
    script: view.script,
    body: [
      siteHeader(site),
      h('main', [
        h('h1', view.name),
        h('address', [
          h('p', view.addressLine),
          h('p', [
            'Telephone: ',
            h('a', {href: `tel:${view.telephone.e164}`}, view.telephone.display),
          ]),
          ...(view.openingHours === undefined
            ? []
            : [h('p', `Opening hours: ${view.openingHours}`)]),
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
        h('p', h('a', {href: articleUrl}, article.title)),
      ]),
    ],
  })
}

// Noncharacters, which no text option, URL or graph of a site can hold (text options reject
// them; URLs percent-encode them): they mark where a location's values go in a template.
const mark = (index: number) => `\uFDD0${index}\uFDD1`
const marks = /\uFDD0(\d)\uFDD1/g
const markedView: LocationView = {
  name: mark(0),
  addressLine: mark(1),
  telephone: {e164: mark(2), display: mark(3)},
  openingHours: mark(4),
  pageUrl: mark(5),
  script: mark(6),
}

// A value as the HTML serializer writes it in text, and in a double-quoted attribute. It changes
// only these characters there (hast-util-to-html's defaults): a value without them is written as
// it is, which is most values, and saves asking the serializer.
const escapedInText = /[<&]/
const escapedInAttribute = /[\0"&'`]/
const escapeText = (value: string) =>
  escapedInText.test(value) ? toHtml({type: 'text', value}) : value
const attributeHolder: Element = {type: 'element', tagName: 'i', properties: {}, children: []}
function escapeAttribute(value: string): string {
  if (!escapedInAttribute.test(value)) return value
  attributeHolder.properties.title = value
  // `<i title="` … `"></i>`
  return toHtml(attributeHolder).slice(10, -6)
}

type Fill = (view: LocationView) => string

/**
 * A location's page as `locationPage` makes it, from a template: the page is rendered once with
 * marks where a location's values go, then filled in for each location, each value escaped for
 * where it lands (text, an attribute, the JSON-LD script). Several times faster than rendering
 * each page.
 */
function template(site: Site, articleUrl: string, withHours: boolean): Fill {
  const html = locationPage(
    site,
    withHours ? markedView : {...markedView, openingHours: undefined},
    articleUrl,
  )
  const parts: string[] = []
  const fills: ((view: LocationView) => string)[] = []
  let last = 0
  for (const match of html.matchAll(marks)) {
    const at = match.index
    parts.push(html.slice(last, at))
    last = at + match[0].length
    const value = markedValues[Number(match[1])] as (view: LocationView) => string
    const inTag = html.lastIndexOf('<', at) > html.lastIndexOf('>', at)
    const inScript = !inTag && html.lastIndexOf('<script', at) > html.lastIndexOf('</script', at)
    fills.push(
      inScript
        ? value
        : inTag
          ? (view) => escapeAttribute(value(view))
          : (view) => escapeText(value(view)),
    )
  }
  parts.push(html.slice(last))
  return (view) => {
    let result = parts[0] as string
    for (const [index, fill] of fills.entries()) result += fill(view) + (parts[index + 1] as string)
    return result
  }
}

// What each mark of `markedView` stands for, by its number.
const markedValues: readonly ((view: LocationView) => string)[] = [
  (view) => view.name,
  (view) => view.addressLine,
  (view) => view.telephone.e164,
  (view) => view.telephone.display,
  (view) => view.openingHours as string,
  (view) => view.pageUrl,
  (view) => view.script,
]

/**
 * The renderer of a site's location pages, from templates (see `template`): the same HTML as
 * `locationPage` (a property test compares them on hostile values), several times faster.
 */
export function locationPages(site: Site, articleUrl: string): Fill {
  const withHours = template(site, articleUrl, true)
  const withoutHours = template(site, articleUrl, false)
  return (view) => (view.openingHours === undefined ? withoutHours : withHours)(view)
}

/** The home page: the article and every location. */
export function indexPage(
  site: Site,
  articleUrl: string,
  locations: readonly {location: ClinicLocation; url: string}[],
): string {
  return page({
    site,
    title: site.siteName,
    description: article.description,
    canonical: site.siteUrl,
    script: serializeJsonLdForScript({
      '@context': 'https://schema.org',
      '@graph': [buildWebSiteNode(site), buildOrganizationNode({...site, locations: []})],
    }),
    body: [
      h('main', [
        h('h1', site.siteName),
        h('h2', 'Article'),
        h('p', h('a', {href: articleUrl}, article.title)),
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
export function notFoundPage(site: Site): string {
  return page({
    site,
    title: `Page not found | ${site.siteName}`,
    description: `This page is not on ${site.siteName}.`,
    canonical: undefined,
    script: undefined,
    noindex: true,
    body: [
      h('main', [
        h('h1', 'Page not found'),
        h('p', h('a', {href: site.siteUrl}, `Go to the home page of ${site.siteName}`)),
      ]),
    ],
  })
}
