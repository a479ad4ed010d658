import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {buildJsonLd} from '../src/index.js'
import {loadVocabulary} from '../src/validate/vocabulary.js'
import {type Finding, validateJsonLd} from '../src/validate.js'

/**
 * The vocabulary and graph findings of `validateJsonLd` (Google's rules are tested in
 * validate.test.ts), as `{rule, path, message}`.
 */
function checkJsonLd(document: unknown) {
  const report = validateJsonLd(document)
  const brief = (findings: readonly Finding[]) =>
    findings
      .filter((finding) => !finding.rule.startsWith('google-'))
      .map(({rule, path, message}) => ({rule, path, message}))
  return {
    errors: brief(report.errors),
    warnings: brief(report.warnings),
    notes: brief(report.notes),
  }
}

/** A document of the given nodes, with the schema.org context. */
function graph(...nodes: object[]): object {
  return {'@context': 'https://schema.org', '@graph': nodes}
}

/** Findings as `rule path`, for compact expectations. */
function brief(findings: readonly {rule: string; path: string}[]): string[] {
  return findings.map(({rule, path}) => `${rule} ${path}`)
}

describe('the schema.org vocabulary index', () => {
  const vocabulary = loadVocabulary()

  it('is release 30.0', () => {
    expect(vocabulary.release).toBe('30.0')
  })

  it('holds data types, enumeration members and members that are also types', () => {
    expect(vocabulary.classes.get('URL')).toEqual(['Text'])
    expect(vocabulary.classes.get('Integer')).toEqual(['Number'])
    expect(vocabulary.members.get('Text')).toEqual(['DataType'])
    expect(vocabulary.members.get('Musculoskeletal')).toEqual(['MedicalSpecialty'])
    expect(vocabulary.members.get('Physiotherapy')).toEqual(['MedicalSpecialty'])
    expect(vocabulary.classes.get('Physiotherapy')).toEqual(['MedicalBusiness'])
    expect(vocabulary.properties.get('codeValue')).toEqual({
      domain: ['CategoryCode', 'MedicalCode'],
      range: ['Text'],
    })
    expect(vocabulary.pending.has('codeValue')).toBe(true)
    expect(vocabulary.supersededBy.get('branchOf')).toBe('parentOrganization')
    expect(vocabulary.classes.has('constructor')).toBe(false)
  })
})

describe('validateJsonLd: vocabulary and graph errors', () => {
  it('finds nothing in a clean document', () => {
    const clean = graph(
      {
        '@type': 'MedicalClinic',
        '@id': '#clinic',
        name: 'Clinic',
        address: {'@type': 'PostalAddress', addressLocality: 'Leeds', addressCountry: 'GB'},
        geo: {'@type': 'GeoCoordinates', latitude: 53.8, longitude: -1.55},
        openingHours: ['Mo-Fr 09:00-17:00'],
        medicalSpecialty: [
          'https://schema.org/Physiotherapy',
          {'@id': 'https://schema.org/Musculoskeletal'},
        ],
        availableService: {'@id': '#therapy'},
        isAccessibleForFree: false,
      },
      {'@type': ['MedicalTherapy', 'PhysicalTherapy'], '@id': '#therapy', name: 'Physical therapy'},
      {
        '@type': 'BreadcrumbList',
        itemListElement: [
          {'@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.com/'},
          {'@type': 'ListItem', position: 2, name: 'Clinic'},
        ],
      },
    )
    expect(checkJsonLd(clean)).toEqual({errors: [], warnings: [], notes: []})
  })

  it.each([
    ['https://schema.org'],
    ['https://schema.org/'],
    ['http://schema.org'],
    [['https://schema.org', {'@language': 'en'}]],
    [{'@vocab': 'https://schema.org/'}],
    ['https://www.schema.org'],
    ['http://health-lifesci.schema.org/'],
  ])('accepts the schema.org context %j', (context) => {
    expect(checkJsonLd({'@context': context, '@type': 'Thing', name: 'x'})).toEqual({
      errors: [],
      warnings: [],
      notes: [],
    })
  })

  it.each([
    [undefined, 'Missing @context: expected "https://schema.org"'],
    [{'@language': 'en'}, 'Expected @context "https://schema.org", found {"@language":"en"}'],
    [
      {'@vocab': 'http://schema.org'},
      '@vocab "http://schema.org" lacks the final slash: name expands to http://schema.orgname',
    ],
  ])(
    'requires the schema.org context (%j), and checks the rest as schema.org',
    (context, message) => {
      const {errors} = checkJsonLd({'@context': context, '@type': 'Thing', name: 'x', nam: 'y'})
      expect(brief(errors)).toEqual(['context @context', 'unknown-property nam'])
      expect(errors[0]?.message).toBe(message)
    },
  )

  it.each([
    ['https://example.com'],
    [['https://example.com/context.jsonld']],
    [{'@vocab': 'https://example.com/'}],
    [{contao: 'https://schema.contao.org/'}],
  ])('notes a document of another vocabulary (%j) as not checked', (context) => {
    const report = checkJsonLd({'@context': context, '@type': 'contao:Page', title: 'x'})
    expect(report).toEqual({
      errors: [],
      warnings: [],
      notes: [
        {
          rule: 'not-checked',
          path: '@context',
          message: `The @context names no schema.org vocabulary (${JSON.stringify(context)}): the document is not checked`,
        },
      ],
    })
  })

  it('reads Google’s old schema.googleapis.com context as schema.org, with a warning', () => {
    const report = checkJsonLd({
      '@context': 'http://schema.googleapis.com/',
      '@type': 'MusicGroup',
      nam: 'x',
    })
    expect(brief(report.errors)).toEqual(['unknown-property nam'])
    expect(report.warnings).toEqual([
      {
        rule: 'context',
        path: '@context',
        message:
          'http://schema.googleapis.com/ is not schema.org\'s context URL: Google reads it as schema.org, other consumers may not; write "https://schema.org"',
      },
    ])
  })

  it('reports an unknown type, in an array of types too', () => {
    const {errors} = checkJsonLd(
      graph({'@type': 'Thing'}, {'@type': ['MedicalCondition', 'Sciatica'], name: 'Sciatica'}),
    )
    expect(brief(errors)).toEqual(['unknown-type @graph[1].@type[1]'])
    expect(errors[0]?.message).toContain('"Sciatica"')
  })

  it('reports an unknown property, in nested nodes too', () => {
    const {errors} = checkJsonLd(
      graph({
        '@type': 'MedicalClinic',
        diagnosisCode: 'M54.3',
        address: {'@type': 'PostalAddress', town: 'Leeds'},
      }),
    )
    expect(brief(errors)).toEqual([
      'unknown-property @graph[0].diagnosisCode',
      'unknown-property @graph[0].address.town',
    ])
  })

  it('reports a property outside the domain of the node’s types and their supertypes', () => {
    const {errors} = checkJsonLd(
      graph(
        {'@type': 'MedicalWebPage', riskFactor: {'@type': 'MedicalRiskFactor', name: 'Age'}},
        {'@type': 'Person', diagnosis: {'@type': 'MedicalCondition', name: 'Sciatica'}},
        // Inherited: openingHours from LocalBusiness, via MedicalBusiness.
        {'@type': 'MedicalClinic', openingHours: 'Mo-Fr 09:00-17:00'},
        // One of several types is enough: diagnosis is a property of Patient.
        {
          '@type': ['Person', 'Patient'],
          diagnosis: {'@type': 'MedicalCondition', name: 'Sciatica'},
        },
      ),
    )
    expect(brief(errors)).toEqual(['domain @graph[0].riskFactor', 'domain @graph[1].diagnosis'])
    expect(errors[0]?.message).toContain('MedicalWebPage')
  })

  it('reports superseded types and properties, naming the replacement', () => {
    const {errors} = checkJsonLd(
      graph(
        {'@type': 'UserBlocks'},
        {'@type': 'MedicalOrganization', employees: {'@type': 'Person'}},
      ),
    )
    expect(errors).toEqual([
      {
        rule: 'superseded-type',
        path: '@graph[0].@type',
        message: expect.stringContaining('InteractionCounter'),
      },
      {
        rule: 'superseded-property',
        path: '@graph[1].employees',
        message: expect.stringContaining('superseded by employee'),
      },
    ])
  })

  it('reports an @id reference to no node of the document', () => {
    const {errors} = checkJsonLd(
      graph(
        {
          '@type': 'MedicalCondition',
          '@id': '#condition',
          riskFactor: [{'@type': 'MedicalRiskFactor', name: 'Age'}, {'@id': '#obesity'}],
        },
        {'@type': 'MedicalWebPage', about: {'@id': '#condition'}},
      ),
    )
    expect(brief(errors)).toEqual(['dangling-reference @graph[0].riskFactor[1]'])
    expect(errors[0]?.message).toContain('#obesity')
  })

  it('notes an @id given two different literal values, not one repeated verbatim', () => {
    const node = {'@type': 'Organization', '@id': '#org', name: 'Spine'}
    const {errors, notes} = checkJsonLd(
      graph(node, {...node}, {'@type': 'WebSite', publisher: {...node, name: 'Other'}}),
    )
    expect(errors).toEqual([])
    expect(brief(notes)).toEqual(['conflicting-id @graph[2].publisher.name'])
    expect(notes[0]?.message).toContain('@graph[0]')
  })
})

describe('validateJsonLd: vocabulary warnings', () => {
  it('notes pending types and properties', () => {
    const {errors, warnings, notes} = checkJsonLd(
      graph({'@type': 'MedicalCode', codeValue: 'M54.3'}, {'@type': 'BioChemEntity', name: 'APP'}),
    )
    expect([errors, warnings]).toEqual([[], []])
    expect(brief(notes)).toEqual([
      'pending-property @graph[0].codeValue',
      'pending-type @graph[1].@type',
    ])
  })

  it('warns on nodes and references outside the range', () => {
    const {errors, warnings} = checkJsonLd(
      graph(
        {'@type': 'Person', '@id': '#person'},
        {'@type': 'MedicalTherapy', '@id': '#therapy'},
        {
          '@type': 'MedicalCondition',
          possibleTreatment: [
            {'@id': '#person'},
            {'@id': '#therapy'},
            {'@type': 'Drug'},
            {'@type': 'Place'},
            {'@type': 'PhysicalTherapy'},
          ],
        },
      ),
    )
    expect(errors).toEqual([])
    expect(brief(warnings)).toEqual([
      'range @graph[2].possibleTreatment[0]',
      'range @graph[2].possibleTreatment[3]',
    ])
  })

  it('warns on text where the range has no text data type', () => {
    const {errors, warnings} = checkJsonLd(
      graph({
        '@type': 'Review',
        author: 'Liam',
        name: 'Great',
        url: 'https://example.com/',
        datePublished: '2020-06-26',
      }),
    )
    expect(errors).toEqual([])
    expect(warnings).toEqual([
      {rule: 'text-value', path: '@graph[0].author', message: expect.stringContaining('Person')},
    ])
  })

  it('warns on an enumeration member outside the range', () => {
    const {errors, warnings} = checkJsonLd(
      graph({
        '@type': 'MedicalClinic',
        medicalSpecialty: [
          'https://schema.org/Musculoskeletal',
          'https://schema.org/Clinician',
          {'@id': 'https://schema.org/Patient'},
          {'@id': 'https://schema.org/Physiotherapy'},
        ],
      }),
    )
    // https://schema.org/Patient is a type, not a member: a reference to no node of the input.
    expect(errors).toEqual([])
    expect(warnings).toEqual([
      {
        rule: 'enumeration-member',
        path: '@graph[0].medicalSpecialty[1]',
        message: expect.stringContaining('MedicalAudienceType'),
      },
      {
        rule: 'unresolved-reference',
        path: '@graph[0].medicalSpecialty[2]',
        message: expect.stringContaining('https://schema.org/Patient'),
      },
    ])
  })

  it('warns on numbers and booleans outside the range', () => {
    const {errors, warnings} = checkJsonLd(
      graph({
        '@type': 'BlogPosting',
        wordCount: 773,
        isAccessibleForFree: true,
        headline: 5,
        author: {'@type': 'Person', name: false},
      }),
    )
    expect(errors).toEqual([])
    expect(brief(warnings)).toEqual([
      'literal-type @graph[0].headline',
      'literal-type @graph[0].author.name',
    ])
  })
})

describe('the official schema.org examples', () => {
  // The health-lifesci examples (copied from shared/schemaorg/examples; see SOURCES.md there). They are not strictly
  // range-clean, which schema.org accepts: warnings, no errors. A missing file fails the test.
  const examples = new URL('fixtures/schemaorg-examples/', import.meta.url)
  const expected: Record<string, string[]> = {
    'BioChemEntity-MedicalCode-eg-0466.jsonld': [],
    'Dentist-eg-0347.jsonld': ['text-value review[0].author', 'text-value review[1].author'],
    'MedicalCondition-eg-0223.jsonld': ['text-value code.code'],
    'MedicalScholarlyArticle-eg-0222.jsonld': [
      'text-value about[0].code.code',
      'enumeration-member audience',
      'text-value author.affiliation',
    ],
    'MedicalWebPage-eg-0225.jsonld': [
      'text-value mainContentOfPage[0]',
      'text-value mainContentOfPage[1]',
      'text-value audience',
    ],
  }

  it.each(Object.entries(expected))('%s gives no errors', (file, warnings) => {
    const document: unknown = JSON.parse(readFileSync(new URL(file, examples), 'utf8'))
    const result = checkJsonLd(document)
    expect(result.errors).toEqual([])
    expect(brief(result.warnings)).toEqual(warnings)
  })
})

describe('our graph', () => {
  it('with the defaults: no errors, only the known warnings', () => {
    const {errors, warnings, notes} = checkJsonLd(buildJsonLd({siteUrl: 'https://example.com'}))
    expect([errors, warnings]).toEqual([[], []])
    expect(brief(notes)).toEqual([
      // codeValue is pending; MedicalCode has no other property for the code itself.
      'pending-property @graph[6].code[0].codeValue',
      'pending-property @graph[6].code[1].codeValue',
      'pending-property @graph[6].code[2].codeValue',
    ])
  })

  it('for a host with its own clinic and locations: no errors, only the known warnings', () => {
    const document = buildJsonLd({
      siteUrl: 'https://clinic.example/blog/',
      path: '/sciatica',
      dateModified: '2024-05-01',
      image: ['https://clinic.example/a.jpg'],
      clinic: {
        name: 'Example Spine',
        telephone: '+442079460958',
        url: 'https://clinic.example/',
        logo: 'https://clinic.example/logo.png',
        sameAs: ['https://social.example/spine'],
        medicalSpecialty: ['Musculoskeletal', 'Physiotherapy'],
        services: ['physical-therapy', 'nerve-glides'],
        locations: [
          {
            address: {
              addressLocality: 'London',
              addressCountry: 'GB',
              streetAddress: '1 High St',
              postalCode: 'N1 1AA',
            },
            geo: {latitude: 51.5, longitude: -0.1},
            openingHours: ['Mo-Fr 09:00-17:00'],
          },
          {address: {addressLocality: 'Leeds', addressCountry: 'GB'}},
          {
            id: 'leeds-north',
            name: 'Example Spine North',
            telephone: '+441132345678',
            address: {addressLocality: 'Leeds', addressCountry: 'GB'},
          },
        ],
      },
    })
    const {errors, warnings, notes} = checkJsonLd(document)
    expect([errors, warnings]).toEqual([[], []])
    expect(brief(notes)).toEqual([
      'pending-property @graph[7].code[0].codeValue',
      'pending-property @graph[7].code[1].codeValue',
      'pending-property @graph[7].code[2].codeValue',
    ])
  })
})
