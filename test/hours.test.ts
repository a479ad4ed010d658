import {describe, expect, it} from 'vitest'
import {openingHoursSpecification} from '../src/jsonld/hours.js'

const days = (hours: string) =>
  (openingHoursSpecification(hours).dayOfWeek as string[]).map((day) =>
    day.replace('https://schema.org/', ''),
  )

describe('openingHoursSpecification', () => {
  it('turns schema.org’s short form into the form Google documents', () => {
    expect(openingHoursSpecification('Mo-Fr 09:00-17:00')).toEqual({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map(
        (day) => `https://schema.org/${day}`,
      ),
      opens: '09:00',
      closes: '17:00',
    })
  })

  it('reads lists, single days and ranges over the weekend', () => {
    expect(days('Mo,We-Fr 08:30-18:00')).toEqual(['Monday', 'Wednesday', 'Thursday', 'Friday'])
    expect(days('Sa 10:00-14:00')).toEqual(['Saturday'])
    expect(days('Fr-Mo 09:00-10:00')).toEqual(['Friday', 'Saturday', 'Sunday', 'Monday'])
    expect(days('Mo-Su 00:00-24:00')).toHaveLength(7)
  })
})
