import type {ClinicInput} from '../../src/index.js'

/** A host clinic that uses every field: three locations, its own telephones, URLs and hours. */
export const fullHostClinic = {
  name: 'Example Spine',
  telephone: '+44 20 7946 0958',
  url: 'https://clinic.example/',
  logo: 'https://clinic.example/logo.png',
  sameAs: ['https://social.example/spine'],
  medicalSpecialty: ['Musculoskeletal', 'Physiotherapy'],
  services: ['physical-therapy', 'nerve-glides'],
  locations: [
    {
      address: {
        streetAddress: '1 High St',
        addressLocality: 'London',
        postalCode: 'N1 1AA',
        addressCountry: 'GB',
      },
      geo: {latitude: 51.5, longitude: -0.1},
      openingHours: ['Mo-Fr 09:00-17:00'],
      url: 'https://clinic.example/london',
    },
    {address: {addressLocality: 'Leeds', addressCountry: 'GB'}},
    {
      id: 'leeds-north',
      name: 'Example Spine North',
      telephone: '+44 113 234 5678',
      address: {addressLocality: 'Leeds', addressRegion: 'West Yorkshire', addressCountry: 'GB'},
    },
  ],
} satisfies ClinicInput

/**
 * A host clinic as most tests use it: two locations in Georgia, one with a full address and
 * opening hours, one with its own telephone; two services.
 */
export const hostClinic = {
  name: 'Example Spine',
  telephone: '404-555-0100',
  services: ['physical-therapy', 'nerve-glides'],
  locations: [
    {
      address: {
        streetAddress: '1 Peach St',
        addressLocality: 'Atlanta',
        addressRegion: 'GA',
        postalCode: '30303',
        addressCountry: 'US',
      },
      openingHours: ['Mo-Fr 09:00-17:00'],
    },
    {address: {addressLocality: 'Macon', addressCountry: 'US'}, telephone: '+1 478 555 0199'},
  ],
} satisfies ClinicInput
