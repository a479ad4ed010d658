import type {MedicalOrganizationLeaf} from 'schema-dts'
import {clinicNodeId, idReference, schemaOrgMember, siteNodeId} from './ids.js'
import type {GraphInput} from './page.js'

/**
 * The clinic's organization (a MedicalOrganization), with a `subOrganization` for each location
 * the page describes.
 */
export function buildOrganizationNode({
  host,
  page,
}: GraphInput): MedicalOrganizationLeaf & {'@id': string} {
  const {clinic} = host
  return {
    '@type': 'MedicalOrganization',
    '@id': siteNodeId(host, 'organization'),
    name: clinic.name,
    url: clinic.url ?? host.siteUrl,
    telephone: clinic.telephone.e164,
    ...(clinic.logo === undefined ? {} : {logo: clinic.logo}),
    ...(clinic.sameAs.length === 0 ? {} : {sameAs: [...clinic.sameAs]}),
    ...(clinic.medicalSpecialty.length === 0
      ? {}
      : {medicalSpecialty: clinic.medicalSpecialty.map(schemaOrgMember)}),
    ...(host.editorial.publishingPrinciples === undefined
      ? {}
      : {publishingPrinciples: host.editorial.publishingPrinciples}),
    ...(page.locations.length === 0
      ? {}
      : {
          subOrganization: page.locations.map((location) =>
            idReference(clinicNodeId(host, location.id)),
          ),
        }),
  }
}
