import type {MedicalWebPageLeaf} from 'schema-dts'
import {article} from '../content/index.js'
import {ID_FRAGMENTS, idReference, pageNodeId, siteNodeId} from './ids.js'
import type {Site} from './options.js'

/**
 * The article's page: a MedicalWebPage about the condition, whose main entity is the article.
 */
export function buildWebPageNode(site: Site): MedicalWebPageLeaf & {'@id': string} {
  return {
    '@type': 'MedicalWebPage',
    '@id': pageNodeId(site, ID_FRAGMENTS.webPage),
    url: site.pageUrl,
    name: article.title,
    description: article.description,
    inLanguage: site.inLanguage,
    isPartOf: idReference(siteNodeId(site, ID_FRAGMENTS.website)),
    about: idReference(pageNodeId(site, ID_FRAGMENTS.condition)),
    mainEntity: idReference(pageNodeId(site, ID_FRAGMENTS.article)),
    breadcrumb: idReference(pageNodeId(site, ID_FRAGMENTS.breadcrumb)),
    datePublished: article.datePublished,
    ...(site.dateModified === undefined ? {} : {dateModified: site.dateModified}),
    ...(site.images.length === 0
      ? {}
      : {primaryImageOfPage: {'@type': 'ImageObject', url: site.images[0] as string}}),
  }
}
