import {describeValue, type FieldPath, SciaticaContentError} from '../errors.js'
import {parseOrThrow} from '../parse.js'
import {slug} from '../slug.js'
import {type ClinicInput, clinicInputSchema, SLUG_PATTERN} from './schema.js'
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
 *   The clinic with defaults: each location's `id` (slug of its locality), `name`
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

  const services = parsed.services ?? []
  for (const [index, id] of services.entries()) {
    if (!serviceIds.includes(id)) {
      throw new SciaticaContentError(
        [...prefix, 'services', index],
        `one of ${serviceIds.join(', ')}`,
        describeValue(id),
      )
    }
  }

  // The parse made new objects, ours to fill in: in place, which is several times faster than
  // spreading them into copies (this runs on every render of a host page).
  const seen = new Set<string>()
  for (const [index, location] of parsed.locations.entries()) {
    const id = location.id ?? slug(location.address.addressLocality)
    if (!SLUG_PATTERN.test(id)) {
      throw new SciaticaContentError(
        [...prefix, 'locations', index, 'id'],
        'an id (the locality has no letter or digit to make one from)',
        describeValue(id),
      )
    }
    if (seen.has(id)) {
      throw new SciaticaContentError(
        [...prefix, 'locations', index, 'id'],
        'an id no other location has (give `id` where two locations share a locality)',
        describeValue(id),
      )
    }
    seen.add(id)
    location.id = id
    location.name ??= `${parsed.name}, ${location.address.addressLocality}`
    location.telephone ??= parsed.telephone
    location.openingHours ??= []
  }
  parsed.sameAs ??= []
  parsed.medicalSpecialty ??= []
  parsed.services = services
  return parsed as Clinic
}
