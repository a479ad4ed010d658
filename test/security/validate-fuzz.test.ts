/** Any JSON and any text give a report, never an exception (fast-check). */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {formatReport, validateJsonLd} from '../../src/validate.js'

const keys = fc.constantFrom(
  '@context',
  '@type',
  '@id',
  '@graph',
  '@value',
  '@list',
  '@set',
  'type',
  'id',
  'name',
  'address',
  'itemListElement',
  'position',
  'item',
  'datePublished',
  'latitude',
  'opens',
  'url',
  'query-input',
  'schema:name',
  'foo:bar',
)
const values = fc.letrec((tie) => ({
  value: fc.oneof(
    {depthSize: 'small'},
    fc.constantFrom(
      'https://schema.org',
      'BreadcrumbList',
      'LocalBusiness',
      'ListItem',
      'Article',
      '#a',
      '_:b',
      '',
      '2024-05-01',
      'PT1H',
    ),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), {maxLength: 4}),
    fc.dictionary(keys, tie('value'), {maxKeys: 5}),
  ),
})).value

describe('validateJsonLd on arbitrary input', () => {
  it('reports on any JSON-LD-shaped value, and formats the report', () => {
    fc.assert(
      fc.property(values, (value) => {
        const report = validateJsonLd(value)
        expect(typeof formatReport(report)).toBe('string')
        expect(report.valid).toBe(report.totals.errors === 0)
      }),
      {numRuns: 2000},
    )
  })

  it('reports on any text read as HTML or JSON', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 200}), (text) => {
        for (const format of ['html', 'json'] as const) {
          const page = format === 'html' ? `<script type="application/ld+json">${text}` : text
          expect(validateJsonLd(page, {format}).documents).toBeGreaterThanOrEqual(0)
        }
      }),
      {numRuns: 1000},
    )
  })
})
