import type {WebSiteLeaf} from 'schema-dts'
import {idReference, siteNodeId} from './ids.js'
import type {GraphInput} from './page.js'

/**
 * The host's web site, published by the organization.
 */
export function buildWebSiteNode({host}: GraphInput): WebSiteLeaf & {'@id': string} {
  return {
    '@type': 'WebSite',
    '@id': siteNodeId(host, 'website'),
    url: host.siteUrl,
    name: host.siteName,
    inLanguage: host.inLanguage,
    publisher: idReference(siteNodeId(host, 'organization')),
  }
}
