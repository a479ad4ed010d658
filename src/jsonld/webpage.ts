import type {CollectionPageLeaf, MedicalWebPageLeaf, WebPageLeaf} from 'schema-dts'
import {clinicNodeId, idReference, pageNodeId, siteNodeId} from './ids.js'
import type {GraphInput, GraphPage} from './page.js'

/** A page's web page node. */
export type WebPageNode = (MedicalWebPageLeaf | WebPageLeaf | CollectionPageLeaf) & {'@id': string}

// A reference to the page's own ImageObject, when it has one.
function primaryImageOfPage(page: GraphPage): Pick<WebPageLeaf, 'primaryImageOfPage'> {
  return page.image === undefined
    ? {}
    : {primaryImageOfPage: idReference(pageNodeId(page, 'primaryimage'))}
}

/**
 * The page itself, part of the web site, with its breadcrumb: the article's page is a
 * MedicalWebPage about the condition whose main entity is the article; a location's page a
 * WebPage about that clinic.
 */
export function buildWebPageNode({content, host, page}: GraphInput): WebPageNode {
  if (page.kind === 'location') {
    const {location} = page
    const clinic = idReference(clinicNodeId(host, location.id))
    return {
      '@type': 'WebPage',
      '@id': pageNodeId(page, 'webpage'),
      url: page.url,
      name: location.name,
      inLanguage: host.inLanguage,
      isPartOf: idReference(siteNodeId(host, 'website')),
      about: clinic,
      mainEntity: idReference(clinicNodeId(host, location.id)),
      breadcrumb: idReference(pageNodeId(page, 'breadcrumb')),
      ...primaryImageOfPage(page),
    }
  }
  if (page.kind === 'locations') {
    // The index of the clinic's locations, each described on its own page.
    return {
      '@type': 'CollectionPage',
      '@id': pageNodeId(page, 'webpage'),
      url: page.url,
      name: (page.crumbs.at(-1) as {name: string}).name,
      inLanguage: host.inLanguage,
      isPartOf: idReference(siteNodeId(host, 'website')),
      about: idReference(siteNodeId(host, 'organization')),
      breadcrumb: idReference(pageNodeId(page, 'breadcrumb')),
    }
  }
  const {article} = content
  const {review} = host.editorial
  return {
    '@type': 'MedicalWebPage',
    '@id': pageNodeId(page, 'webpage'),
    url: page.url,
    name: article.title,
    description: article.description,
    inLanguage: host.inLanguage,
    isPartOf: idReference(siteNodeId(host, 'website')),
    about: idReference(pageNodeId(page, 'condition')),
    mainEntity: idReference(pageNodeId(page, 'article')),
    breadcrumb: idReference(pageNodeId(page, 'breadcrumb')),
    datePublished: article.datePublished,
    ...(host.dateModified === undefined ? {} : {dateModified: host.dateModified}),
    ...(host.images.length === 0
      ? primaryImageOfPage(page)
      : {primaryImageOfPage: {'@type': 'ImageObject', url: host.images[0] as string}}),
    ...(review === undefined
      ? {}
      : {
          reviewedBy: idReference(pageNodeId(page, 'reviewer')),
          lastReviewed: review.lastReviewed,
        }),
  }
}
