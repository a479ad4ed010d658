import type {ClinicInput, JsonLdOptions} from 'sciatica-content'

// The host's own clinic: three locations and its own telephone. Only what the host knows is
// given; the library never invents an address, hours or coordinates.
const clinic: ClinicInput = {
  name: 'Example Spine & Joint',
  telephone: '(404) 555-0100',
  url: 'https://clinic.example/',
  services: ['physical-therapy', 'nerve-glides', 'gait-training'],
  locations: [
    {
      address: {
        streetAddress: '100 Peachtree St NW',
        addressLocality: 'Atlanta',
        addressRegion: 'GA',
        postalCode: '30303',
        addressCountry: 'US',
      },
      openingHours: ['Mo-Fr 08:00-17:00'],
    },
    {
      address: {addressLocality: 'Macon', addressRegion: 'GA', addressCountry: 'US'},
      telephone: '478-555-0199',
    },
    {
      id: 'savannah-midtown',
      name: 'Example Spine & Joint Midtown',
      address: {addressLocality: 'Savannah', addressRegion: 'GA', addressCountry: 'US'},
    },
  ],
}

/** The page's place on the host site: the same options for the head, the JSON-LD and the body. */
export const site = {
  siteUrl: 'https://clinic.example',
  path: '/learn/sciatica/',
  clinic,
} satisfies JsonLdOptions
