import {readFile} from 'node:fs/promises'
import {test} from 'node:test'
import {buildJsonLd} from 'sciatica-content'
import {validateJsonLd} from 'sciatica-content/validate'
import {checkPage} from '../check-page.mjs'
import {site} from './site.js'

test('Eleventy wrote the page with the head and the graph', async () => {
  const html = await readFile(new URL(`_site${site.path}index.html`, import.meta.url), 'utf8')
  checkPage(html, {graph: buildJsonLd(site), validateJsonLd})
})
