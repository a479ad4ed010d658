import * as v from 'valibot'
import {resolveClinic} from '../../src/content/clinic.js'
import type {Clinic} from '../../src/content/types.js'
import type {FieldPath, SciaticaContentError} from '../../src/errors.js'
import {checkQuotes} from './facts.js'
import {failField, validateYaml, type YamlSource} from './yaml.js'

const quote = v.pipe(v.string('a string'), v.nonEmpty('a non-empty quote from the article'))
const text = v.pipe(v.string('a string'), v.nonEmpty('a non-empty string'))

// The file's own shape: the host-clinic fields, each fact with its quote. Values are checked
// by the host-clinic schema (`resolveClinic`) after the quotes are set aside.
const clinicFileSchema = v.strictObject(
  {
    name: text,
    quote,
    telephone: v.unknown(),
    telephoneQuote: quote,
    medicalSpecialty: v.array(v.strictObject({value: v.unknown(), quote}, 'an object'), 'an array'),
    services: v.array(v.strictObject({id: v.unknown(), quote}, 'an object'), 'an array'),
    locations: v.array(
      v.strictObject(
        {id: v.unknown(), name: v.unknown(), address: v.unknown(), quote, regionSource: text},
        'an object',
      ),
      'an array',
    ),
  },
  'an object',
)

/**
 * Compile `content/clinic.yaml` into a `Clinic`: quotes checked against the article, values
 * checked as a host clinic would be.
 */
export function compileClinic(
  source: YamlSource,
  articleText: string,
  serviceIds: readonly string[],
): Clinic {
  const file = validateYaml(source, clinicFileSchema)
  checkQuotes(source, file, articleText)
  try {
    return resolveClinic(
      {
        name: file.name,
        telephone: file.telephone,
        medicalSpecialty: file.medicalSpecialty.map((item) => item.value),
        services: file.services.map((item) => item.id),
        locations: file.locations.map(({id, name, address}) => ({id, name, address})),
      },
      serviceIds,
      [],
    )
  } catch (error) {
    // resolveClinic throws nothing else, and names the field of each problem.
    const {path, expected, received} = error as SciaticaContentError & {path: FieldPath}
    failField(source, yamlPath(path), expected, received)
  }
}

// Lists that hold `{value}` or `{id}` objects in the file but plain values in a `ClinicInput`.
const wrappedLists: Readonly<Record<string, string>> = {medicalSpecialty: 'value', services: 'id'}

// Errors in those lists name an item (`services[1]`); in the file, that is its key (`services[1].id`).
function yamlPath(path: FieldPath): FieldPath {
  const wrapper = wrappedLists[String(path[0])]
  return wrapper === undefined ? path : [...path, wrapper]
}
