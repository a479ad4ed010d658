import {describe, expect, it} from 'vitest'
import {Terms} from '../src/validate/terms.js'
import {type Finding, formatReport, validateJsonLd} from '../src/validate.js'

const brief = (findings: readonly Finding[]) => findings.map(({rule, path}) => `${rule} ${path}`)
const graph = (...nodes: object[]) => ({'@context': 'https://schema.org', '@graph': nodes})

describe('validateJsonLd: edge cases', () => {
  it('merges objects that share an @id: values accumulate; only literals that differ get a note', () => {
    const first = {
      '@type': 'Organization',
      '@id': '#org',
      name: 'A',
      sameAs: ['https://a.example/'],
      address: {'@type': 'PostalAddress', addressLocality: 'Leeds'},
    }
    const report = validateJsonLd(
      graph(
        first,
        {sameAs: ['https://a.example/'], name: 'A', '@id': '#org', '@type': 'Organization'},
        {
          ...first,
          sameAs: ['https://b.example/'],
          address: {'@type': 'PostalAddress', addressLocality: 'York'},
          name: 'B',
        },
      ),
    )
    expect(report.errors).toEqual([])
    expect(report.warnings.filter(({rule}) => rule !== 'google-recommended')).toEqual([])
    expect(brief(report.notes)).toEqual(['conflicting-id @graph[2].name'])
    expect(report.notes[0]?.message).toBe(
      '@id #org gives this property another value than at @graph[0].name; JSON-LD keeps both',
    )
    // Google's view is of the merged node, reported once.
    expect(report.nodes.map((node) => node.path)).toEqual(['@graph[0]'])
  })

  it('names where the first value was given, at the root too', () => {
    const report = validateJsonLd({
      '@context': 'https://schema.org',
      '@id': '#page',
      '@type': 'WebPage',
      name: 'Page',
      hasPart: {'@id': '#page', '@type': 'WebPage', name: 'Other'},
    })
    expect(report.notes[0]?.message).toBe(
      '@id #page gives this property another value than at name; JSON-LD keeps both',
    )
  })

  it('checks the range of a reference to an untyped node, or one with a malformed type, as nothing', () => {
    const report = validateJsonLd(
      graph(
        {'@id': '#a', name: 'untyped'},
        {'@id': '#b', '@type': 5, name: 'malformed'},
        {'@type': 'MedicalCondition', possibleTreatment: [{'@id': '#a'}, {'@id': '#b'}]},
      ),
    )
    expect(brief(report.errors)).toEqual(['unknown-type @graph[1].@type'])
    expect(brief(report.warnings)).toEqual([])
  })

  it('follows a bare reference at the top of the graph', () => {
    const report = validateJsonLd(
      graph({'@type': 'Thing', '@id': '#t', name: 't'}, {'@id': '#t'}, {'@id': '#nothing'}),
    )
    expect(brief(report.errors)).toEqual(['dangling-reference @graph[2]'])
    expect(report.nodes).toHaveLength(1)
  })

  it('checks untyped nested nodes by their properties alone', () => {
    const report = validateJsonLd(graph({'@type': 'Article', author: {name: 'A', colour: 'red'}}))
    expect(brief(report.errors)).toEqual(['unknown-property @graph[0].author.colour'])
  })

  it('checks value objects by their @value', () => {
    const report = validateJsonLd(
      graph({
        '@type': 'Thing',
        name: {'@value': 'Sciatica', '@language': 'en'},
        url: {'@value': 5},
      }),
    )
    expect(brief(report.warnings)).toEqual(['literal-type @graph[0].url'])
  })

  it('checks the items of @list and @set values', () => {
    const report = validateJsonLd(
      graph({
        '@type': 'HowTo',
        name: 'Stretch',
        step: {
          '@list': [
            {'@type': 'HowToStep', text: 'Lie down'},
            {'@type': 'HowToStep', colour: 'red'},
          ],
        },
        keywords: {'@set': ['back', 5]},
      }),
    )
    expect(brief(report.errors)).toEqual(['unknown-property @graph[0].step.@list[1].colour'])
    expect(brief(report.warnings)).toEqual(['literal-type @graph[0].keywords.@set[1]'])
  })

  it('shortens long values in messages', () => {
    const report = validateJsonLd({'@context': {'@base': `https://example.com/${'x'.repeat(80)}`}})
    expect(report.errors[0]?.message).toBe(
      `Expected @context "https://schema.org", found {"@base":"https://example.com/${'x'.repeat(27)}...`,
    )
  })

  it('treats null and empty values as missing for Google', () => {
    const report = validateJsonLd(
      graph({'@type': 'BlogPosting', headline: '', image: null, author: []}),
    )
    expect(report.nodes[0]?.google).toMatchObject({
      missingRecommended: ['author', 'dateModified', 'datePublished', 'headline', 'image'],
    })
  })

  it('labels an untyped top-level node', () => {
    const report = validateJsonLd(graph({name: 'x'}))
    expect(report.nodes[0]).toMatchObject({types: [], path: '@graph[0]'})
    expect(formatReport(report)).toBe('  node    (untyped): no Google rich result for this type\n')
  })

  it('passes over null values', () => {
    expect(validateJsonLd(graph({'@type': 'Thing', name: null})).errors).toEqual([])
  })

  it('takes a bare reference to an enumeration member at the top of the graph', () => {
    expect(validateJsonLd(graph({'@id': 'https://schema.org/Musculoskeletal'})).errors).toEqual([])
  })
})

describe('Terms', () => {
  it('knows a name outside the vocabulary only as itself', () => {
    const terms = new Terms()
    expect([...terms.ancestors('NotAClass')]).toEqual(['NotAClass'])
    expect(terms.ancestors('NotAClass')).toBe(terms.ancestors('NotAClass'))
    expect(terms.isA('MedicalClinic', 'LocalBusiness')).toBe(true)
    expect(terms.memberOf('https://example.com/Musculoskeletal')).toBeUndefined()
    expect(terms.memberOf('https://schema.org/NotAMember')).toBeUndefined()
  })
})
