import type {IdReference} from 'schema-dts'
import type {Host} from '../host/host.js'
import type {GraphPage} from './page.js'

/**
 * Fragments of the fixed `@id`s, by node kind. Site-wide nodes (website, organization) hang off
 * the site URL, page nodes off the page URL, so that every page of a site names its organization
 * and clinics alike.
 */
export const ID_FRAGMENTS = {
  website: '#website',
  organization: '#organization',
  webpage: '#webpage',
  reviewer: '#reviewer',
  article: '#article',
  condition: '#condition',
  breadcrumb: '#breadcrumb',
  primaryimage: '#primaryimage',
} as const

/** `@id` of a site-wide node. */
export function siteNodeId(host: Host, kind: 'website' | 'organization'): string {
  return host.siteUrl + ID_FRAGMENTS[kind]
}

/** `@id` of a node of one page. */
export function pageNodeId(
  page: GraphPage,
  kind: 'webpage' | 'reviewer' | 'article' | 'condition' | 'breadcrumb' | 'primaryimage',
): string {
  return page.url + ID_FRAGMENTS[kind]
}

/** `@id` of a clinic location: `<siteUrl>#clinic-<location id>`. */
export function clinicNodeId(host: Host, locationId: string): string {
  return `${host.siteUrl}#clinic-${locationId}`
}

/** `@id` of a treatment: `<siteUrl>#treatment-<treatment id>`. */
export function treatmentNodeId(host: Host, treatmentId: string): string {
  return `${host.siteUrl}#treatment-${treatmentId}`
}

/** A reference to a node: `{'@id': id}`. */
export function idReference(id: string): IdReference {
  return {'@id': id}
}

/** A schema.org enumeration member as the URL Google's documentation uses. */
export function schemaOrgMember<const Name extends string>(
  name: Name,
): `https://schema.org/${Name}` {
  return `https://schema.org/${name}`
}
