/**
 * Issue 14, item 7: `space` is an indentation JSON can carry, as `JSON.stringify` uses it. v0.1
 * passed `'<!--'` on, and made text that is not JSON.
 */
import fc from 'fast-check'
import type {Element} from 'hast'
import {selectAll} from 'hast-util-select'
import {toString as hastToString} from 'hast-util-to-string'
import {describe, expect, it} from 'vitest'
import {jsonLdScript, serializeJsonLdForScript} from '../../src/index.js'
import {SPACE_EXPECTED, serializeJsonLd} from '../../src/jsonld/script.js'
import {errorOf} from '../helpers/errors.js'
import {parseHtml} from '../helpers/html.js'

describe('jsonLdScript `space`', () => {
  it.each([['<!--'], ['ab'], [' '.repeat(11)], ['\u00a0'], [-1], [11], [1.5], [Number.NaN], [{}]])(
    'refuses %j',
    (space) => {
      for (const run of [
        () => jsonLdScript({a: 1}, {space: space as number}),
        () => serializeJsonLdForScript({a: 1}, space as number),
        () => serializeJsonLd({a: 1}, space as number),
      ]) {
        const error = errorOf(run)
        expect([error.code, error.field, error.expected]).toEqual([
          'invalid-option',
          'space',
          SPACE_EXPECTED,
        ])
      }
    },
  )

  it('takes any indentation JSON.stringify can use and JSON can carry', () => {
    const space = fc.oneof(
      fc.integer({min: 0, max: 10}),
      fc.string({unit: fc.constantFrom(' ', '\t', '\n', '\r'), maxLength: 10}),
    )
    fc.assert(
      fc.property(fc.jsonValue(), space, (value, indentation) => {
        const {tree, errors} = parseHtml(jsonLdScript({value}, {space: indentation}), true)
        expect(errors).toEqual([])
        expect(JSON.parse(hastToString(selectAll('script', tree)[0] as Element))).toEqual(
          JSON.parse(JSON.stringify({value})),
        )
      }),
      {numRuns: 200},
    )
  })
})
