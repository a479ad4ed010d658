/**
 * The one definition of the content's shapes: valibot schemas from which the TypeScript types are
 * inferred. The build (tools/compile-content.ts) checks `content/` against them; at run time
 * only the host-clinic schema is used, to check what a host site passes.
 */
import * as v from 'valibot'
import type {ServiceId} from '../generated/content.js'
import {isLocationId, LOCATION_ID_EXPECTED} from '../location-id.js'
import {parseTelephone, TELEPHONE_EXPECTED} from '../telephone.js'
import {httpUrlSchema, LIMITS, oneLineText, token} from '../values.js'
import type {DeepReadonly} from './freeze.js'

/**
 * Members of schema.org's `MedicalSpecialty` enumeration (release 30.0), without the superseded
 * `Dermatologic` (a test compares the list with the vocabulary).
 */
export const MEDICAL_SPECIALTIES = [
  'Anesthesia',
  'Cardiovascular',
  'CommunityHealth',
  'Dentistry',
  'Dermatology',
  'DietNutrition',
  'Emergency',
  'Endocrine',
  'Gastroenterologic',
  'Genetic',
  'Geriatric',
  'Gynecologic',
  'Hematologic',
  'Infectious',
  'LaboratoryScience',
  'Midwifery',
  'Musculoskeletal',
  'Neurologic',
  'Nursing',
  'Obstetric',
  'Oncologic',
  'Optometric',
  'Otolaryngologic',
  'Pathology',
  'Pediatric',
  'PharmacySpecialty',
  'Physiotherapy',
  'PlasticSurgery',
  'Podiatric',
  'PrimaryCare',
  'Psychiatric',
  'PublicHealth',
  'Pulmonary',
  'Radiography',
  'Renal',
  'RespiratoryTherapy',
  'Rheumatologic',
  'SpeechPathology',
  'Surgical',
  'Toxicologic',
  'Urologic',
] as const

type Letter =
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'E'
  | 'F'
  | 'G'
  | 'H'
  | 'I'
  | 'J'
  | 'K'
  | 'L'
  | 'M'
  | 'N'
  | 'O'
  | 'P'
  | 'Q'
  | 'R'
  | 'S'
  | 'T'
  | 'U'
  | 'V'
  | 'W'
  | 'X'
  | 'Y'
  | 'Z'

/** An ISO 3166-1 alpha-2 country code: two capital letters, such as `'US'`. */
export type CountryCode = `${Letter}${Letter}`

/** A schema.org `MedicalSpecialty` member name, such as `Musculoskeletal`. */
export type MedicalSpecialtyName = (typeof MEDICAL_SPECIALTIES)[number]

/** A name or label: one line, trimmed, not empty, at most 200 characters. */
export const nameSchema = oneLineText(LIMITS.name)

// Text for the content's descriptions: one line, trimmed, not empty, at most 1000 characters.
const text = oneLineText(LIMITS.text)
const name = nameSchema

/** What github-slugger makes of a name: lowercase letters, digits and `_`, joined by `-`. */
const SLUG_PATTERN = /^[\p{Ll}\p{Lo}\p{N}_]+(?:-[\p{Ll}\p{Lo}\p{N}_]+)*$/u

const slug = v.pipe(
  v.string('a string'),
  v.regex(SLUG_PATTERN, 'a lowercase slug such as "marietta"'),
)

const telephone = v.pipe(
  v.string('a string'),
  v.maxLength(LIMITS.telephone, `a telephone number of at most ${LIMITS.telephone} characters`),
  // Checked and parsed in one pass.
  v.rawTransform(({dataset, addIssue, NEVER}) => {
    const parsed = parseTelephone(dataset.value)
    if (parsed === undefined) {
      addIssue({message: TELEPHONE_EXPECTED})
      return NEVER
    }
    return parsed
  }),
)

const openingHours = token(
  /^(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?(?:,(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?)* (?:[01]\d|2[0-3]):[0-5]\d-(?:[01]\d|2[0-4]):[0-5]\d$/,
  'opening hours in schema.org form, such as "Mo-Fr 09:00-17:00"',
)

const postalAddressSchema = v.strictObject(
  {
    streetAddress: v.exactOptional(name),
    addressLocality: name,
    addressRegion: v.exactOptional(name),
    postalCode: v.exactOptional(name),
    addressCountry: v.custom<CountryCode>(
      (value) => typeof value === 'string' && /^[A-Z]{2}$/.test(value),
      'an ISO 3166-1 alpha-2 country code such as "US"',
    ),
  },
  'an object',
)

// A location id as the host gives it, made NFC (a decomposed `é` is the same id as a composed
// one). At most as many code units as bytes: checked first, before any work on a long string.
const locationId = v.pipe(
  v.string('a string'),
  v.maxLength(LIMITS.locationIdBytes, LOCATION_ID_EXPECTED),
  v.transform((value) => value.normalize('NFC')),
  v.check(isLocationId, LOCATION_ID_EXPECTED),
)

const locationSchema = v.strictObject(
  {
    id: v.exactOptional(locationId),
    name: v.exactOptional(name),
    address: postalAddressSchema,
    telephone: v.exactOptional(telephone),
    url: v.exactOptional(httpUrlSchema),
    geo: v.exactOptional(
      v.strictObject(
        {
          latitude: v.pipe(
            v.number('a number'),
            v.minValue(-90, 'a latitude from -90 to 90'),
            v.maxValue(90, 'a latitude from -90 to 90'),
          ),
          longitude: v.pipe(
            v.number('a number'),
            v.minValue(-180, 'a longitude from -180 to 180'),
            v.maxValue(180, 'a longitude from -180 to 180'),
          ),
        },
        'an object',
      ),
    ),
    openingHours: v.exactOptional(v.array(openingHours, 'an array')),
  },
  'an object',
)

/**
 * A clinic as a host site gives it: its organization and its locations (at least one).
 *
 * Only `name`, `telephone` and each location's `address.addressLocality` and
 * `address.addressCountry` are required; the rest is published only when given.
 */
export const clinicInputSchema = v.strictObject(
  {
    name,
    telephone,
    url: v.exactOptional(httpUrlSchema),
    logo: v.exactOptional(httpUrlSchema),
    sameAs: v.exactOptional(v.array(httpUrlSchema, 'an array')),
    medicalSpecialty: v.exactOptional(
      v.array(v.picklist(MEDICAL_SPECIALTIES, 'a schema.org MedicalSpecialty member'), 'an array'),
    ),
    // The ids are checked against the content's treatments when the clinic is resolved.
    services: v.exactOptional(
      v.array(
        v.custom<ServiceId>((value) => typeof value === 'string', 'a string'),
        'an array',
      ),
    ),
    locations: v.pipe(v.array(locationSchema, 'an array'), v.minLength(1, 'at least one location')),
  },
  'an object',
)

/** A clinic as a host site gives it (the input of `resolveClinic`); read-only data is fine. */
export type ClinicInput = DeepReadonly<v.InferInput<typeof clinicInputSchema>>

/** A checked clinic, before defaults are filled in. */
export type ParsedClinic = v.InferOutput<typeof clinicInputSchema>

const quote = v.pipe(v.string('a string'), v.nonEmpty('a non-empty quote from the article'))

/**
 * Whether a text is a date as `YYYY-MM-DD` that the calendar has (`Date.parse` rolls 2021-02-30
 * over to March).
 */
export function isCalendarDate(value: string): boolean {
  return (
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(Date.parse(value)) &&
    new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
  )
}

const isoDate = v.pipe(
  v.string('a string'),
  v.isoDate('a date as YYYY-MM-DD'),
  v.check(isCalendarDate, 'a real calendar date'),
)

/** The front matter of `content/article.md`. */
export const articleFrontMatterSchema = v.strictObject(
  {
    title: text,
    slug,
    datePublished: isoDate,
    dateDisplay: text,
    inLanguage: v.pipe(
      v.string('a string'),
      v.regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, 'a BCP 47 language tag such as "en-US"'),
    ),
    description: v.pipe(text, v.maxLength(160, 'a description of at most 160 characters')),
    publisher: text,
    corrections: v.array(
      v.strictObject({original: text, corrected: text, reason: text}, 'an object'),
      'an array',
    ),
  },
  'an object',
)

const fact = {
  id: slug,
  name: text,
  quote,
  /** The words of `quote` that qualify its claim, such as "may be a result of". */
  hedge: v.exactOptional(text),
  description: v.exactOptional(text),
}

const treatmentType = v.picklist(
  ['PhysicalTherapy', 'MedicalTherapy', 'ExercisePlan', 'SurgicalProcedure'],
  'one of PhysicalTherapy, MedicalTherapy, ExercisePlan, SurgicalProcedure',
)

const treatmentSchema = v.strictObject(
  {
    ...fact,
    type: v.union(
      [
        treatmentType,
        v.pipe(v.array(treatmentType, 'an array'), v.minLength(1, 'at least one type')),
      ],
      'a schema.org type name or a list of them',
    ),
    exerciseType: v.exactOptional(text),
    procedureType: v.exactOptional(
      v.strictObject(
        {
          value: v.picklist(
            ['NoninvasiveProcedure', 'PercutaneousProcedure'],
            'a schema.org MedicalProcedureType member',
          ),
          quote,
        },
        'an object',
      ),
    ),
  },
  'an object',
)

/** `content/condition.yaml`: the condition, each fact with the quote that states it. */
export const conditionSchema = v.strictObject(
  {
    name: text,
    quote,
    pathophysiology: v.strictObject({text, quote}, 'an object'),
    codes: v.array(
      v.strictObject(
        {
          codingSystem: text,
          codeValue: text,
          name: text,
          note: v.exactOptional(text),
          source: v.strictObject(
            {
              publisher: text,
              title: text,
              url: httpUrlSchema,
              checkedWith: v.exactOptional(v.array(httpUrlSchema, 'an array')),
            },
            'an object',
          ),
        },
        'an object',
      ),
      'an array',
    ),
    associatedAnatomy: v.array(
      v.strictObject(
        {
          ...fact,
          type: v.picklist(
            ['AnatomicalStructure', 'Nerve', 'Muscle', 'Bone', 'Joint'],
            'a schema.org AnatomicalStructure type',
          ),
        },
        'an object',
      ),
      'an array',
    ),
    causes: v.array(v.strictObject(fact, 'an object'), 'an array'),
    riskFactors: v.array(v.strictObject(fact, 'an object'), 'an array'),
    symptoms: v.array(v.strictObject(fact, 'an object'), 'an array'),
    treatments: v.array(treatmentSchema, 'an array'),
    physicalTherapyTypes: v.array(treatmentSchema, 'an array'),
  },
  'an object',
)

/** The condition, as compiled from `content/condition.yaml`. */
export type ConditionData = v.InferOutput<typeof conditionSchema>

/** A treatment of the condition (a therapy, an exercise plan or a procedure). */
export type TreatmentData = ConditionData['treatments'][number]
