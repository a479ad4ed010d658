import {describe, expect, it} from 'vitest'
import {resolveClinic} from '../src/content/clinic.js'
import {buildJsonLd} from '../src/index.js'
import {LOCATION_ID_EXPECTED} from '../src/location-id.js'
import {parseTelephone} from '../src/telephone.js'
import {errorOf} from './helpers/errors.js'

const site = 'https://example.com'
const location = {address: {addressLocality: 'Macon', addressCountry: 'US'}}
const clinic = {name: 'Host', telephone: '404-555-0100', locations: [location]}

const build = (options: unknown) => () => buildJsonLd(options as never)

describe('option errors', () => {
  it('names the field, what was expected and what came', () => {
    const error = errorOf(build({siteUrl: 'ftp://example.com'}))
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('SciaticaContentError')
    expect(error.field).toBe('siteUrl')
    expect(error.path).toEqual(['siteUrl'])
    expect(error.expected).toBe('an absolute http(s) URL')
    expect(error.received).toBe('"ftp://example.com"')
    expect(error.message).toBe(
      'Invalid `siteUrl`: expected an absolute http(s) URL, received "ftp://example.com"',
    )
  })

  it.each([
    [undefined, '(root)', 'an object', 'nothing'],
    [null, '(root)', 'an object', 'null'],
    // valibot takes an array for an object, and reports what it lacks.
    [[], 'siteUrl', 'a value (the field is required)', 'nothing'],
    [{siteUrl: site, siteName: ['a']}, 'siteName', 'a string', 'an array'],
    [{}, 'siteUrl', 'a value (the field is required)', 'nothing'],
    [{siteUrl: 42}, 'siteUrl', 'a string', '42'],
    [{siteUrl: 'example.com'}, 'siteUrl', 'an absolute http(s) URL', '"example.com"'],
    [
      {siteUrl: 'https://example.com/?a=1'},
      'siteUrl',
      'an absolute http(s) URL without query, fragment or credentials',
      '"https://example.com/?a=1"',
    ],
    [
      {siteUrl: 'https://user:pw@example.com/'},
      'siteUrl',
      'an absolute http(s) URL without query, fragment or credentials',
      '"https://user:pw@example.com/"',
    ],
    [
      {siteUrl: site, unknown: true},
      'unknown',
      'no such field (unknown fields are rejected)',
      'true',
    ],
    [{siteUrl: site, siteName: '  '}, 'siteName', 'a non-empty string', '""'],
    [
      {siteUrl: site, inLanguage: 'English'},
      'inLanguage',
      'a BCP 47 language tag such as "en-US"',
      '"English"',
    ],
    [
      {siteUrl: site, dateModified: '2024-13-01'},
      'dateModified',
      'an ISO 8601 date such as "2024-05-01", or date-time with a time zone',
      '"2024-13-01"',
    ],
    [
      {siteUrl: site, dateModified: '1 May 2024'},
      'dateModified',
      'an ISO 8601 date such as "2024-05-01", or date-time with a time zone',
      '"1 May 2024"',
    ],
    [
      {siteUrl: site, dateModified: '2021-02-30'},
      'dateModified',
      'an ISO 8601 date such as "2024-05-01", or date-time with a time zone',
      '"2021-02-30"',
    ],
    [
      {siteUrl: site, dateModified: '2021-08-12'},
      'dateModified',
      'an ISO 8601 date such as "2024-05-01", or date-time with a time zone, not before the article\'s publication (2021-08-13)',
      '"2021-08-12"',
    ],
    [
      {siteUrl: site, dateModified: '2024-05-01T25:00Z'},
      'dateModified',
      'an ISO 8601 date such as "2024-05-01", or date-time with a time zone',
      '"2024-05-01T25:00Z"',
    ],
    [
      {siteUrl: 'https://example.com/?'},
      'siteUrl',
      'an absolute http(s) URL without query, fragment or credentials',
      '"https://example.com/?"',
    ],
    [
      {siteUrl: 'https://example.com#'},
      'siteUrl',
      'an absolute http(s) URL without query, fragment or credentials',
      '"https://example.com#"',
    ],
    [{siteUrl: site, nodes: []}, 'nodes', 'at least one kind of node', 'an array'],
    [{siteUrl: site, image: ['a.jpg']}, 'image[0]', 'an absolute http(s) URL', '"a.jpg"'],
    [
      {siteUrl: site, image: 'https://example.com/a.jpg'},
      'image',
      'an array',
      '"https://example.com/a.jpg"',
    ],
    [
      {siteUrl: site, breadcrumb: [{name: 'Learn'}]},
      'breadcrumb[0].path',
      'a value (the field is required)',
      'nothing',
    ],
    [
      {siteUrl: site, nodes: ['faq']},
      'nodes[0]',
      'one of website, organization, clinic, webpage, primaryimage, reviewer, article, condition, treatment, breadcrumb',
      '"faq"',
    ],
    [{siteUrl: site, homeName: {}}, 'homeName', 'a string', 'an object'],
  ])('rejects %j at `%s`', (options, field, expected, received) => {
    const error = errorOf(build(options))
    expect([error.field, error.expected, error.received]).toEqual([field, expected, received])
  })

  it('shortens a long received value', () => {
    expect(errorOf(build({siteUrl: `x${'y'.repeat(100)}`})).received).toBe(
      `"x${'y'.repeat(56)}..."`,
    )
  })

  it.each([
    'sciatica',
    '//evil.example/x',
    '/a/../b',
    '/a/./b',
    '/%2E%2E/b',
    '/a#b',
    '/a b',
    '/a\\b',
  ])('rejects the path %j', (path) => {
    expect(errorOf(build({siteUrl: site, path})).field).toBe('path')
  })

  it.each(['/', '/sciatica', '/a%20b', '/a/b/', '/a/b?x=1', '/a..b/', '/%C3%A9t%C3%A9/'])(
    'accepts the path %j',
    (path) => {
      expect(() => buildJsonLd({siteUrl: site, path})).not.toThrow()
    },
  )
})

describe('host clinic errors', () => {
  it.each([
    [{...clinic, name: ''}, 'clinic.name', 'a non-empty string'],
    [
      {...clinic, telephone: 'call us'},
      'clinic.telephone',
      'an E.164 telephone number such as "+17704211420", or a 10-digit North American number such as "770-421-1420"',
    ],
    [{...clinic, locations: []}, 'clinic.locations', 'at least one location'],
    [{...clinic, url: 'javascript:alert(1)'}, 'clinic.url', 'an absolute http(s) URL'],
    [
      {...clinic, medicalSpecialty: ['Orthopedics']},
      'clinic.medicalSpecialty[0]',
      'a schema.org MedicalSpecialty member',
    ],
    [
      {...clinic, services: ['yoga']},
      'clinic.services[0]',
      'one of physical-therapy, pain-management-injections, surgery, functional-retraining, nerve-glides, manual-joint-mobilization-and-manipulation, myofascial-release, gait-training',
    ],
    [
      {...clinic, services: ['exercise']},
      'clinic.services[0]',
      'one of physical-therapy, pain-management-injections, surgery, functional-retraining, nerve-glides, manual-joint-mobilization-and-manipulation, myofascial-release, gait-training',
    ],
    [
      {
        ...clinic,
        locations: [{...location, address: {addressLocality: 'Macon', addressCountry: 'usa'}}],
      },
      'clinic.locations[0].address.addressCountry',
      'an ISO 3166-1 alpha-2 country code such as "US"',
    ],
    [
      {...clinic, locations: [{...location, geo: {latitude: 91, longitude: 0}}]},
      'clinic.locations[0].geo.latitude',
      'a latitude from -90 to 90',
    ],
    [
      {...clinic, locations: [{...location, geo: {latitude: 0, longitude: -181}}]},
      'clinic.locations[0].geo.longitude',
      'a longitude from -180 to 180',
    ],
    [
      {...clinic, locations: [{...location, openingHours: ['9 to 5']}]},
      'clinic.locations[0].openingHours[0]',
      'opening hours in schema.org form, such as "Mo-Fr 09:00-17:00"',
    ],
    [
      {...clinic, locations: [{...location, id: 'Main Office'}]},
      'clinic.locations[0].id',
      LOCATION_ID_EXPECTED,
    ],
    [
      {...clinic, locations: [{...location, hours: 'always'}]},
      'clinic.locations[0].hours',
      'no such field (unknown fields are rejected)',
    ],
    [
      {...clinic, locations: [location, location]},
      'clinic.locations[1].id',
      'an id no other location has (give `id` where two locations share a locality)',
    ],
    [
      {...clinic, locations: [{address: {addressLocality: '***', addressCountry: 'US'}}]},
      'clinic.locations[0].id',
      'an id (give `id`: the locality has no letter or digit to make one from)',
    ],
  ])('rejects %j', (input, field, expected) => {
    const error = errorOf(build({siteUrl: site, clinic: input}))
    expect([error.field, error.expected]).toEqual([field, expected])
  })

  it('fills in location defaults', () => {
    const resolved = resolveClinic(
      {
        ...clinic,
        locations: [
          {
            address: {addressLocality: 'Saint-Étienne', addressCountry: 'FR'},
            openingHours: ['Mo,We-Fr 08:30-18:00'],
          },
        ],
      },
      [],
    )
    expect(resolved.locations[0]).toEqual({
      id: 'saint-étienne',
      name: 'Host, Saint-Étienne',
      telephone: {e164: '+14045550100', display: '404-555-0100'},
      address: {addressLocality: 'Saint-Étienne', addressCountry: 'FR'},
      openingHours: ['Mo,We-Fr 08:30-18:00'],
    })
    expect(resolved).toMatchObject({sameAs: [], medicalSpecialty: [], services: []})
  })

  it('names the path it was given as prefix', () => {
    expect(errorOf(() => resolveClinic({}, [], ['site', 'clinics', 2])).field).toBe(
      'site.clinics[2].name',
    )
  })
})

describe('parseTelephone', () => {
  it.each([
    ['770-421-1420', '+17704211420'],
    ['(770) 421-1420', '+17704211420'],
    ['770.421.1420', '+17704211420'],
    ['1-770-421-1420', '+17704211420'],
    ['+1 770 421 1420', '+17704211420'],
    [' +44 20 7946 0958 ', '+442079460958'],
  ])('reads %j as %s', (input, e164) => {
    expect(parseTelephone(input)).toEqual({e164, display: input.trim()})
  })

  it.each([
    '',
    '12',
    '070-421-1420',
    '770-121-1420',
    '+0 20 7946 0958',
    '+1234567',
    '770-421-1420 x12',
    'call us',
    '+1234567890123456',
  ])('rejects %j', (input) => {
    expect(parseTelephone(input)).toBeUndefined()
  })
})
