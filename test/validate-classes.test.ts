/**
 * Each false-alarm class and each real problem of the validator issue, both sides: the valid
 * form passes, the broken form is found.
 */
import {describe, expect, it} from 'vitest'
import {distance, Suggester, Terms} from '../src/validate/terms.js'
import {type Finding, formatReport, validateJsonLd} from '../src/validate.js'

const brief = (findings: readonly Finding[]) => findings.map(({rule, path}) => `${rule} ${path}`)
const schema = 'https://schema.org'
const all = (input: unknown) => {
  const report = validateJsonLd(input)
  return {
    errors: brief(report.errors),
    warnings: brief(report.warnings.filter(({rule}) => rule !== 'google-recommended')),
    notes: brief(report.notes),
  }
}
const clean = {errors: [], warnings: [], notes: []}

describe('false alarms that are no more', () => {
  it('reads schema.org’s aliases `type` and `id` as @type and @id', () => {
    const input = {
      '@context': schema,
      type: 'Organization',
      id: 'https://e.com/#org',
      name: 'E',
      founder: {type: 'Person', name: 'F', colour: 'x'},
    }
    expect(all(input)).toEqual({...clean, errors: ['unknown-property founder.colour']})
    expect(validateJsonLd(input).nodes[0]).toMatchObject({
      id: 'https://e.com/#org',
      types: ['Organization'],
    })
    // Not under another context, and not over the keyword itself.
    expect(
      all({'@context': {'@vocab': 'https://schema.org/'}, '@type': 'Thing', type: 'x'}).errors,
    ).toEqual(['unknown-property type'])
    // Types given both ways are merged (JSON-LD 1.1), in either order.
    for (const node of [
      {'@type': 'Thing', type: 'Place'},
      {type: 'Place', '@type': 'Thing'},
    ]) {
      const merged = validateJsonLd({'@context': schema, ...node, name: 'x'})
      expect([merged.errors, merged.nodes[0]?.types.length]).toEqual([[], 2])
    }
    expect(
      brief(validateJsonLd({'@context': schema, '@type': 'Thing', type: 'Best buy'}).errors),
    ).toEqual(['unknown-type @type[1]'])
    // Without a context nothing is an alias (the missing context is the error).
    expect(brief(validateJsonLd({type: 'Thing', name: 'x'}).errors)).toEqual([
      'context @context',
      'unknown-property type',
    ])
    // An @id given both ways is JSON-LD's “colliding keywords” error, in either order.
    for (const node of [
      {'@id': '#a', id: '#b'},
      {id: '#b', '@id': '#a'},
    ]) {
      const colliding = validateJsonLd({'@context': schema, '@type': 'Thing', ...node})
      expect(brief(colliding.errors)).toEqual(['colliding-keywords id'])
      expect(colliding.errors[0]?.message).toBe(
        'id stands for @id, which the node also has (JSON-LD: colliding keywords)',
      )
    }
  })

  it('reads aliases in a @graph and in arrays, and leaves a document without them as it is', () => {
    const report = validateJsonLd({
      '@context': schema,
      '@graph': [
        {type: 'Organization', id: '#o', name: 'O'},
        {type: 'WebSite', publisher: [{id: '#o'}, {id: '#p'}], name: 'W'},
        'not a node',
      ],
    })
    expect(brief(report.errors)).toEqual([
      'dangling-reference @graph[1].publisher[1]',
      'not-a-node @graph[2]',
    ])
    expect(report.nodes.map((node) => node.id ?? node.types.join())).toEqual(['#o', 'WebSite'])
    let deep: object = {type: 'Thing'}
    for (let level = 0; level < 600; level++) deep = {'@type': 'Thing', subjectOf: deep}
    expect(validateJsonLd({'@context': schema, ...deep}).errors.map(({rule}) => rule)).toEqual([
      'too-deep',
    ])
  })

  it('checks the range of a reference to a node typed in another vocabulary as nothing', () => {
    const report = validateJsonLd({
      '@context': [schema, {foaf: 'http://xmlns.com/foaf/0.1/'}],
      '@graph': [
        {'@id': '#a', '@type': 'foaf:Person'},
        {'@type': 'Article', headline: 'h', author: {'@id': '#a'}},
      ],
    })
    expect([report.errors, report.warnings.filter(({rule}) => rule === 'range')]).toEqual([[], []])
  })

  it('takes an object context’s own aliases and term definitions, and leaves @context alone', () => {
    const report = validateJsonLd({
      '@context': {
        '@vocab': 'https://schema.org/',
        '@language': 'en',
        kind: '@type',
        type: 'http://e.com/type',
        homepage: {'@id': 'https://schema.org/url', '@type': '@id'},
        nick: {'@id': 'http://xmlns.com/foaf/0.1/nick'},
        reverse: {'@reverse': 'https://schema.org/knows'},
      },
      kind: 'Thing',
      name: 'x',
      homepage: 'https://e.com/',
      nick: 'n',
    })
    expect(report.nodes[0]?.types).toEqual(['Thing'])
    expect(report.errors).toEqual([])
    expect(brief(report.notes)).toEqual(['not-checked nick'])
  })

  it('accepts action annotations (`query-input`, `*-output`) on known properties only', () => {
    const action = {
      '@context': schema,
      '@type': 'WebSite',
      url: 'https://e.com/',
      potentialAction: {
        '@type': 'SearchAction',
        target: 'https://e.com/?q={search_term_string}',
        'query-input': 'required name=search_term_string',
        'result-output': 'required',
      },
    }
    expect(all(action)).toEqual(clean)
    expect(
      all({...action, potentialAction: {'@type': 'SearchAction', 'quer-input': 'required'}}).errors,
    ).toEqual(['unknown-property potentialAction["quer-input"]'])
  })

  it('reads a prefix-only context and `schema:` terms; notes other vocabularies', () => {
    const prefixed = {
      '@context': {schema: 'https://schema.org/', dc: 'http://purl.org/dc/terms/'},
      '@type': 'schema:Person',
      'schema:name': 'A',
      'schema:colour': 'red',
      'dc:title': 'T',
      'http://xmlns.com/foaf/0.1/nick': 'a',
      name: 'dropped',
    }
    expect(all(prefixed)).toEqual({
      errors: ['unknown-property ["schema:colour"]'],
      warnings: ['unmapped-term name'],
      notes: ['not-checked ["dc:title"]', 'not-checked ["http://xmlns.com/foaf/0.1/nick"]'],
    })
    const messages = validateJsonLd(prefixed)
    expect(messages.notes[0]?.message).toBe(
      "The property dc:title is not schema.org's (http://purl.org/dc/terms/title): not checked",
    )
    expect(messages.notes[1]?.message).toBe(
      "The property http://xmlns.com/foaf/0.1/nick is not schema.org's (an IRI): not checked",
    )
    expect(messages.warnings[0]?.message).toBe(
      'name is not defined by the @context (it sets no @vocab): JSON-LD processors drop it',
    )
    // Beside another context, a plain term may be that context's.
    expect(
      all({
        '@context': ['https://w3id.org/security/v1', {schema: 'https://schema.org/'}],
        '@type': 'schema:Person',
        proof: 'x',
      }),
    ).toEqual({...clean, notes: ['not-checked proof']})
    // A type of another vocabulary, and one no vocabulary maps.
    expect(
      all({
        '@context': {schema: 'https://schema.org/', foaf: 'http://xmlns.com/foaf/0.1/'},
        '@type': ['foaf:Person', 'Person'],
      }),
    ).toEqual({
      errors: [],
      warnings: ['unmapped-term @type[1]'],
      notes: ['not-checked @type[0]'],
    })
  })

  it('checks what is schema.org under a second context, and notes the rest as not checked', () => {
    const credential = {
      '@context': ['https://www.w3.org/2018/credentials/v1', 'https://schema.org'],
      '@type': ['VerifiableCredential', 'EducationalOccupationalCredential'],
      credentialSubject: {'@type': 'Person', name: 'A'},
      issuanceDate: '2024-01-01T00:00:00Z',
      name: 'Degree',
      educationalLevel: 'Bachelor',
    }
    expect(all(credential)).toEqual({
      errors: [],
      warnings: [],
      notes: [
        'not-checked @type[0]',
        'pending-type @type[1]',
        'not-checked credentialSubject',
        'not-checked issuanceDate',
        'pending-property educationalLevel',
      ],
    })
    expect(validateJsonLd(credential).notes[0]?.message).toBe(
      "The type VerifiableCredential is not schema.org's (it may come from https://www.w3.org/2018/credentials/v1): not checked",
    )
    // Without the second context, the same terms are errors.
    expect(all({...credential, '@context': schema}).errors).toEqual([
      'unknown-type @type[0]',
      'unknown-property credentialSubject',
      'unknown-property issuanceDate',
    ])
  })

  it('takes {"@id"} as the value of a URL property; a relative one that names nothing elsewhere is an error', () => {
    const input = {
      '@context': schema,
      '@type': 'Organization',
      name: 'O',
      url: {'@id': 'https://e.com/'},
      logo: {'@id': '/logo.png'},
      sameAs: [{'@id': 'https://social.example/o'}],
      founder: {'@id': '#nobody'},
      image: {'@id': '_:b0'},
      parentOrganization: [{'@id': 'Person'}, {'@id': 'height'}, {'@id': 'Female'}],
    }
    expect(all(input)).toEqual({
      ...clean,
      errors: [
        'dangling-reference founder',
        'dangling-reference image',
        'dangling-reference parentOrganization[0]',
        'dangling-reference parentOrganization[1]',
        'dangling-reference parentOrganization[2]',
      ],
    })
    expect(validateJsonLd(input).errors[4]?.message).toBe(
      '@id Female names no node of the input; a relative @id is resolved against the page, not schema.org: write https://schema.org/Female',
    )
  })

  it('gives a superseded property with no domain one finding, not an empty domain one', () => {
    const report = validateJsonLd({
      '@context': schema,
      '@type': 'Person',
      name: 'A',
      interactionCount: '5 UserLikes',
    })
    expect(brief(report.errors)).toEqual(['superseded-property interactionCount'])
    expect(report.errors[0]?.message).toBe('interactionCount is superseded by interactionStatistic')
  })
})

describe('values against their range', () => {
  const article = (values: object) => ({
    '@context': schema,
    '@type': 'Article',
    headline: 'h',
    ...values,
  })

  it.each([
    ['datePublished', '2024-05-01'],
    ['datePublished', '2024-05'],
    ['datePublished', '2024'],
    ['datePublished', '2024-02-29T09:30:00+01:00'],
    ['datePublished', '2024-05-01T09:30:00.123Z'],
    ['datePublished', '2024-05-01T09:30'],
    ['dateModified', '2024-05-01T24:00:00'],
    ['timeRequired', 'PT1H30M'],
    ['timeRequired', 'P1DT2.5H'],
    ['timeRequired', 'P2W'],
    ['url', 'https://e.com/a'],
    ['url', '/a/b'],
    ['url', '//cdn.e.com/a'],
    ['url', 'mailto:a@e.com'],
    ['url', 'menu.html'],
    ['url', 'cover.JPG?w=2'],
    ['image', 'https://e.com/a.png'],
    ['image', 'N/A'],
    ['wordCount', 1200],
    ['wordCount', '1200'],
    ['commentCount', 3],
    ['temporalCoverage', 'the sixties'],
  ])('accepts %s: %j', (property, value) => {
    expect(all(article({[property]: value}))).toEqual(clean)
  })

  it.each([
    ['datePublished', '01/05/2024', 'Date (such as 2024-05-01) or DateTime'],
    ['datePublished', '2023-02-29', 'Date'],
    ['datePublished', '2024-13-01', 'Date'],
    ['datePublished', 'May 1, 2024', 'Date'],
    ['dateModified', '2024-05-01 09:30:00', 'ISO 8601 separates date and time with T'],
    ['dateModified', '2024-5-1T09:30:00', 'DateTime'],
    ['dateModified', '2024-05-01T9:30', 'DateTime'],
    ['timeRequired', '90 minutes', 'Duration (such as PT1H30M)'],
    ['timeRequired', 'PT', 'Duration'],
    ['timeRequired', 'P', 'Duration'],
    ['url', 'www.e.com', 'URL (such as https://example.com/)'],
    ['thumbnailUrl', 'N/A', 'URL'],
    ['url', '', 'URL'],
    ['wordCount', 'many', 'Integer (such as 3)'],
    ['wordCount', 2.5, 'expected an Integer'],
  ])('warns on %s: %j', (property, value, expected) => {
    const report = validateJsonLd(article({[property]: value}))
    expect(report.errors).toEqual([])
    const finding = report.warnings.find(({rule}) => rule === 'invalid-value')
    expect(finding?.path).toBe(property)
    expect(finding?.message).toContain(expected)
  })

  it('shortens a long value in the message', () => {
    const report = validateJsonLd(article({datePublished: 'x'.repeat(100)}))
    expect(report.warnings[0]?.message).toBe(
      `datePublished has "${'x'.repeat(57)}..."; expected Date (such as 2024-05-01) or DateTime (such as 2024-05-01T09:30:00+01:00)`,
    )
  })

  it('checks Number values, and leaves Text ranges alone', () => {
    const offer = (price: unknown) => ({
      '@context': schema,
      '@type': 'Offer',
      price,
      priceCurrency: 'GBP',
    })
    expect(all(offer('1,299.00'))).toEqual(clean)
    expect(all(offer(12.5))).toEqual(clean)
    const rating = (ratingValue: unknown) => ({
      '@context': schema,
      '@type': 'QuantitativeValue',
      value: ratingValue,
    })
    expect(all(rating('4.5'))).toEqual(clean)
    expect(all(rating('four'))).toEqual(clean)
    expect(
      all({'@context': schema, '@type': 'MonetaryAmount', currency: 'GBP', maxValue: 'lots'}),
    ).toEqual({...clean, warnings: ['invalid-value maxValue']})
  })

  it('checks latitude and longitude in range, as numbers or numeric text', () => {
    const geo = (latitude: unknown, longitude: unknown) => ({
      '@context': schema,
      '@type': 'GeoCoordinates',
      latitude,
      longitude,
    })
    expect(all(geo(51.5, '-0.12'))).toEqual(clean)
    expect(all(geo(-90, 180))).toEqual(clean)
    expect(all(geo(91, '-180.5'))).toEqual({
      ...clean,
      warnings: ['invalid-value latitude', 'invalid-value longitude'],
    })
    expect(all(geo('north', true)).warnings).toEqual([
      'invalid-value latitude',
      'invalid-value longitude',
    ])
    expect(validateJsonLd(geo(91, 0)).warnings[0]?.message).toBe(
      'latitude has 91; expected a number from -90 to 90',
    )
  })

  it('checks opens and closes as hh:mm[:ss]', () => {
    const hours = (opens: string, closes: string) => ({
      '@context': schema,
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: 'https://schema.org/Monday',
      opens,
      closes,
    })
    expect(all(hours('09:00', '17:30:00'))).toEqual(clean)
    expect(all(hours('00:00', '23:59:59+01:00'))).toEqual(clean)
    expect(all(hours('9:00', '5pm')).warnings).toEqual([
      'invalid-value opens',
      'invalid-value closes',
    ])
  })

  it('reads @value objects and checks each item of an array', () => {
    expect(
      all(article({datePublished: [{'@value': '2024-05-01'}, {'@value': 'yesterday'}]})).warnings,
    ).toEqual(['invalid-value datePublished[1]'])
  })

  it('warns, not errs, on a value of the wrong form: no property Google requires of the features checked here has a checked form', () => {
    const clinic = {
      '@context': schema,
      '@type': 'MedicalClinic',
      name: 'C',
      address: {'@type': 'PostalAddress', addressLocality: 'Leeds'},
      geo: {'@type': 'GeoCoordinates', latitude: 200, longitude: 0},
    }
    expect(all(clinic)).toEqual({...clean, warnings: ['invalid-value geo.latitude']})
  })
})

describe('other real problems', () => {
  const business = (address: unknown) => ({
    '@context': schema,
    '@type': 'Dentist',
    name: 'D',
    address,
  })

  it('errs on a top-level local business whose address is text or an empty object', () => {
    expect(all(business({'@type': 'PostalAddress', streetAddress: '1 High St'})).errors).toEqual([])
    for (const address of ['1 High St, Leeds', {'@type': 'PostalAddress'}, {}]) {
      const report = validateJsonLd(business(address))
      expect(brief(report.errors)).toEqual(['google-required address'])
      expect(report.errors[0]?.message).toBe(
        "Google's Local business rich result requires address as a PostalAddress (not text or an empty object)",
      )
      expect(report.nodes[0]?.google).toMatchObject({eligible: false})
    }
    // By reference to a node of the input.
    expect(
      all({
        '@context': schema,
        '@graph': [
          {...business({'@id': '#a'}), '@context': undefined},
          {'@id': '#a', '@type': 'PostalAddress', addressLocality: 'Leeds'},
        ],
      }).errors,
    ).toEqual([])
  })

  it('errs on an @id that is not a string, and on an empty @type', () => {
    expect(all({'@context': schema, '@type': 'Thing', '@id': 'https://e.com/#t'})).toEqual(clean)
    expect(all({'@context': schema, '@type': 'Thing', '@id': 5}).errors).toEqual(['invalid-id @id'])
    expect(all({'@context': schema, '@type': [], name: 'x'}).errors).toEqual(['empty-type @type'])
    expect(all({'@context': schema, '@type': '', name: 'x'}).errors).toEqual(['empty-type @type'])
  })

  it('never calls a feature eligible when a required property has errors', () => {
    const report = validateJsonLd({
      '@context': schema,
      '@type': 'BreadcrumbList',
      itemListElement: [
        {'@type': 'ListItem', name: 'Home', item: 'https://e.com/'},
        {'@type': 'ListItem', position: 2, name: 'Here'},
      ],
    })
    expect(report.nodes[0]?.google).toMatchObject({
      eligible: false,
      missingRequired: [],
      invalidRequired: ['itemListElement'],
    })
    expect(formatReport(report)).toContain(
      'node    BreadcrumbList: Breadcrumb: not eligible, errors in itemListElement\n',
    )
    // A WebPage's breadcrumb in a @graph, three steps down.
    const nested = validateJsonLd({
      '@context': schema,
      '@graph': [
        {
          '@type': 'WebPage',
          breadcrumb: {
            '@type': 'BreadcrumbList',
            itemListElement: [
              {'@type': 'ListItem', position: 1, name: 'Home', item: 'https://e.com/'},
              {'@type': 'ListItem', name: 'Here'},
            ],
          },
        },
      ],
    })
    expect(nested.nodes.map(({path, google}) => [path, google.feature && google.eligible])).toEqual(
      [
        ['@graph[0]', null],
        ['@graph[0].breadcrumb', false],
      ],
    )
  })

  it('suggests the term meant: “did you mean”', () => {
    const report = validateJsonLd({
      '@context': schema,
      '@type': ['Organisation', 'LocalBuisness', 'Xyzzy'],
      adress: 'x',
      Name: 'y',
      telephon: '1',
      qwertyuiop: 1,
      ab: 1,
    })
    expect(report.errors.map(({message}) => message)).toEqual([
      '"Organisation" is not a schema.org type; did you mean `Organization`?',
      '"LocalBuisness" is not a schema.org type; did you mean `LocalBusiness`?',
      '"Xyzzy" is not a schema.org type',
      'adress is not a schema.org property; did you mean `address`?',
      'Name is not a schema.org property; did you mean `name`?',
      'telephon is not a schema.org property; did you mean `telephone`?',
      'qwertyuiop is not a schema.org property',
      'ab is not a schema.org property',
    ])
    // One search a term, however often it is repeated.
    const many = validateJsonLd({
      '@context': schema,
      '@graph': Array.from({length: 5000}, () => ({'@type': 'Thing', adress: 'x'})),
    })
    expect(many.errors).toHaveLength(5000)
  })

  it('searches a bounded number of distinct terms a validation', () => {
    const suggester = new Suggester(new Terms(), 2)
    expect([suggester.property('adress'), suggester.type('Organisation')]).toEqual([
      'address',
      'Organization',
    ])
    // Searched already: answered again; a third term: over the budget, no suggestion.
    expect([suggester.property('adress'), suggester.property('telephon')]).toEqual([
      'address',
      undefined,
    ])
  })

  it('measures edit distance with swaps, and stops past the limit', () => {
    expect(distance('adress', 'address', 2)).toBe(1)
    expect(distance('naem', 'name', 2)).toBe(1)
    expect(distance('abc', 'abcdef', 2)).toBe(3)
    expect(distance('abcdef', 'uvwxyz', 2)).toBe(3)
    expect(distance('kitten', 'sitting', 3)).toBe(3)
  })
})

describe('notes: a third severity', () => {
  it('notes pending terms, and counts every severity', () => {
    const report = validateJsonLd({
      '@context': schema,
      '@type': 'MedicalCode',
      codeValue: 'M54.3',
      colour: 'x',
    })
    expect(report.totals).toEqual({errors: 1, warnings: 0, notes: 1})
    expect(formatReport(report)).toBe(
      [
        '  error   colour  colour is not a schema.org property; did you mean `color`?  unknown-property [MedicalCode]',
        '  note    codeValue  codeValue is pending (https://pending.schema.org)  pending-property [MedicalCode]',
        '  node    MedicalCode: no Google rich result for this type',
        '',
      ].join('\n'),
    )
  })
})

describe('options: ignore and maxFindings', () => {
  const noisy = {
    '@context': schema,
    '@type': 'MedicalCode',
    codeValue: 'M54.3',
    colour: 'x',
    flavour: 'y',
    datePublished: 'z',
  }

  it('leaves out the rules ignored', () => {
    const report = validateJsonLd(noisy, {ignore: ['unknown-property', 'pending-property']})
    expect(brief(report.errors)).toEqual(['domain datePublished'])
    expect(report.totals).toEqual({errors: 1, warnings: 1, notes: 0})
  })

  it('caps the findings, errors first, and says how many are not shown', () => {
    const report = validateJsonLd(noisy, {maxFindings: 2})
    expect(brief(report.errors)).toEqual(['unknown-property colour', 'unknown-property flavour'])
    expect([report.warnings, report.notes]).toEqual([[], []])
    expect(report.totals).toEqual({errors: 3, warnings: 1, notes: 1})
    expect(report.valid).toBe(false)
    expect(formatReport(report)).toContain(
      '  ...     3 more findings not shown (3 errors, 1 warnings, 1 notes in all)\n',
    )
    expect(formatReport(validateJsonLd(noisy, {maxFindings: 4}))).toContain(
      '  ...     1 more finding not shown',
    )
  })
})
