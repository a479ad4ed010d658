import {readFile} from 'node:fs/promises'
import {test} from 'node:test'
import {buildJsonLd} from 'sciatica-content'
import {validateJsonLd} from 'sciatica-content/validate'
import {checkPage} from '../check-page.mjs'
import {site} from './site.js'

test('vite build pre-rendered the head, the graph and the article', async () => {
  const html = await readFile(new URL('dist/index.html', import.meta.url), 'utf8')
  checkPage(html, {graph: buildJsonLd(site), validateJsonLd})
})
