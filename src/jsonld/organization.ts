import type {MedicalOrganizationLeaf} from 'schema-dts'
import type {ClinicLocation} from '../content/types.js'
import {clinicNodeId, ID_FRAGMENTS, idReference, siteNodeId} from './ids.js'
import type {Site} from './options.js'

/** A schema.org enumeration member as the URL Google's documentation uses. */
export function schemaOrgMember<const Name extends string>(
  name: Name,
): `https://schema.org/${Name}` {
  return `https://schema.org/${name}`
}

/**
 * The clinic's organization (a MedicalOrganization), with one `subOrganization` per location.
 *
 * @param locations
 *   The locations to list (default: `site.locations`, else all; a location's page lists its own).
 */
export function buildOrganizationNode(
  site: Site,
  locations: readonly ClinicLocation[] = site.locations ?? site.clinic.locations,
): MedicalOrganizationLeaf & {'@id': string} {
  const {clinic} = site
  return {
    '@type': 'MedicalOrganization',
    '@id': siteNodeId(site, ID_FRAGMENTS.organization),
    name: clinic.name,
    url: clinic.url ?? site.siteUrl,
    telephone: clinic.telephone.e164,
    ...(clinic.logo === undefined ? {} : {logo: clinic.logo}),
    ...(clinic.sameAs.length === 0 ? {} : {sameAs: clinic.sameAs}),
    ...(clinic.medicalSpecialty.length === 0
      ? {}
      : {medicalSpecialty: clinic.medicalSpecialty.map(schemaOrgMember)}),
    subOrganization: locations.map((location) => idReference(clinicNodeId(site, location.id))),
  }
}
