import {describeValue, type FieldPath, SciaticaContentError} from '../errors.js'
import {defaultLocationId} from '../location-id.js'
import {parseOrThrow} from '../parse.js'
import {type ClinicInput, clinicInputSchema} from './schema.js'
import type {Clinic} from './types.js'

/**
 * Check a clinic and fill in its defaults.
 *
 * @param input
 *   The clinic as a host gives it (see `ClinicInput`).
 * @param serviceIds
 *   Ids of the treatments a clinic may list in `services`.
 * @param prefix
 *   Path of the clinic in the caller's options, for error messages (default: `['clinic']`).
 * @returns
 *   The clinic with defaults: each location's `id` (from its locality, see
 *   `defaultLocationId`), `name`
 *   (`<clinic>, <locality>`) and `telephone` (the clinic's); empty lists where none were given.
 * @throws {SciaticaContentError}
 *   When a field is missing or malformed, a location id repeats or a service is unknown.
 */
export function resolveClinic(
  input: ClinicInput | unknown,
  serviceIds: readonly string[],
  prefix: FieldPath = ['clinic'],
): Clinic {
  const parsed = parseOrThrow(clinicInputSchema, input, prefix)
  const invalid = (path: FieldPath, expected: string, value: unknown) =>
    new SciaticaContentError('invalid-option', {
      path: [...prefix, ...path],
      expected,
      received: describeValue(value),
    })

  const services = parsed.services ?? []
  for (const [index, id] of services.entries()) {
    if (!serviceIds.includes(id)) {
      throw invalid(['services', index], `one of ${serviceIds.join(', ')}`, id)
    }
  }

  const seen = new Set<string>()
  const locations = parsed.locations.map((location, index) => {
    const id = location.id ?? defaultLocationId(location.address.addressLocality)
    if (id === undefined) {
      throw invalid(
        ['locations', index, 'id'],
        'an id (give `id`: the locality has no letter or digit to make one from)',
        location.address.addressLocality,
      )
    }
    if (seen.has(id)) {
      throw invalid(
        ['locations', index, 'id'],
        'an id no other location has (give `id` where two locations share a locality)',
        id,
      )
    }
    seen.add(id)
    return {
      ...location,
      id,
      name: location.name ?? `${parsed.name}, ${location.address.addressLocality}`,
      telephone: location.telephone ?? parsed.telephone,
      openingHours: location.openingHours ?? [],
    }
  })
  return {
    ...parsed,
    sameAs: parsed.sameAs ?? [],
    medicalSpecialty: parsed.medicalSpecialty ?? [],
    services,
    locations,
  }
}
