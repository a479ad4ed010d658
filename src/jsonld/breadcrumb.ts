import type {BreadcrumbListLeaf} from 'schema-dts'
import {pageNodeId} from './ids.js'
import type {GraphInput} from './page.js'

/**
 * The page's breadcrumb trail: the site's home, the host's own crumbs, the page.
 */
export function buildBreadcrumbNode({page}: GraphInput): BreadcrumbListLeaf & {'@id': string} {
  return {
    '@type': 'BreadcrumbList',
    '@id': pageNodeId(page, 'breadcrumb'),
    itemListElement: page.crumbs.map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  }
}
