// Type-level tests, checked by `npm run typecheck`: each `@ts-expect-error` must keep failing.
import type {MedicalClinicLeaf, MedicalConditionLeaf} from 'schema-dts'
import {content} from '../src/content/index.js'
import {resolveHost} from '../src/host/host.js'
import {
  article,
  buildJsonLd,
  type ClinicInput,
  clinic,
  condition,
  treatments,
} from '../src/index.js'
import {buildClinicNodes} from '../src/jsonld/clinic.js'
import {buildConditionNode} from '../src/jsonld/condition.js'
import {articlePage} from '../src/jsonld/page.js'
import {renderArticle, renderPage} from '../src/render.js'

const host = resolveHost(content, {siteUrl: 'https://example.com'})
const input = {content, host, page: articlePage(content, host)}

// Builders return schema-dts leaf types.
export const conditionNode: MedicalConditionLeaf = buildConditionNode(input)
export const clinicNodes: MedicalClinicLeaf[] = buildClinicNodes(input)

// The graph is the caller's: plain, mutable data.
const graph = buildJsonLd({siteUrl: 'https://example.com'})
graph['@graph'].pop()
graph['@graph'][0] = {'@type': 'WebSite', '@id': 'https://example.com/#website'}

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
  // @ts-expect-error: read-only
  treatments.push(treatments[0])
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

// Graph nodes narrow on `@type`: a clinic's address reads without a cast.
export const clinicAddress = buildJsonLd({siteUrl: 'https://example.com'})['@graph'].find(
  (node) => node['@type'] === 'MedicalClinic',
)?.address

// Literal types where the run time has a fixed set.
// @ts-expect-error: heading offsets are 0 to 4
renderArticle({headingOffset: 9})
// @ts-expect-error: services are the content's treatment ids
export const badService: ClinicInput = {...hostClinic, services: ['massage']}
export const goodService: ClinicInput = {...hostClinic, services: ['nerve-glides']}
export const badCountry: ClinicInput = {
  ...hostClinic,
  // @ts-expect-error: a country is two capital letters
  locations: [{address: {addressLocality: 'Boston', addressCountry: 'United States'}}],
}
// @ts-expect-error: lastReviewed is YYYY-MM-DD
buildJsonLd({siteUrl: 'https://example.com', lastReviewed: 'March 1, 2025'})
// @ts-expect-error: nodes are node kinds
buildJsonLd({siteUrl: 'https://example.com', nodes: ['person']})
// One options object: the article's options go to buildJsonLd too, and siteUrl to renderArticle.
buildJsonLd({siteUrl: 'https://example.com', toc: true, headingOffset: 1})
renderArticle({siteUrl: 'https://example.com', toc: true})
