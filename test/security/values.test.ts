/**
 * Issue 14, items 5 and 6: URLs are published in their normalized form and refused when they are
 * not well-formed; every text option is well-formed Unicode without control characters, within
 * a documented length. Each failed on v0.1: a NUL went
 * out in `og:image` and the JSON-LD, a lone surrogate made the head not well-formed, a telephone
 * took CR and vertical tab as separators and 10 MB.
 */
import fc from 'fast-check'
import type {Element} from 'hast'
import {selectAll} from 'hast-util-select'
import {toString as hastToString} from 'hast-util-to-string'
import * as v from 'valibot'
import {describe, expect, it} from 'vitest'
import type {ClinicInput, PageOptions} from '../../src/index.js'
import {buildJsonLd} from '../../src/index.js'
import {renderArticle, renderHead} from '../../src/render.js'
import {CLEAN_LINE_EXPECTED, httpUrlSchema, LIMITS} from '../../src/values.js'
import {errorOf} from '../helpers/errors.js'
import {attacks} from '../helpers/hostile.js'
import {parseHtml} from '../helpers/html.js'

const siteUrl = 'https://example.com'
const location = {address: {addressLocality: 'Macon', addressCountry: 'US' as const}}
const clinic = {
  name: 'Host',
  telephone: '404-555-0100',
  locations: [location],
} satisfies ClinicInput

/** Options with `value` at `field`: every URL and text option a host gives. */
const fields: Record<string, (value: string) => PageOptions> = {
  siteUrl: (value) => ({siteUrl: value}),
  image: (value) => ({siteUrl, image: [value]}),
  'clinic.url': (value) => ({siteUrl, clinic: {...clinic, url: value}}),
  'clinic.logo': (value) => ({siteUrl, clinic: {...clinic, logo: value}}),
  'clinic.sameAs': (value) => ({siteUrl, clinic: {...clinic, sameAs: [value]}}),
  'clinic.locations.url': (value) => ({
    siteUrl,
    clinic: {...clinic, locations: [{...location, url: value}]},
  }),
  'reviewedBy.url': (value) => ({
    siteUrl,
    reviewedBy: {name: 'Jane Doe', url: value},
    lastReviewed: '2024-05-01',
  }),
  'citation.url': (value) => ({siteUrl, citation: [{name: 'A study', url: value}]}),
  publishingPrinciples: (value) => ({siteUrl, publishingPrinciples: value}),
  isBasedOn: (value) => ({siteUrl, isBasedOn: value}),
}
const urlFields = Object.entries(fields)

const textFields: [string, number, (value: string) => PageOptions][] = [
  ['siteName', LIMITS.name, (value) => ({siteUrl, siteName: value})],
  ['homeName', LIMITS.name, (value) => ({siteUrl, homeName: value})],
  ['title', LIMITS.title, (value) => ({siteUrl, title: value})],
  ['tocLabel', LIMITS.name, (value) => ({siteUrl, tocLabel: value})],
  ['articleSection', LIMITS.name, (value) => ({siteUrl, articleSection: value})],
  [
    'breadcrumb[0].name',
    LIMITS.name,
    (value) => ({siteUrl, breadcrumb: [{name: value, path: '/a/'}]}),
  ],
  [
    'reviewedBy.jobTitle',
    LIMITS.name,
    (value) => ({siteUrl, reviewedBy: {name: 'J', jobTitle: value}, lastReviewed: '2024-05-01'}),
  ],
  [
    'citation[0].name',
    LIMITS.title,
    (value) => ({siteUrl, citation: [{name: value, url: siteUrl}]}),
  ],
  ['clinic.name', LIMITS.name, (value) => ({siteUrl, clinic: {...clinic, name: value}})],
  [
    'clinic.locations[0].name',
    LIMITS.name,
    (value) => ({siteUrl, clinic: {...clinic, locations: [{...location, name: value}]}}),
  ],
  [
    'clinic.locations[0].address.streetAddress',
    LIMITS.name,
    (value) => ({
      siteUrl,
      clinic: {...clinic, locations: [{address: {...location.address, streetAddress: value}}]},
    }),
  ],
  [
    'clinic.locations[0].address.addressLocality',
    LIMITS.name,
    (value) => ({
      siteUrl,
      clinic: {...clinic, locations: [{address: {...location.address, addressLocality: value}}]},
    }),
  ],
]

describe('URLs', () => {
  it.each(urlFields)('%s: published normalized, in the graph and the head', (field, options) => {
    const given = 'https://EXAMPLE.com/a b/"x"/<y>/é'
    const href = 'https://example.com/a%20b/%22x%22/%3Cy%3E/%C3%A9'
    const json = JSON.stringify(buildJsonLd(options(given)))
    if (field === 'siteUrl')
      expect(json).toContain('"https://example.com/a%20b/%22x%22/%3Cy%3E/%C3%A9/"')
    else expect(json).toContain(`"${href}"`)
    expect(json).not.toContain(given)
  })

  it.each(
    urlFields.flatMap(([field, options]) =>
      [
        ['https://example.com/a\u0000b', 'without control characters'],
        ['https://example.com/\ud800', 'without control characters'],
        ['https://example.com/a\tb', 'without control characters'],
        ['https://example.com/a\nb', 'without control characters'],
        ['https://example.com/\u0085', 'without control characters'],
        [`https://example.com/${'a'.repeat(LIMITS.url)}#long`, `at most ${LIMITS.url} characters`],
      ].map(
        ([value, expected]) =>
          [field, (value as string).slice(-8), value, expected, options] as const,
      ),
    ),
  )('%s: refuses %j', (field, _, value, expected, options) => {
    const error = errorOf(() => buildJsonLd(options(value as string)))
    expect(error.code).toBe('invalid-option')
    expect(error.field?.replace(/\[0\]/g, '')).toBe(field)
    expect(error.expected).toContain(expected)
    expect(error.received.isWellFormed()).toBe(true)
  })

  it('publishes any URL it takes as well-formed, normalized text; refuses the rest with a reason', () => {
    const hostileUrl = fc
      .tuple(
        fc.constantFrom('https://example.com/', 'http://EXAMPLE.com:80/', 'https://a.example'),
        fc.string({unit: 'binary', maxLength: 30}),
        fc.constantFrom('', ...attacks, '\u0000', '\ud800', '\udfff', '\u0007', '\r\n'),
      )
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(hostileUrl, (value) => {
        const result = v.safeParse(httpUrlSchema, value)
        if (!result.success) {
          expect(result.issues[0]?.message).toMatch(/^an absolute http\(s\) URL/)
          return
        }
        expect(result.output.isWellFormed()).toBe(true)
        expect(result.output).not.toMatch(/[\p{Cc}\s"<>]/u)
        expect(new URL(result.output).href).toBe(result.output)
        const {tree, errors} = parseHtml(renderHead({siteUrl, image: [value]}), true)
        expect(errors).toEqual([])
        expect(selectAll('meta[property="og:image"]', tree)[0]?.properties.content).toBe(
          result.output,
        )
        const [script] = selectAll('script', tree)
        expect(JSON.stringify(JSON.parse(hastToString(script as Element)))).toContain(
          JSON.stringify(result.output),
        )
      }),
      {numRuns: 300},
    )
  })
})

describe('text options', () => {
  it.each(
    textFields.flatMap(([field, limit, options]) =>
      [
        ['a\u0000b', CLEAN_LINE_EXPECTED],
        ['a\rb', CLEAN_LINE_EXPECTED],
        ['a\u000bb', CLEAN_LINE_EXPECTED],
        ['a\tb', CLEAN_LINE_EXPECTED],
        ['name\n', CLEAN_LINE_EXPECTED],
        ['a\u0085', CLEAN_LINE_EXPECTED],
        ['\udc00a', CLEAN_LINE_EXPECTED],
        ['x'.repeat(limit + 1), `a string of at most ${limit} characters`],
      ].map(
        ([value, expected]) =>
          [field, JSON.stringify(value).slice(0, 20), value, expected, options] as const,
      ),
    ),
  )('%s: refuses %s', (field, _, value, expected, options) => {
    const error = errorOf(() => buildJsonLd(options(value as string)))
    expect([error.code, error.field, error.expected]).toEqual(['invalid-option', field, expected])
  })

  it.each(textFields)('%s: takes %i characters of any script', (_, limit, options) => {
    expect(() => buildJsonLd(options('ü東'.repeat(limit / 2)))).not.toThrow()
  })

  it('telephone: only spaces, parentheses, dots and hyphens between digits, at most 40 characters', () => {
    for (const telephone of [
      '404\r555\r0100',
      '404\u000b555\u000b0100',
      '404\n555-0100',
      '404\t555 0100',
      '404-555-0100\n',
    ]) {
      const error = errorOf(() => buildJsonLd({siteUrl, clinic: {...clinic, telephone}}))
      expect(error.field).toBe('clinic.telephone')
    }
    const huge = `+1${' '.repeat(10_000_000)}4045550100`
    const start = performance.now()
    const error = errorOf(() => buildJsonLd({siteUrl, clinic: {...clinic, telephone: huge}}))
    expect(performance.now() - start).toBeLessThan(1000)
    expect(error.expected).toBe(`a telephone number of at most ${LIMITS.telephone} characters`)
    expect(error.received).toHaveLength(62)
    const json = JSON.stringify(
      buildJsonLd({siteUrl, clinic: {...clinic, telephone: '\u00a0(404)\u2009555.0100 '}}),
    )
    expect(json).toContain('"telephone":"+14045550100"')
  })

  it('tokens: class names, id prefix, nonce, language tag and opening hours are at most 100 characters', async () => {
    expect(() => renderHead({siteUrl, nonce: 'a'.repeat(LIMITS.token + 1)})).toThrow(
      'Invalid `nonce`: expected a CSP nonce of base64 characters (at most 100)',
    )
    expect(() => renderHead({siteUrl, nonce: 'a'.repeat(LIMITS.token)})).not.toThrow()
    const long = 'a'.repeat(LIMITS.token + 1)
    for (const [options, field] of [
      [{classNames: {article: long}}, 'classNames.article'],
      [{idPrefix: long}, 'idPrefix'],

      [{inLanguage: `en-${'abcdefgh-'.repeat(12)}x1`}, 'inLanguage'],
      [
        {
          clinic: {
            ...clinic,
            locations: [{...location, openingHours: [`Mo${',Tu'.repeat(40)} 09:00-17:00`]}],
          },
        },
        'clinic.locations[0].openingHours[0]',
      ],
    ] as const) {
      await expect(renderArticle(options as never)).rejects.toMatchObject({
        field,
        code: 'invalid-option',
      })
    }
  })
})
