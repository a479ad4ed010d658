// A host site with its own clinic: the JSON-LD for its article page, and the page itself.
// Run after `npm run build`: node examples/host-site.mjs
import {readFile} from 'node:fs/promises'
import {buildJsonLd, jsonLdScript} from 'sciatica-content'
import {renderPage} from 'sciatica-content/render'

const clinic = JSON.parse(await readFile(new URL('host-clinic.json', import.meta.url), 'utf8'))
const options = {siteUrl: 'https://clinic.example', path: '/learn/sciatica/', clinic}

const graph = buildJsonLd(options)
console.log(
  graph['@graph'].map((node) => `${[node['@type']].flat().join('+')} ${node['@id']}`).join('\n'),
)
console.log(jsonLdScript(graph).length > 0 ? 'script ok' : 'no script')
const html = await renderPage({...options, toc: true})
console.log(`page: ${html.length} characters`)
