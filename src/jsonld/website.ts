import type {WebSiteLeaf} from 'schema-dts'
import {ID_FRAGMENTS, idReference, siteNodeId} from './ids.js'
import type {Site} from './options.js'

/**
 * The host's web site, published by the organization.
 */
export function buildWebSiteNode(site: Site): WebSiteLeaf & {'@id': string} {
  return {
    '@type': 'WebSite',
    '@id': siteNodeId(site, ID_FRAGMENTS.website),
    url: site.siteUrl,
    name: site.siteName,
    inLanguage: site.inLanguage,
    publisher: idReference(siteNodeId(site, ID_FRAGMENTS.organization)),
  }
}
