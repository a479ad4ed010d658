import {describe, expect, it, vi} from 'vitest'
import {DocumentCheck} from '../src/validate/check.js'
import {type Finding, validateJsonLd} from '../src/validate.js'

const brief = (findings: readonly Finding[]) =>
  findings.map(({rule, document, path}) => `${rule} ${document} ${path}`)
const graph = (...nodes: object[]) => ({'@context': 'https://schema.org', '@graph': nodes})
const script = (json: unknown) =>
  `<script type="application/ld+json">${JSON.stringify(json)}</script>`

describe('validateJsonLd on markup as it is found in the wild', () => {
  it('merges partial definitions of one @id rather than calling them conflicts', () => {
    const report = validateJsonLd(
      graph(
        {'@type': 'Organization', '@id': 'https://e.com/#org', name: 'E', url: 'https://e.com/'},
        {
          '@type': 'Article',
          headline: 'h',
          publisher: {'@type': 'Organization', '@id': 'https://e.com/#org'},
        },
        {'@type': 'WebPage', publisher: {'@id': 'https://e.com/#org', name: 'E'}},
      ),
    )
    expect(report.errors).toEqual([])
  })

  it('resolves @ids across the scripts of a page', () => {
    const report = validateJsonLd(
      `<!doctype html>${script({'@context': 'https://schema.org', '@type': 'Organization', '@id': '#org', name: 'E'})}${script({'@context': 'https://schema.org', '@type': 'WebSite', publisher: {'@id': '#org'}})}`,
    )
    expect(report.errors).toEqual([])
    expect(report.documents).toBe(2)
  })

  it('warns of an absolute @id defined elsewhere; errs on a relative or blank one defined nowhere', () => {
    const report = validateJsonLd(
      graph({
        '@type': 'Article',
        author: [{'@id': 'https://e.com/about#me'}, {'@id': '#me'}, {'@id': '_:b0'}],
        additionalType: {'@id': 'http://www.productontology.org/id/Shoe'},
      }),
    )
    expect(brief(report.errors)).toEqual([
      'dangling-reference 0 @graph[0].author[1]',
      'dangling-reference 0 @graph[0].author[2]',
    ])
    // additionalType takes a URL: an {"@id"} there is an IRI, such a value.
    expect(brief(report.warnings).filter((line) => line.startsWith('unresolved'))).toEqual([
      'unresolved-reference 0 @graph[0].author[0]',
    ])
  })

  it('reads a top-level JSON array as one document an item, in text and in scripts', () => {
    const items = [
      {'@context': 'https://schema.org', '@type': 'Thing', name: 'a'},
      {'@context': 'https://schema.org', '@type': 'Thing', nam: 'b'},
    ]
    for (const input of [JSON.stringify(items), `<p>${script(items)}</p>`]) {
      const report = validateJsonLd(input)
      expect(report.documents).toBe(2)
      expect(brief(report.errors)).toEqual(['unknown-property 1 nam'])
    }
  })

  it('reports a document nested too deeply, and checks the others', () => {
    let deep: object = {'@type': 'Thing', name: 'bottom'}
    for (let level = 0; level < 20_000; level++) deep = {'@type': 'CreativeWork', subjectOf: deep}
    const report = validateJsonLd([
      {'@context': 'https://schema.org', ...deep},
      {'@context': 'https://schema.org', '@type': 'Thing', colour: 'x'},
    ])
    expect(report.errors.map(({rule, document}) => `${rule} ${document}`)).toEqual([
      'too-deep 0',
      'unknown-property 1',
    ])
    expect(report.errors[0]?.path).toBe(Array(501).fill('subjectOf').join('.'))
    expect(report.errors[0]?.message).toBe(
      'The document nests more than 500 levels deep: what is below is not checked',
    )
  })

  it('reports arrays nested too deeply in a value and in a graph, without a stack overflow', () => {
    let deep: unknown = 'x'
    for (let level = 0; level < 100_000; level++) deep = [deep]
    const report = validateJsonLd({
      '@context': 'https://schema.org',
      '@graph': [{'@type': 'Thing', name: deep}],
    })
    expect(report.errors.map(({rule}) => rule)).toEqual(['too-deep'])
  })

  it('reads a page nested 200,000 elements deep (no tree is built)', () => {
    const report = validateJsonLd(
      `<!doctype html>${'<div>'.repeat(200_000)}${script({'@context': 'https://schema.org', '@type': 'Thing', name: 'x'})}`,
    )
    expect(report).toMatchObject({documents: 1, errors: []})
  })

  it('says which Google rich results it does not check', () => {
    const report = validateJsonLd(
      graph({'@type': 'Product', name: 'Shoe'}, {'@type': 'Recipe', name: 'Soup'}),
    )
    expect(report.nodes.map((node) => node.google)).toEqual([
      {
        feature: null,
        note: 'Google has a rich result for Product; this validator does not check its requirements',
      },
      {
        feature: null,
        note: 'Google has a rich result for Recipe; this validator does not check its requirements',
      },
    ])
  })

  it('checks Google’s requirements only where Google reads a node as that feature', () => {
    const report = validateJsonLd({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      breadcrumb: {'@type': 'BreadcrumbList', itemListElement: []},
      mainEntity: {'@type': 'BlogPosting', headline: 'h'},
      provider: {'@type': 'LocalBusiness', name: 'x'},
      review: {
        '@type': 'Review',
        itemReviewed: {'@type': 'Dentist', name: 'd'},
        author: {'@type': 'Person', name: 'p', worksFor: {'@type': 'LocalBusiness'}},
      },
      publisher: {'@type': 'Organization', name: 'o'},
    })
    // The LocalBusiness nodes are a provider, a reviewed item and an employer, not local-business
    // results: no address is required of them.
    expect(brief(report.errors)).toEqual(['google-required 0 breadcrumb.itemListElement'])
    expect(report.nodes.map((node) => [node.path, node.google.feature])).toEqual([
      ['', null],
      ['breadcrumb', 'Breadcrumb'],
      ['mainEntity', 'Article'],
    ])
  })

  it('takes schema.org’s Role pattern', () => {
    const report = validateJsonLd({
      '@context': 'https://schema.org',
      '@type': 'Movie',
      name: 'M',
      actor: {'@type': 'PerformanceRole', roleName: 'Lead', actor: {'@type': 'Person', name: 'A'}},
      author: {
        '@type': 'Role',
        roleName: 'editor',
        author: {'@type': 'Person', name: 'B'},
        colour: 'x',
      },
    })
    expect(brief(report.errors)).toEqual(['unknown-property 0 author.colour'])
    expect(report.warnings.filter((finding) => finding.rule === 'range')).toEqual([])
  })

  it('warns, not errs, on a superseded term Google still documents (menu)', () => {
    const report = validateJsonLd({
      '@context': 'https://schema.org',
      '@type': 'Restaurant',
      name: 'R',
      address: {'@type': 'PostalAddress', addressLocality: 'x'},
      menu: 'https://r.example/menu',
    })
    expect(report.errors).toEqual([])
    expect(report.warnings.find((finding) => finding.rule === 'superseded-property')?.message).toBe(
      "menu is superseded by hasMenu (Google's documentation still lists menu)",
    )
  })

  it('says what text should be where it expects a member, a number or a boolean', () => {
    const report = validateJsonLd(
      graph(
        {'@type': 'OpeningHoursSpecification', dayOfWeek: 'Monday', opens: '09:00'},
        {
          '@type': 'CreativeWork',
          isAccessibleForFree: 'False',
          isFamilyFriendly: 'yes',
          wordCount: 'eighty-nine',
        },
      ),
    )
    expect(report.warnings.map((finding) => finding.message)).toEqual([
      'dayOfWeek has "Monday"; write the member as https://schema.org/Monday',
      'isAccessibleForFree has "False"; write the JSON boolean false',
      'isFamilyFriendly has text where it expects Boolean',
      'wordCount has "eighty-nine"; expected Integer (such as 3)',
    ])
  })

  it('reads scripts among comments, CDATA, declarations and entities, locating each', () => {
    const page = [
      '<!doctype html><?xml-stylesheet href="a"?>',
      '<!-- <script type="application/ld+json">{"no": "t"}</script> -->',
      '<p>Caf&eacute; &amp; <![CDATA[x]]></p>',
      '<script type="text/plain" type="application/ld+json">{}</script>',
      `  <script type="application/ld&#x2B;json">${JSON.stringify({'@context': 'https://schema.org', '@type': 'Thing', colour: 'x'})}`,
    ].join('\n')
    const report = validateJsonLd(page)
    expect(report.documents).toBe(1)
    expect(report.errors).toMatchObject([{rule: 'unknown-property', line: 5, column: 3}])
  })

  it('locates JSON syntax errors by line and column, with or without a position from V8', () => {
    const errorOf = (text: string) => {
      const [finding] = validateJsonLd(text, {format: 'json'}).errors
      return [finding?.line, finding?.column, finding?.message]
    }
    expect(errorOf('[1,\n 2,,]')).toEqual([2, 4, "The JSON does not parse: Unexpected token ','"])
    expect(errorOf('{\n  "a": 1\n  "b": 2}')).toEqual([
      3,
      3,
      "The JSON does not parse: Expected ',' or '}' after property value",
    ])
    expect(errorOf('')).toEqual([1, 1, 'The JSON does not parse: Unexpected end of JSON input'])
    expect(errorOf('{"a": 1} x')).toEqual([
      1,
      10,
      'The JSON does not parse: Unexpected non-whitespace character after JSON',
    ])
    expect(errorOf(`[${'1, '.repeat(20)}\n <]`)).toEqual([
      2,
      2,
      "The JSON does not parse: Unexpected token '<'",
    ])
  })

  it('reads JSON text with a byte order mark, and HTML that starts with text', () => {
    expect(validateJsonLd('\uFEFF{"@context": "https://schema.org", "@type": "Thing"}').valid).toBe(
      true,
    )
    expect(
      validateJsonLd(`Hello ${script({'@context': 'https://schema.org', '@type': 'Thing'})}`)
        .documents,
    ).toBe(1)
  })

  it('quotes keys that are not plain names in paths', () => {
    const report = validateJsonLd({
      '@context': 'https://schema.org',
      '@type': 'Thing',
      'http://schema.org/bogus.prop': 1,
    })
    expect(brief(report.errors)).toEqual(['unknown-property 0 ["http://schema.org/bogus.prop"]'])
  })

  it('checks the nodes of a nested @graph', () => {
    const report = validateJsonLd({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: 'd',
      '@graph': [{'@type': 'Thing', bogusProp: 1}],
    })
    expect(brief(report.errors)).toEqual(['unknown-property 0 @graph[0].bogusProp'])
  })

  it('checks a @graph nested in a node of the graph', () => {
    const report = validateJsonLd(
      graph({'@type': 'Dataset', name: 'd', '@graph': [{'@type': 'Thing', bogusProp: 1}]}),
    )
    expect(brief(report.errors)).toEqual(['unknown-property 0 @graph[0].@graph[0].bogusProp'])
  })

  it('notes a literal given two values by the scripts of a page, naming the first script', () => {
    const organization = (name: string) =>
      script({'@context': 'https://schema.org', '@type': 'Organization', '@id': '#org', name})
    const report = validateJsonLd(`<!doctype html>${organization('A')}\n${organization('B')}`)
    expect(report.errors).toEqual([])
    expect(report.notes).toMatchObject([
      {
        rule: 'conflicting-id',
        severity: 'note',
        document: 1,
        path: 'name',
        message: '@id #org gives this property another value than at #0 name; JSON-LD keeps both',
        line: 2,
        column: 1,
      },
    ])
  })

  it('throws what is not a stack overflow: a bug is not a finding', () => {
    const spy = vi.spyOn(DocumentCheck.prototype, 'run').mockImplementation(() => {
      throw new TypeError('a bug')
    })
    try {
      expect(() => validateJsonLd({'@context': 'https://schema.org', '@type': 'Thing'})).toThrow(
        'a bug',
      )
    } finally {
      spy.mockRestore()
    }
  })

  it('accepts schema.org’s context file as the context', () => {
    expect(
      validateJsonLd({'@context': 'https://schema.org/docs/jsonldcontext.json', '@type': 'Thing'})
        .errors,
    ).toEqual([])
  })
})
