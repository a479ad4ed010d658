import fc from 'fast-check'
import {slug as githubSlug} from 'github-slugger'
import {describe, expect, it} from 'vitest'
import {slug} from '../src/slug.js'

// The comparison over every code point is `npm run check:slug` (tools/check-slug.ts), in CI.
describe('slug', () => {
  it.each([
    'Marietta',
    'Carrollton',
    'Saint-Étienne',
    'São Paulo',
    'Coeur d’Alene',
    "Coeur d'Alene",
    'St. Louis',
    'Winston–Salem',
    'Zürich',
    'Москва',
    '東京都',
    'İstanbul',
    'ΑΘΗΝΑ',
    'x² + ½',
    'snake_case and kebab-case',
    '  two  spaces  ',
    'Tab\there',
    'Emoji 🏥 clinic',
    'Ⅻ roman',
    '',
  ])('makes the slug github-slugger makes of %j', (value) => {
    expect(slug(value)).toBe(githubSlug(value))
  })

  it('agrees on any string of characters both know', () => {
    const known = fc
      .string({unit: 'grapheme-composite', maxLength: 30})
      .filter((value) => [...value].every((character) => slug(character) === githubSlug(character)))
    fc.assert(
      fc.property(known, (value) => {
        expect(slug(value)).toBe(githubSlug(value))
      }),
    )
  })
})
