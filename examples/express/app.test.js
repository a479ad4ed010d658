import assert from 'node:assert/strict'
import {after, before, test} from 'node:test'
import {buildJsonLd} from 'sciatica-content'
import {validateJsonLd} from 'sciatica-content/validate'
import {checkPage} from '../check-page.mjs'
import {app, options} from './app.js'

let server
let origin
before(async () => {
  server = await new Promise((resolve, reject) => {
    const listening = app.listen(0, '127.0.0.1', (error) =>
      error ? reject(error) : resolve(listening),
    )
  })
  origin = `http://127.0.0.1:${server.address().port}`
})
after(() => new Promise((resolve) => server.close(resolve)))

test('serves the page with the host’s graph', async () => {
  const response = await fetch(`${origin}/learn/sciatica/`)
  assert.equal(response.status, 200)
  assert.match(response.headers.get('content-type'), /^text\/html; charset=utf-8/)
  const graph = buildJsonLd(options)
  checkPage(await response.text(), {graph, validateJsonLd})
  const clinics = graph['@graph'].filter((node) => node['@type'] === 'MedicalClinic')
  assert.deepEqual(
    clinics.map((node) => node.address.addressLocality),
    ['Atlanta', 'Macon', 'Savannah'],
  )
})

test('serves the JSON-LD on its own', async () => {
  const response = await fetch(`${origin}/learn/sciatica/index.jsonld`)
  assert.equal(response.status, 200)
  assert.match(response.headers.get('content-type'), /^application\/ld\+json/)
  assert.deepEqual(await response.json(), buildJsonLd(options))
})

test('answers 404 elsewhere', async () => {
  assert.equal((await fetch(`${origin}/learn/`)).status, 404)
})
