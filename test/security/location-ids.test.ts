/**
 * Issue 14, item 4: a location's default id is made from its locality in any script, in NFC,
 * and kept short enough to name a folder. v0.1 refused every locality below ("no letter or
 * digit"), and wrote a 270-byte folder name for a 90-character CJK locality (ENAMETOOLONG).
 */
import {mkdir, rm} from 'node:fs/promises'
import path from 'node:path'
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {resolveClinic} from '../../src/content/clinic.js'
import type {ClinicInput} from '../../src/index.js'
import {defaultLocationId, isLocationId, LOCATION_ID_EXPECTED} from '../../src/location-id.js'
import {buildSite} from '../../src/site.js'
import {slug} from '../../src/slug.js'
import {LIMITS} from '../../src/values.js'
import {errorOf} from '../helpers/errors.js'
import {temporaryDirectory} from '../helpers/files.js'

const clinicOf = (...localities: string[]) => ({
  name: 'Host',
  telephone: '+442079460958',
  locations: localities.map((addressLocality) => ({
    address: {addressLocality, addressCountry: 'IN'},
  })),
})

const idsOf = (...localities: string[]) =>
  resolveClinic(clinicOf(...localities), []).locations.map((location) => location.id)

const bytes = (value: string) => Buffer.byteLength(value)

describe('location ids in any script', () => {
  it.each([
    ['İstanbul', 'i̇stanbul'],
    ['मुंबई', 'मुंबई'],
    ['नई दिल्ली', 'नई-दिल्ली'],
    ['กรุงเทพมหานคร', 'กรุงเทพมหานคร'],
    ['தஞ்சாவூர்', 'தஞ்சாவூர்'],
    // Decomposed: E and a combining acute accent; the id is composed.
    ['Saint-E\u0301tienne', 'saint-étienne'],
    ['Saint - Étienne', 'saint-étienne'],
    ['東京都', '東京都'],
  ])('makes an id of %j', (locality, id) => {
    expect(idsOf(locality)).toEqual([id])
    expect(isLocationId(id)).toBe(true)
  })

  it('takes a decomposed id as its composed form', () => {
    const clinic = clinicOf('Saint-Étienne')
    const location = {...clinic.locations[0], id: 'saint-e\u0301tienne'}
    const [resolved] = resolveClinic({...clinic, locations: [location]}, []).locations
    expect(resolved?.id).toBe('saint-\u00e9tienne')
  })

  it('shortens a long id with a stable hash, keeps ids of one clinic apart, and can write them as folders', async () => {
    const long = '東京都千代田区丸の内'.repeat(9)
    expect(long).toHaveLength(90)
    const other = `${long.slice(0, -1)}外`
    const ids = idsOf(long, other, 'a'.repeat(200))
    for (const id of ids) {
      expect(bytes(id)).toBeLessThanOrEqual(LIMITS.locationIdBytes)
      expect(isLocationId(id)).toBe(true)
    }
    // 29 characters of 3 bytes, `-` and 8 hex digits: 96 bytes.
    expect(ids[0]).toMatch(new RegExp(`^${long.slice(0, 29)}-[\\da-f]{8}$`, 'u'))
    expect(ids[0]).not.toBe(ids[1])
    expect(idsOf(long)).toEqual([ids[0]])
    expect(ids[2]).toMatch(new RegExp(`^a{${LIMITS.locationIdBytes - 9}}-[\\da-f]{8}$`))
    // A character with more marks than there is room for is cut between its code points (`á`,
    // composed, and 42 more accents: 86 bytes).
    expect(defaultLocationId(`a${'\u0301'.repeat(60)}`)).toMatch(/^\u00e1\u0301{42}-[\da-f]{8}$/u)
    // A prefix never ends in `-` before the hash.
    const hyphen = `${'a'.repeat(LIMITS.locationIdBytes - 10)} ${'b'.repeat(20)}`
    expect(defaultLocationId(hyphen)).toMatch(
      new RegExp(`^a{${LIMITS.locationIdBytes - 10}}-[\\da-f]{8}$`),
    )

    const directory = await temporaryDirectory()
    for (const id of ids) await mkdir(path.join(directory, 'locations', id), {recursive: true})
    await rm(directory, {recursive: true, force: true})
  })

  it('builds the site of a clinic with a 90-character CJK locality', async () => {
    const directory = await temporaryDirectory()
    const locality = '東京都千代田区丸の内'.repeat(9)
    const result = await buildSite({
      siteUrl: 'https://example.com',
      clinic: clinicOf(locality, 'नई दिल्ली') as ClinicInput,
      outDir: 'site',
      cwd: directory,
    })
    // The locations' own pages, not the index beside them.
    const pages = result.files.filter((file) => /^locations\/[^/]+\/index\.html$/.test(file))
    expect(pages).toHaveLength(2)
    expect(pages).toContain('locations/नई-दिल्ली/index.html')
  })

  it('refuses a locality with no letter or digit, and an id that is not one', () => {
    const error = errorOf(() => resolveClinic(clinicOf('·—·'), []))
    expect(error.field).toBe('clinic.locations[0].id')
    expect(error.message).toBe(
      'Invalid `clinic.locations[0].id`: expected an id (give `id`: the locality has no letter or digit to make one from), received "·—·"',
    )
    for (const id of ['Main', 'a--b', '-a', 'a-', 'a b', '_', 'é'.repeat(49), 'x'.repeat(97)]) {
      const clinic = clinicOf('Pune')
      const locations = [{...clinic.locations[0], id}]
      expect(errorOf(() => resolveClinic({...clinic, locations}, [])).expected, id).toBe(
        LOCATION_ID_EXPECTED,
      )
    }
  })

  it('makes an id of any text with a letter or digit, and only valid ids', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 120}), (locality) => {
        const id = defaultLocationId(locality)
        // What the slugger keeps of it has no letter or digit (it drops `²`, `½`, `𐧀`…).
        if (id === undefined) expect(slug(locality.normalize('NFC'))).not.toMatch(/[\p{L}\p{N}]/u)
        else {
          expect(isLocationId(id), id).toBe(true)
          expect(defaultLocationId(locality)).toBe(id)
        }
      }),
      {numRuns: 500},
    )
  })
})
