import fc from 'fast-check'
import {slug as githubSlug} from 'github-slugger'
import {describe, expect, it} from 'vitest'
import {slug} from '../src/slug.js'

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

  it('agrees with github-slugger on every code point it knows', () => {
    const disagreements: number[] = []
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue
      const character = String.fromCodePoint(codePoint)
      if (slug(character) !== githubSlug(character)) disagreements.push(codePoint)
    }
    // Where they differ, github-slugger drops a character its data does not know (added to
    // Unicode since) and this keeps it: never the other way round.
    for (const codePoint of disagreements) {
      const character = String.fromCodePoint(codePoint)
      expect([githubSlug(character), slug(character)], codePoint.toString(16)).toEqual([
        '',
        character.toLowerCase(),
      ])
    }
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
