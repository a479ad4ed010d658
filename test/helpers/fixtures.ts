/** A host clinic that uses every field: three locations, its own telephones, URLs and hours. */
export const fullHostClinic = {
  name: 'Example Spine',
  telephone: '+44 20 7946 0958',
  url: 'https://clinic.example/',
  logo: 'https://clinic.example/logo.png',
  sameAs: ['https://social.example/spine'],
  medicalSpecialty: ['Musculoskeletal', 'Physiotherapy'] as const,
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
}
