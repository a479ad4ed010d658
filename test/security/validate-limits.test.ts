/**
 * Issue 14, item 12: input-sized arrays never reach the call stack (no `push(...list)`, no
 * spread, no recursion over them), breadcrumbs and repeated `@id`s are checked in linear time.
 * Each of these failed on v0.1 (a RangeError, or tens of seconds).
 */
import {describe, expect, it} from 'vitest'
import {validateJsonLd} from '../../src/validate.js'

const schema = 'https://schema.org'

function timed<T>(run: () => T): {result: T; ms: number} {
  const start = performance.now()
  const result = run()
  return {result, ms: performance.now() - start}
}

describe('validator limits', () => {
  it('checks a 1 MB @graph of 25,000 nodes, each with six findings', () => {
    const graph = {
      '@context': schema,
      '@graph': Array.from({length: 25_000}, (_, index) => ({
        '@type': 'Thing',
        '@id': `#n${index}`,
        a: 1,
        b: 2,
        c: 3,
        d: 4,
        e: 5,
        f: 6,
      })),
    }
    expect(JSON.stringify(graph).length).toBeGreaterThan(1_000_000)
    const report = validateJsonLd(graph)
    expect(report.errors).toHaveLength(150_000)
    expect(report.nodes).toHaveLength(25_000)
  })

  it('checks a script of 200,000 items, each a document', () => {
    const items = Array.from({length: 200_000}, () => ({'@context': schema, '@type': 'Thing'}))
    const report = validateJsonLd(
      `<script type="application/ld+json">${JSON.stringify(items)}</script>`,
    )
    expect(report.documents).toBe(200_000)
    expect(report.errors).toEqual([])
  })

  it('checks 160,000 crumbs in linear time', () => {
    const crumbs = {
      '@context': schema,
      '@type': 'BreadcrumbList',
      itemListElement: Array.from({length: 160_000}, (_, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        name: `c${index}`,
        item: `https://e.com/${index}`,
      })),
    }
    const {result, ms} = timed(() => validateJsonLd(crumbs))
    expect(result.errors).toEqual([])
    // v0.1: 62 s. Linear: well under 10 s even on a slow machine under coverage.
    expect(ms).toBeLessThan(10_000)
  })

  it('checks 20,000 distinct unknown terms quickly: “did you mean” searches are bounded', () => {
    const graph = {
      '@context': schema,
      '@graph': Array.from({length: 20_000}, (_, index) => ({
        '@type': `Type${index.toString(36)}x`,
        [`prop${index.toString(36)}x`]: 1,
      })),
    }
    const {result, ms} = timed(() => validateJsonLd(graph))
    expect(result.errors).toHaveLength(40_000)
    // Unbounded, the searches took 16 s.
    expect(ms).toBeLessThan(5_000)
  })

  it('merges one @id repeated 20,000 times with different types in linear time', () => {
    const types = ['Organization', 'LocalBusiness', 'MedicalClinic', 'Dentist']
    const graph = {
      '@context': schema,
      '@graph': Array.from({length: 20_000}, (_, index) => ({
        '@id': '#org',
        '@type': [types[index % types.length], `https://e.com/type/${index}`],
        name: 'O',
      })),
    }
    const {result, ms} = timed(() => validateJsonLd(graph))
    // v0.1: 33 s.
    expect(ms).toBeLessThan(10_000)
    expect(result.nodes).toHaveLength(1)
    expect(result.nodes[0]?.types).toEqual(['Organization'])
  })
})
