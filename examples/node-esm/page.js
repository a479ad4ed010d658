// Plain Node.js, ES modules: a host site with its own clinic (three locations, its own
// telephone), its JSON-LD graph and the article as a complete page.
import {readFile} from 'node:fs/promises'
import {buildJsonLd} from 'sciatica-content'
import {renderPage} from 'sciatica-content/render'

const clinic = JSON.parse(await readFile(new URL('../host-clinic.json', import.meta.url), 'utf8'))
export const options = {siteUrl: 'https://clinic.example', path: '/learn/sciatica/', clinic}

export const graph = buildJsonLd(options)
export const page = await renderPage({...options, toc: true})
