import {readFile} from 'node:fs/promises'
import {selectAll} from 'hast-util-select'
import {toString as hastToString} from 'hast-util-to-string'
import {describe, expect, it} from 'vitest'
import {MEDICAL_SPECIALTIES} from '../src/content/schema.js'
import {article, clinic, condition, treatments} from '../src/index.js'
import {renderArticle} from '../src/render.js'
import {compileContent, serializeContent} from '../tools/content/compile.js'
import {parseHtml} from './helpers/html.js'

// A copy of the source document (shared/seeds/000_15ef4f780932ad0c.txt), so the test needs
// nothing outside the repository.
const sourceUrl = new URL('fixtures/source/000_15ef4f780932ad0c.txt', import.meta.url)
const contentDirectory = new URL('../content/', import.meta.url).pathname

// The source document, block by block (blocks are separated by blank lines), with the one
// declared correction applied.
async function sourceBlocks(): Promise<string[]> {
  let text = await readFile(sourceUrl, 'utf8')
  for (const correction of article.corrections) {
    text = text.replaceAll(correction.original, correction.corrected)
  }
  return text
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean)
}

describe('content fidelity', () => {
  it('declares exactly one correction, Carrolton → Carrollton', () => {
    expect(article.corrections.map(({original, corrected}) => [original, corrected])).toEqual([
      ['Carrolton', 'Carrollton'],
    ])
  })

  it('matches the source document block by block, modulo the declared correction', async () => {
    const compiled = [
      article.title,
      article.dateDisplay,
      ...article.sections.flatMap((section) =>
        section.heading === null ? section.paragraphs : [section.heading, ...section.paragraphs],
      ),
      ...article.callToAction,
    ]
    expect(compiled).toEqual(await sourceBlocks())
  })

  it('renders the source text word for word (parsed back with an HTML parser)', async () => {
    const {tree, errors} = parseHtml(await renderArticle(), true)
    expect(errors).toEqual([])
    const blocks = selectAll('h1, time, h2, p:not(:has(time))', tree).map((node) =>
      hastToString(node),
    )
    expect(blocks).toEqual(await sourceBlocks())
  })

  it('keeps the source’s typography (curly apostrophes, en dash, no-break spaces)', () => {
    const text = JSON.stringify(article)
    expect(text).toContain('It’s important')
    expect(text).toContain('on your part – in some cases')
    expect(article.callToAction[1]).toContain('effective\u00a0pain')
    expect(article.callToAction[2]).toBe('Call us at 770-421-1420 to\u00a0schedule an appointment.')
  })

  it('dates the article 2021-08-13', () => {
    expect(article.datePublished).toBe('2021-08-13')
    expect(article.description.length).toBeLessThanOrEqual(160)
  })

  it('states no fact the source does not give', () => {
    for (const location of clinic.locations) {
      expect(Object.keys(location.address).sort()).toEqual([
        'addressCountry',
        'addressLocality',
        'addressRegion',
      ])
      expect(location.geo).toBeUndefined()
      expect(location.openingHours).toEqual([])
      expect(location.url).toBeUndefined()
    }
    expect(clinic.url).toBeUndefined()
    expect(clinic.logo).toBeUndefined()
    expect(clinic.telephone).toEqual({e164: '+17704211420', display: '770-421-1420'})
  })

  it('gives every code of the condition a source', () => {
    expect(condition.codes.map((code) => `${code.codingSystem} ${code.codeValue}`)).toEqual([
      'ICD-10-CM M54.3',
      'SNOMED-CT 23056005',
      'MeSH D012585',
    ])
    for (const code of condition.codes) expect(code.source.url).toMatch(/^https?:\/\//)
  })

  it('exports deeply frozen data', () => {
    expect(Object.isFrozen(article)).toBe(true)
    expect(Object.isFrozen(article.sections[1]?.paragraphs)).toBe(true)
    expect(Object.isFrozen(condition.treatments[0]?.procedureType)).toBe(true)
    expect(Object.isFrozen(clinic.locations[0]?.address)).toBe(true)
    expect(() => {
      ;(article as {title: string}).title = 'Changed'
    }).toThrow(TypeError)
  })

  it('keeps src/generated/ in step with content/', async () => {
    const outputs = serializeContent(await compileContent(contentDirectory))
    expect(Object.keys(outputs).sort()).toEqual(['article-body.ts', 'content.ts'])
    for (const [name, output] of Object.entries(outputs)) {
      const generated = await readFile(new URL(`../src/generated/${name}`, import.meta.url), 'utf8')
      expect(output).toBe(generated)
    }
  })

  it('lists every treatment and physical-therapy type once, in the article’s order, frozen', () => {
    expect(treatments.map((treatment) => treatment.id)).toEqual([
      ...condition.treatments.map((treatment) => treatment.id),
      ...condition.physicalTherapyTypes.map((treatment) => treatment.id),
    ])
    expect(new Set(treatments).size).toBe(11)
    expect(Object.isFrozen(treatments)).toBe(true)
  })
})

describe('the medical specialties', () => {
  it('are exactly schema.org 30.0’s MedicalSpecialty members that are not superseded', async () => {
    const vocabulary = JSON.parse(
      await readFile(
        new URL('../../shared/schemaorg/schemaorg-current-https.jsonld', import.meta.url),
        'utf8',
      ),
    ) as {'@graph': {'@id': string; '@type': string | string[]; 'schema:supersededBy'?: unknown}[]}
    const members = vocabulary['@graph']
      .filter(
        (node) =>
          [node['@type']].flat().includes('schema:MedicalSpecialty') &&
          node['schema:supersededBy'] === undefined,
      )
      .map((node) => node['@id'].replace('schema:', ''))
      .sort()
    expect([...MEDICAL_SPECIALTIES]).toEqual(members)
    expect(members).toContain('SpeechPathology')
    expect(members).not.toContain('Dermatologic')
  })
})
