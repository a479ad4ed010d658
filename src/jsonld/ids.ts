import type {IdReference} from 'schema-dts'
import type {Site} from './options.js'

/**
 * Fragments of the fixed `@id`s. Site-wide nodes hang off the site URL, page nodes off the page
 * URL, so that every page of a site names its organization and clinics alike.
 */
export const ID_FRAGMENTS = {
  website: '#website',
  organization: '#organization',
  webPage: '#webpage',
  article: '#article',
  condition: '#condition',
  breadcrumb: '#breadcrumb',
} as const

/** `@id` of a site-wide node. */
export function siteNodeId(site: Site, fragment: string): string {
  return site.siteUrl + fragment
}

/** `@id` of a node of the article page. */
export function pageNodeId(site: Site, fragment: string): string {
  return site.pageUrl + fragment
}

/** `@id` of a clinic location: `<siteUrl>#clinic-<location id>`. */
export function clinicNodeId(site: Site, locationId: string): string {
  return `${site.siteUrl}#clinic-${locationId}`
}

/** `@id` of a treatment: `<siteUrl>#treatment-<treatment id>`. */
export function treatmentNodeId(site: Site, treatmentId: string): string {
  return `${site.siteUrl}#treatment-${treatmentId}`
}

/**
 * A reference to a node: `{'@id': node['@id']}`.
 */
export function idReference(node: {readonly '@id': string} | string): IdReference {
  return {'@id': typeof node === 'string' ? node : node['@id']}
}
