import {describe, expect, it} from 'vitest'
import {buildJsonLd} from '../src/index.js'
import {renderHead, renderPage} from '../src/render.js'
import {type Finding, formatReport, validateJsonLd} from '../src/validate.js'
import {fullHostClinic} from './helpers/fixtures.js'

const brief = (findings: readonly Finding[]) =>
  findings.map(({rule, document, path}) => `${rule} ${document} ${path}`)

const clinic = fullHostClinic

describe('validateJsonLd: our own output', () => {
  it.each([
    ['the default graph', buildJsonLd({siteUrl: 'https://example.com'})],
    [
      'a host graph with three locations and every option',
      buildJsonLd({
        siteUrl: 'https://clinic.example/blog/',
        path: '/sciatica',
        dateModified: '2024-05-01',
        image: ['https://clinic.example/a.jpg'],
        breadcrumb: [{name: 'Learn', path: '/learn/'}],
        clinic,
      }),
    ],
    ['a partial graph', buildJsonLd({siteUrl: 'https://example.com', nodes: ['condition']})],
  ])('%s has no errors', (_name, graph) => {
    const report = validateJsonLd(graph)
    expect(report.errors).toEqual([])
    expect(report.valid).toBe(true)
  })

  it('checks the JSON-LD of a rendered page and of head tags', async () => {
    const page = validateJsonLd(await renderPage({siteUrl: 'https://example.com', clinic}))
    expect([page.documents, page.errors]).toEqual([1, []])
    const head = validateJsonLd(renderHead({siteUrl: 'https://example.com'}), {format: 'html'})
    expect([head.documents, head.errors]).toEqual([1, []])
  })
})

describe('validateJsonLd: inputs', () => {
  const node = {'@context': 'https://schema.org', '@type': 'MedicalCondition', name: 'Sciatica'}

  it('takes a node, an array of documents, JSON text and HTML', () => {
    expect(validateJsonLd(node).documents).toBe(1)
    expect(
      validateJsonLd([node, {...node, nam: 'x'}]).errors.map((finding) => [
        finding.document,
        finding.rule,
      ]),
    ).toEqual([[1, 'unknown-property']])
    expect(validateJsonLd(JSON.stringify(node))).toMatchObject({valid: true, documents: 1})
    expect(validateJsonLd(`  ${JSON.stringify(node)}`, {format: 'json'}).valid).toBe(true)
  })

  it('reads every JSON-LD script of a page, and only those', () => {
    const html = `<!doctype html><title>x</title>
      <script>var a = "{}"</script>
      <script type="application/ld+json">${JSON.stringify(node)}</script>
      <script type="APPLICATION/LD+JSON; charset=utf-8">{"@context": "https://schema.org", "@type": "Thing", "colour": "red"}</script>
      <script type="application/ld+json">{"@context": </script>`
    const report = validateJsonLd(html)
    expect(report.documents).toBe(3)
    expect(brief(report.errors)).toEqual(['unknown-property 1 colour', 'json-parse 2 '])
    expect(report.errors[1]?.message).toMatch(/^The JSON does not parse: /)
  })

  it('warns about a page with no JSON-LD', () => {
    const report = validateJsonLd('<p>Hello</p>')
    expect(report).toMatchObject({valid: true, documents: 0, nodes: []})
    expect(brief(report.warnings)).toEqual(['no-json-ld 0 '])
  })

  it('reports JSON that does not parse, and JSON that is not an object', () => {
    expect(brief(validateJsonLd('{"@context"').errors)).toEqual(['json-parse 0 '])
    expect(brief(validateJsonLd(42).errors)).toEqual(['not-an-object 0 '])
    expect(brief(validateJsonLd({'@context': 'https://schema.org', '@graph': [7]}).errors)).toEqual(
      ['not-a-node 0 @graph[0]'],
    )
  })

  it('names the node of each finding', () => {
    const report = validateJsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'MedicalCondition',
          '@id': '#c',
          name: 'Sciatica',
          cure: 'rest',
          code: {'@type': 'MedicalCode', codeValue: 'M54.3'},
        },
      ],
    })
    expect(report.errors).toEqual([
      {
        rule: 'unknown-property',
        severity: 'error',
        message: 'cure is not a schema.org property',
        document: 0,
        path: '@graph[0].cure',
        nodeId: '#c',
        nodeType: ['MedicalCondition'],
      },
    ])
    expect(report.notes[0]).toMatchObject({
      severity: 'note',
      rule: 'pending-property',
      path: '@graph[0].code.codeValue',
      nodeType: ['MedicalCode'],
    })
    expect(report.notes[0]).not.toHaveProperty('nodeId')
  })
})

describe('validateJsonLd: graph rules', () => {
  const crumbs = (...items: object[]) => ({
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items,
  })

  it('accepts positions 1…n and absolute item URLs (the last crumb may omit it)', () => {
    const report = validateJsonLd(
      crumbs(
        {'@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.com/'},
        {
          '@type': 'ListItem',
          position: '2',
          name: 'Learn',
          item: {'@id': 'https://example.com/learn/', name: 'Learn'},
        },
        {'@type': 'ListItem', position: 3, name: 'Sciatica'},
      ),
    )
    expect(report.errors).toEqual([])
  })

  it('takes an empty item on the last crumb as left out, not on another', () => {
    const report = validateJsonLd(
      crumbs(
        {'@type': 'ListItem', position: 1, name: 'Home', item: ''},
        {'@type': 'ListItem', position: 2, name: 'Here', item: ''},
      ),
    )
    expect(brief(report.errors)).toEqual(['breadcrumb-item 0 itemListElement[0].item'])
  })

  it('takes positions in any order: JSON-LD arrays are sets', () => {
    const report = validateJsonLd(
      crumbs(
        {'@type': 'ListItem', position: 2, name: 'Sciatica'},
        {'@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.com/'},
      ),
    )
    expect(report.errors).toEqual([])
  })

  it('errs on a missing item or one that is no web URL; warns on positions other than 1…n and relative items', () => {
    const report = validateJsonLd(
      crumbs(
        {'@type': 'ListItem', position: 0, name: 'Home', item: '/'},
        {'@type': 'ListItem', position: 2, name: 'Learn'},
        {'@type': 'ListItem', position: 2, name: 'Sciatica', item: 'ftp://example.com/x'},
        {'@type': 'ListItem', position: 5, name: 'Far', item: 'https://example.com/far'},
      ),
    )
    expect(brief(report.errors)).toEqual([
      'breadcrumb-item 0 itemListElement[1].item',
      'breadcrumb-item 0 itemListElement[2].item',
    ])
    expect(brief(report.warnings.filter(({rule}) => rule.startsWith('breadcrumb')))).toEqual([
      'breadcrumb-position 0 itemListElement[0].position',
      'breadcrumb-item 0 itemListElement[0].item',
      'breadcrumb-position 0 itemListElement[1].position',
      'breadcrumb-position 0 itemListElement[2].position',
      'breadcrumb-position 0 itemListElement[3].position',
    ])
    expect(report.warnings[0]?.message).toBe('Expected positions 1…4, each once, found 0')
    expect(report.warnings[1]?.message).toBe(
      'The crumb\'s item "/" is relative: Google resolves it against the page, and warns',
    )
    expect(report.warnings[2]?.message).toBe(
      'Expected positions 1…4, each once, found 2 twice or more',
    )
    expect(report.errors[1]?.message).toBe(
      'Expected the crumb\'s item to be the URL of a page, found "ftp://example.com/x"',
    )
  })

  it('errs on a crumb without a position or with one that is no number; warns on 1.5, not on "2.0"', () => {
    const report = validateJsonLd(
      crumbs(
        {'@type': 'ListItem', name: 'Home', item: 'https://example.com/'},
        {'@type': 'ListItem', position: 'second', name: 'Learn', item: 'https://example.com/l'},
        {'@type': 'ListItem', position: 1.5, name: 'Half', item: '//example.com/h'},
        {'@type': 'ListItem', position: '2.0', name: 'Here', item: {'@id': 'http://[x'}},
      ),
    )
    expect(brief(report.errors)).toEqual([
      'breadcrumb-position 0 itemListElement[0].position',
      'breadcrumb-position 0 itemListElement[1].position',
      'breadcrumb-item 0 itemListElement[3].item',
    ])
    expect(report.errors[0]?.message).toBe(
      "Expected the crumb's position, a whole number from 1, found nothing",
    )
    expect(brief(report.warnings.filter(({rule}) => rule.startsWith('breadcrumb')))).toEqual([
      'breadcrumb-position 0 itemListElement[2].position',
      'breadcrumb-item 0 itemListElement[2].item',
    ])
    expect(report.nodes[0]?.google).toMatchObject({
      eligible: false,
      invalidRequired: ['itemListElement'],
    })
  })

  it('follows crumbs given by reference', () => {
    const report = validateJsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        {'@type': 'BreadcrumbList', itemListElement: [{'@id': '#one'}, {'@id': '#two'}, 'three']},
        {
          '@type': 'ListItem',
          '@id': '#one',
          position: 1,
          name: 'Home',
          item: 'https://example.com/',
        },
        {'@type': 'ListItem', '@id': '#two', position: 3, name: 'Here'},
      ],
    })
    // `three` is not a crumb object: left to the vocabulary rules.
    expect(brief(report.errors)).toEqual(['breadcrumb-item 0 @graph[0].itemListElement[1].item'])
    expect(brief(report.warnings.filter(({rule}) => rule.startsWith('breadcrumb')))).toEqual([
      'breadcrumb-position 0 @graph[0].itemListElement[1].position',
    ])
  })
})

describe('validateJsonLd: what Google does with each node', () => {
  it('summarizes our graph node by node', () => {
    const report = validateJsonLd(buildJsonLd({siteUrl: 'https://example.com'}))
    const byType = new Map(report.nodes.map((node) => [node.types.join('+'), node.google]))
    expect(byType.get('BlogPosting')).toEqual({
      feature: 'Article',
      documentation: 'https://developers.google.com/search/docs/appearance/structured-data/article',
      richResult: true,
      eligible: true,
      missingRequired: [],
      invalidRequired: [],
      missingRecommended: ['dateModified', 'image'],
    })
    expect(byType.get('MedicalClinic')).toMatchObject({
      feature: 'Local business',
      eligible: true,
      missingRecommended: [
        'address.streetAddress',
        'address.postalCode',
        'geo',
        'openingHoursSpecification',
        'url',
      ],
    })
    expect(byType.get('MedicalOrganization')).toMatchObject({
      feature: 'Organization',
      richResult: false,
    })
    expect(byType.get('BreadcrumbList')).toMatchObject({feature: 'Breadcrumb', eligible: true})
    expect(byType.get('MedicalCondition')).toEqual({
      feature: null,
      note: 'no Google rich result for this type: it helps Google understand the page',
    })
    expect(byType.get('PhysicalTherapy')).toEqual({
      feature: null,
      note: 'no Google rich result for this type',
    })
    expect(report.nodes).toHaveLength(19)
    expect(report.nodes[0]).toMatchObject({
      document: 0,
      path: '@graph[0]',
      id: 'https://example.com/#website',
    })
  })

  it('follows references for nested requirements such as author.name and author.url', () => {
    const report = validateJsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'BlogPosting',
          headline: 'x',
          author: {'@id': '#org'},
          datePublished: '2021-08-13',
          dateModified: '2021-08-13',
          image: 'https://example.com/a.jpg',
        },
        {'@type': 'Organization', '@id': '#org', name: 'Org'},
      ],
    })
    expect(report.nodes[0]?.google).toMatchObject({missingRecommended: ['author.url']})
  })

  it('reports what Google requires as errors, what it recommends as warnings', () => {
    const report = validateJsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        {'@type': 'MedicalClinic', name: 'Clinic'},
        {
          '@type': 'BreadcrumbList',
          itemListElement: [{'@type': 'ListItem', position: 1, item: 'https://example.com/'}],
        },
        {'@type': 'BreadcrumbList'},
        {'@type': 'FAQPage'},
      ],
    })
    expect(brief(report.errors)).toEqual([
      'google-required 0 @graph[0].address',
      'google-required 0 @graph[1].itemListElement',
      'google-required 0 @graph[1].itemListElement[0].name',
      'google-required 0 @graph[2].itemListElement',
    ])
    expect(report.errors[0]?.message).toBe("Google's Local business rich result requires address")
    expect(report.nodes[0]?.google).toMatchObject({eligible: false, missingRequired: ['address']})
    expect(report.nodes[3]?.google).toEqual({
      feature: null,
      note: 'no Google rich result for this type: FAQ rich results stopped appearing on 2026-05-07',
    })
    expect(report.warnings.find((finding) => finding.rule === 'google-recommended')?.message).toBe(
      "Google's Local business rich result recommends geo",
    )
  })
})

describe('formatReport', () => {
  it('writes one line a finding, then one a node', () => {
    const report = validateJsonLd([
      {
        '@context': 'https://schema.org',
        '@type': 'MedicalClinic',
        '@id': '#c',
        name: 'Clinic',
        address: {
          '@type': 'PostalAddress',
          streetAddress: '1 High St',
          addressLocality: 'Leeds',
          addressRegion: 'West Yorkshire',
          postalCode: 'LS1 1AA',
          addressCountry: 'GB',
        },
        parentOrganization: 'Example Health',
        colour: 'red',
        telephone: '+44',
        url: 'https://a.example/',
        geo: {'@type': 'GeoCoordinates', latitude: 1, longitude: 1},
        openingHoursSpecification: [],
      },
      {
        '@context': 'https://schema.org',
        '@type': 'BreadcrumbList',
        itemListElement: [
          {'@type': 'ListItem', position: 1, name: 'a', item: 'https://a.example/'},
        ],
      },
      {'@context': 'https://schema.org', '@graph': [{'@type': 'Thing'}]},
    ])
    expect(formatReport(report, 'page.html')).toBe(
      [
        'page.html',
        '  error   #0 colour  colour is not a schema.org property; did you mean `color`?  unknown-property [MedicalClinic #c]',
        "  error   #1 itemListElement  Google's Breadcrumb rich result requires itemListElement (at least two ListItems)  google-required [BreadcrumbList]",
        '  warning #0 parentOrganization  parentOrganization has text where it expects Organization (accepted, but a node is better)  text-value [MedicalClinic #c]',
        "  warning #0 openingHoursSpecification  Google's Local business rich result recommends openingHoursSpecification  google-recommended [MedicalClinic #c]",
        '  node    MedicalClinic #c: Local business: eligible; recommended: openingHoursSpecification',
        '  node    BreadcrumbList: Breadcrumb: not eligible, missing itemListElement (at least two ListItems)',
        '  node    Thing: no Google rich result for this type',
        '',
      ].join('\n'),
    )
    expect(
      formatReport(
        validateJsonLd({
          '@context': 'https://schema.org',
          '@type': 'Organization',
          name: 'A',
          url: 'https://a.example/',
          logo: 'https://a.example/l.png',
          sameAs: 'https://b.example/',
          telephone: '+44',
          address: {'@type': 'PostalAddress'},
          description: 'd',
        }),
      ),
    ).toBe('  node    Organization: Organization: complete (no rich result of its own)\n')
    expect(formatReport(validateJsonLd('{'))).toMatch(
      /^ {2}error {3}1:2 \(root\) {2}The JSON does not parse: Expected property name or '}' {2}json-parse\n$/,
    )
    expect(formatReport(validateJsonLd('{"name": "x"}'))).toBe(
      '  error   @context  Missing @context: expected "https://schema.org"  context\n  node    (untyped): no Google rich result for this type\n',
    )
    expect(formatReport(validateJsonLd('{}'))).toBe(
      '  warning (root)  The document is empty ({}): it says nothing  empty-document\n',
    )
  })
})
