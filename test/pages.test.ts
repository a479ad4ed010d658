import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {resolveSite} from '../src/index.js'
import {type LocationView, locationPage, locationPages} from '../src/site/pages.js'
import {hostile} from './helpers/hostile.js'

// Values a location page can hold: anything but noncharacters, which no option, URL or graph of
// a site can (text options reject them, URLs percent-encode them).
const value = fc
  .oneof(hostile, fc.string({unit: 'binary', maxLength: 40}))
  .map((text) => text.replace(/\p{Noncharacter_Code_Point}/gu, ''))

const view: fc.Arbitrary<LocationView> = fc.record({
  name: value,
  addressLine: value,
  telephone: fc.record({e164: value, display: value}),
  openingHours: fc.option(value, {nil: undefined}),
  pageUrl: value,
  script: value,
})

describe('location pages from a template', () => {
  const sites = [
    resolveSite({siteUrl: 'https://example.com'}),
    resolveSite({
      siteUrl: 'https://clinic.example/a/',
      siteName: 'Site "A" & <B> \u0027 `x`',
      clinic: {
        name: 'Clinic <&>',
        telephone: '404-555-0100',
        services: [],
        locations: [{address: {addressLocality: 'Atlanta', addressCountry: 'US'}}],
      },
    }),
  ]

  it.each(sites.map((site) => [site.siteUrl, site] as const))(
    'are the pages locationPage renders (%s)',
    (_, site) => {
      const render = locationPages(site, site.pageUrl)
      fc.assert(
        fc.property(view, (location) => {
          expect(render(location)).toBe(locationPage(site, location, site.pageUrl))
        }),
        {numRuns: 300},
      )
    },
  )
})
