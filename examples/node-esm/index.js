import {writeFile} from 'node:fs/promises'
import {condition} from 'sciatica-content'
import {graph, page} from './page.js'

console.log(`${condition.name}: ${condition.symptoms.length} symptoms`)
for (const node of graph['@graph']) console.log([node['@type']].flat().join('+'), node['@id'])
await writeFile('sciatica.html', page)
console.log(`sciatica.html: ${page.length} characters`)
