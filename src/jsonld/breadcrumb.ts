import type {BreadcrumbListLeaf} from 'schema-dts'
import {ID_FRAGMENTS, pageNodeId} from './ids.js'
import type {Site} from './options.js'

/**
 * The breadcrumb trail: the site's home, the host's own crumbs, the article.
 */
export function buildBreadcrumbNode(site: Site): BreadcrumbListLeaf & {'@id': string} {
  return {
    '@type': 'BreadcrumbList',
    '@id': pageNodeId(site, ID_FRAGMENTS.breadcrumb),
    itemListElement: site.crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  }
}
