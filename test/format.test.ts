import {describe, expect, it} from 'vitest'
import {clinic} from '../src/index.js'
import {formatterFor} from '../src/render/format.js'

describe('formatterFor', () => {
  const english = formatterFor('en-US')

  it('reads opening hours out: single days, ranges, times in the page’s language', () => {
    expect(english.openingHours('Mo,We-Fr 08:30-18:00')).toEqual({
      days: 'Monday, Wednesday–Friday',
      opens: '08:30',
      closes: '18:00',
      opensText: '8:30 AM',
      closesText: '6:00 PM',
    })
    expect(formatterFor('de-DE').openingHours('Sa 09:00-13:00')).toMatchObject({
      days: 'Samstag',
      opensText: '9:00',
      closesText: '13:00',
    })
  })

  it('names countries and dates in the page’s language', () => {
    expect(english.country('US')).toBe('United States')
    expect(formatterFor('fr').country('DE')).toBe('Allemagne')
    expect(english.date('2025-03-01')).toBe('March 1, 2025')
  })

  it('gives an address without saying the town twice', () => {
    const [marietta] = clinic.locations
    expect(english.addressLines(marietta as (typeof clinic.locations)[number])).toEqual([
      'Marietta, GA',
      'United States',
    ])
    expect(english.placeAfterName(marietta as (typeof clinic.locations)[number])).toBe(
      'GA, United States',
    )
  })
})
