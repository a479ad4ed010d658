// Type-level tests, checked by `npm run typecheck`: each `@ts-expect-error` must keep failing.
import type {MedicalClinicLeaf, MedicalConditionLeaf} from 'schema-dts'
import {
  article,
  buildClinicNodes,
  buildConditionNode,
  buildJsonLd,
  type ClinicInput,
  clinic,
  condition,
  resolveSite,
} from '../src/index.js'
import {renderArticle, renderPage} from '../src/render.js'

const site = resolveSite({siteUrl: 'https://example.com'})

// Builders return schema-dts leaf types.
export const conditionNode: MedicalConditionLeaf = buildConditionNode(site)
export const clinicNodes: MedicalClinicLeaf[] = buildClinicNodes(site)

// The content is read-only all the way down. (This file is type-checked, never run.)
export function mutateContent() {
  // @ts-expect-error: read-only
  article.title = 'Changed'
  for (const section of article.sections) {
    // @ts-expect-error: read-only
    section.paragraphs.push('More')
  }
  for (const code of condition.codes) {
    // @ts-expect-error: read-only
    code.codeValue = 'M54.9'
  }
  for (const location of clinic.locations) {
    // @ts-expect-error: read-only
    location.address.addressLocality = 'Atlanta'
  }
}

// Options are checked.
// @ts-expect-error: siteUrl is required
buildJsonLd({})
// @ts-expect-error: unknown option
buildJsonLd({siteUrl: 'https://example.com', reviewer: 'Dr. Nobody'})
// @ts-expect-error: nodes are node kinds
buildJsonLd({siteUrl: 'https://example.com', nodes: ['faq']})
// @ts-expect-error: renderPage needs siteUrl
renderPage({})
// @ts-expect-error: headingOffset is a number
renderArticle({headingOffset: '1'})

// A host clinic may be read-only data.
const hostClinic = {
  name: 'Example Spine',
  telephone: '+44 20 7946 0958',
  medicalSpecialty: ['Physiotherapy'],
  locations: [{address: {addressLocality: 'London', addressCountry: 'GB'}}],
} as const satisfies ClinicInput
buildJsonLd({siteUrl: 'https://example.com', clinic: hostClinic})

// @ts-expect-error: a specialty is a schema.org MedicalSpecialty member
export const badSpecialty: ClinicInput = {...hostClinic, medicalSpecialty: ['Orthopedics']}
// @ts-expect-error: locations are required
export const noLocations: ClinicInput = {name: 'A', telephone: '+14045550100'}
