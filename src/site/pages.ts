import type {Element, ElementContent} from 'hast'
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
import {serializeJsonLdForScript} from '../jsonld/script.js'
import {sharedNodes} from '../jsonld/shared.js'
import {buildWebSiteNode} from '../jsonld/website.js'
import {addressLine} from '../render/address.js'
import {documentFor} from '../render/page.js'

/** Path of a location's page below the site URL: `/locations/<id>/`. */
export function locationPath(location: ClinicLocation): string {
  return `/locations/${encodeURIComponent(location.id)}/`
}

/**
 * The JSON-LD of a location's page: the site, the organization (naming this location), the
 * MedicalClinic, the treatments it offers, the page and its breadcrumb.
 */
export function buildLocationGraph(
  site: Site,
  location: ClinicLocation,
  pageUrl: string,
): JsonLdGraph {
  const clinic = buildClinicNode(site, location)
  const offered = new Set<string>(site.clinic.services)
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
      ...[...sharedNodes(site).treatmentsById]
        .filter(([id]) => offered.has(id))
        .map(([, node]) => node),
      breadcrumb,
    ],
  }
}

interface PageOptions {
  readonly site: Site
  readonly title: string
  readonly description: string
  readonly canonical: string | undefined
  readonly graph: JsonLdGraph | undefined
  readonly body: ElementContent[]
  readonly noindex?: boolean
}

/** A complete document with the head a crawler needs. */
export function page({
  site,
  title,
  description,
  canonical,
  graph,
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
      ...(graph === undefined
        ? []
        : [h('script', {type: 'application/ld+json'}, serializeJsonLdForScript(graph))]),
    ],
    body,
  )
}

function siteHeader(site: Site): Element {
  return h('header', h('p', h('a', {href: site.siteUrl}, site.siteName)))
}

/**
 * The page of one location: its name, address, telephone, services and the article.
 *
 * @param graph
 *   The page's JSON-LD, from `buildLocationGraph` (built once for the page and its `.jsonld`).
 */
export function locationPage(
  site: Site,
  location: ClinicLocation,
  pageUrl: string,
  articleUrl: string,
  graph: JsonLdGraph,
): string {
  const services = [...condition.treatments, ...condition.physicalTherapyTypes].filter(
    (treatment) => site.clinic.services.includes(treatment.id),
  )
  return page({
    site,
    title: `${location.name} | ${site.siteName}`,
    description: `${location.name}: ${addressLine(location)}. Telephone ${location.telephone.display}.`,
    canonical: pageUrl,
    graph,
    body: [
      siteHeader(site),
      h('main', [
        h('h1', location.name),
        h('address', [
          h('p', addressLine(location)),
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
        h('p', h('a', {href: articleUrl}, article.title)),
      ]),
    ],
  })
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
    graph: {
      '@context': 'https://schema.org',
      '@graph': [buildWebSiteNode(site), buildOrganizationNode({...site, locations: []})],
    },
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
    graph: undefined,
    noindex: true,
    body: [
      h('main', [
        h('h1', 'Page not found'),
        h('p', h('a', {href: site.siteUrl}, `Go to the home page of ${site.siteName}`)),
      ]),
    ],
  })
}
