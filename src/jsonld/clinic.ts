import type {MedicalClinicLeaf, PostalAddressLeaf} from 'schema-dts'
import type {ClinicLocation} from '../content/types.js'
import {openingHoursSpecification} from './hours.js'
import {clinicNodeId, ID_FRAGMENTS, idReference, siteNodeId, treatmentNodeId} from './ids.js'
import type {Site} from './options.js'
import {schemaOrgMember} from './organization.js'

/**
 * One MedicalClinic for a location of the clinic: its address, telephone, specialties and the
 * treatments it offers, with `parentOrganization` pointing at the organization.
 */
export function buildClinicNode(
  site: Site,
  location: ClinicLocation,
): MedicalClinicLeaf & {'@id': string} {
  const {clinic} = site
  const address: PostalAddressLeaf = {'@type': 'PostalAddress', ...location.address}
  return {
    '@type': 'MedicalClinic',
    '@id': clinicNodeId(site, location.id),
    name: location.name,
    ...(location.url === undefined ? {} : {url: location.url}),
    parentOrganization: idReference(siteNodeId(site, ID_FRAGMENTS.organization)),
    address,
    telephone: location.telephone.e164,
    ...(location.geo === undefined ? {} : {geo: {'@type': 'GeoCoordinates', ...location.geo}}),
    ...(location.openingHours.length === 0
      ? {}
      : {openingHoursSpecification: location.openingHours.map(openingHoursSpecification)}),
    ...(clinic.medicalSpecialty.length === 0
      ? {}
      : {medicalSpecialty: clinic.medicalSpecialty.map(schemaOrgMember)}),
    ...(clinic.services.length === 0
      ? {}
      : {availableService: clinic.services.map((id) => idReference(treatmentNodeId(site, id)))}),
  }
}

/**
 * A MedicalClinic node for each location the site describes (`site.locations`, default: all),
 * in the clinic's order.
 */
export function buildClinicNodes(site: Site): (MedicalClinicLeaf & {'@id': string})[] {
  return (site.locations ?? site.clinic.locations).map((location) =>
    buildClinicNode(site, location),
  )
}
