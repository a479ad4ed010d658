// Plain Node.js, ES modules: a host site with its own clinic (three locations, its own
// telephone), its JSON-LD graph and the article as a complete page.
import {buildJsonLd} from 'sciatica-content'
import {renderPage} from 'sciatica-content/render'

const clinic = {
  name: 'Example Spine & Joint',
  telephone: '(404) 555-0100',
  locations: [
    {address: {addressLocality: 'Atlanta', addressRegion: 'GA', addressCountry: 'US'}},
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
export const options = {siteUrl: 'https://clinic.example', path: '/learn/sciatica/', clinic}

export const graph = buildJsonLd(options)
export const page = await renderPage({...options, toc: true})
