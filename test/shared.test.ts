import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {
  buildJsonLd,
  buildTreatmentNodes,
  jsonLdScript,
  resolveSite,
  serializeJsonLd,
} from '../src/index.js'
import {fullHostClinic} from './helpers/fixtures.js'

const kinds = (graph: ReturnType<typeof buildJsonLd>, ...types: string[]) =>
  graph['@graph'].filter((node) => types.includes([node['@type']].flat()[0] as string))

const SHARED = [
  'MedicalWebPage',
  'BlogPosting',
  'MedicalCondition',
  'PhysicalTherapy',
  'ExercisePlan',
  'MedicalTherapy',
]

describe('nodes shared between graphs', () => {
  it('are the same frozen objects for the same site, page and settings', () => {
    const options = {siteUrl: 'https://shared.example', path: '/a/', clinic: fullHostClinic}
    const first = buildJsonLd(options)
    const second = buildJsonLd({...options, clinic: {...fullHostClinic, name: 'Another name'}})
    const shared = kinds(first, ...SHARED)
    expect(shared).toHaveLength(14)
    expect(kinds(second, ...SHARED)).toEqual(shared)
    for (const [index, node] of shared.entries()) {
      expect(kinds(second, ...SHARED)[index]).toBe(node)
      expect(Object.isFrozen(node)).toBe(true)
    }
    // The nodes that name the clinic are the host's own, new each time.
    expect(kinds(second, 'MedicalOrganization')[0]).not.toBe(kinds(first, 'MedicalOrganization')[0])
    expect(Object.isFrozen(kinds(first, 'MedicalOrganization')[0])).toBe(false)
  })

  it('cannot be changed by a caller', () => {
    const [condition] = kinds(buildJsonLd({siteUrl: 'https://shared.example'}), 'MedicalCondition')
    expect(() => {
      ;(condition as {name: string}).name = 'Something else'
    }).toThrow(TypeError)
  })

  it.each([
    ['siteUrl', {siteUrl: 'https://other.example'}],
    ['path', {path: '/b/'}],
    ['inLanguage', {inLanguage: 'en-GB'}],
    ['dateModified', {dateModified: '2024-01-01'}],
    ['image', {image: ['https://shared.example/a.jpg']}],
    ['clinic (the host republishes)', {clinic: fullHostClinic}],
  ])('are built again when %s differs', (_, change) => {
    const base = {siteUrl: 'https://shared.example', path: '/a/'}
    const [article] = kinds(buildJsonLd(base), 'BlogPosting')
    const [other] = kinds(buildJsonLd({...base, ...change}), 'BlogPosting')
    expect(other).not.toBe(article)
    expect(other).not.toEqual(article)
  })

  it('are kept for the 64 sites used last', () => {
    const site = (index: number) => ({siteUrl: `https://site-${index}.example`})
    const conditionOf = (index: number) => kinds(buildJsonLd(site(index)), 'MedicalCondition')[0]
    const first = conditionOf(0)
    const kept = conditionOf(1)
    for (let index = 2; index <= 64; index++) {
      conditionOf(index)
      // Used again now and then: kept.
      if (index % 16 === 0) expect(conditionOf(1)).toBe(kept)
    }
    expect(conditionOf(1)).toBe(kept)
    const again = conditionOf(0)
    expect(again).not.toBe(first)
    expect(again).toEqual(first)
  })
})

describe('serializeJsonLd', () => {
  it('gives the text JSON.stringify gives, for any graph', () => {
    const text = fc.string({unit: 'binary', maxLength: 20})
    fc.assert(
      fc.property(
        fc.record({
          siteUrl: fc.constantFrom('https://a.example', 'https://b.example/blog'),
          siteName: text.filter(
            (value) =>
              /^\S(?:.*\S)?$/u.test(value) &&
              value.isWellFormed() &&
              !/[\p{Cc}\p{Noncharacter_Code_Point}]/u.test(value),
          ),
        }),
        (options) => {
          const graph = buildJsonLd(options)
          expect(serializeJsonLd(graph)).toBe(JSON.stringify(graph))
          expect(jsonLdScript(graph)).toBe(
            `<script type="application/ld+json">${JSON.stringify(graph).replaceAll('<', '\\u003C')}</script>`,
          )
        },
      ),
    )
  })

  it('gives the text JSON.stringify gives for values that are not a plain graph', () => {
    const graph = buildJsonLd({siteUrl: 'https://shared.example'})
    const nodes = graph['@graph']
    class Graph {
      '@context' = 'https://schema.org'
      '@graph' = nodes
    }
    const sparse: unknown[] = [nodes[0]]
    sparse[2] = nodes[1]
    const values: unknown[] = [
      new Graph(),
      {...graph, extra: 1},
      {'@graph': nodes, '@context': 'https://schema.org'},
      {'@context': {'@vocab': 'https://schema.org/'}, '@graph': nodes},
      {'@context': 'https://schema.org', '@graph': 'not an array'},
      {'@context': 'https://schema.org', '@graph': Object.assign([...nodes], {toJSON: () => []})},
      {'@context': 'https://schema.org', '@graph': [...nodes, 'text', 1, null]},
      {'@context': 'https://schema.org', '@graph': [{toJSON: (key: string) => key}, ...nodes]},
      {'@context': 'https://schema.org', '@graph': [new Date(0), ...nodes]},
      {'@context': 'https://schema.org', '@graph': sparse},
      {toJSON: () => 'replaced', '@context': 'https://schema.org'},
      Object.assign(Object.create(null), graph),
      nodes,
      'text',
    ]
    for (const value of values) expect(serializeJsonLd(value)).toBe(JSON.stringify(value))
    expect(serializeJsonLd(graph, 2)).toBe(JSON.stringify(graph, null, 2))
  })
})

describe('serializeJsonLd errors', () => {
  it('says what JSON.stringify says of a graph it cannot serialize', () => {
    const node: Record<string, unknown> = {'@type': 'Thing', '@id': '#a'}
    node.self = node
    const graph = {'@context': 'https://schema.org', '@graph': [node]}
    const reason = (() => {
      try {
        JSON.stringify(graph)
      } catch (error) {
        return String(error)
      }
    })()
    expect(() => serializeJsonLd(graph)).toThrow(
      `Invalid \`graph\`: expected a JSON value, received one that cannot be serialized (${reason})`,
    )
    expect(() => serializeJsonLd({'@context': 'https://schema.org', '@graph': [{n: 1n}]})).toThrow(
      'BigInt',
    )
  })
})

describe('the node builders', () => {
  it('build the shared nodes anew, not frozen, with the same data', () => {
    const options = {siteUrl: 'https://builders.example'}
    const site = resolveSite(options)
    const treatments = buildTreatmentNodes(site)
    const shared = kinds(buildJsonLd(options), 'PhysicalTherapy', 'ExercisePlan', 'MedicalTherapy')
    expect(treatments).toEqual(shared)
    expect(treatments.map((node) => Object.isFrozen(node))).toEqual(shared.map(() => false))
  })
})
