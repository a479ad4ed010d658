import type {MedicalClinicLeaf} from 'schema-dts'
import type {ClinicLocation} from '../content/types.js'
import {type Host, locationUrl} from '../host/host.js'
import {openingHoursSpecification} from './hours.js'
import {clinicNodeId, idReference, schemaOrgMember, siteNodeId, treatmentNodeId} from './ids.js'
import type {GraphInput} from './page.js'

function buildClinicNode(
  host: Host,
  location: ClinicLocation,
): MedicalClinicLeaf & {'@id': string} {
  const {clinic} = host
  const url = locationUrl(host, location)
  return {
    '@type': 'MedicalClinic',
    '@id': clinicNodeId(host, location.id),
    name: location.name,
    ...(url === undefined ? {} : {url}),
    parentOrganization: idReference(siteNodeId(host, 'organization')),
    address: {'@type': 'PostalAddress', ...location.address},
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
      : {availableService: clinic.services.map((id) => idReference(treatmentNodeId(host, id)))}),
  }
}

/**
 * A MedicalClinic for each location the page describes: its address, telephone, specialties and
 * the treatments it offers, with `parentOrganization` pointing at the organization.
 */
export function buildClinicNodes({
  host,
  page,
}: GraphInput): (MedicalClinicLeaf & {'@id': string})[] {
  return page.locations.map((location) => buildClinicNode(host, location))
}
