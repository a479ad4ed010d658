// Starts the production server that `next build` made, on 127.0.0.1, and reads the page.
import assert from 'node:assert/strict'
import {spawn} from 'node:child_process'
import {once} from 'node:events'
import {createServer} from 'node:net'
import {after, before, test} from 'node:test'
import {validateJsonLd} from 'sciatica-content/validate'
import {checkPage, jsonLdScripts} from '../check-page.mjs'

let server
let html

async function freePort() {
  const probe = createServer().listen(0, '127.0.0.1')
  await once(probe, 'listening')
  const {port} = probe.address()
  probe.close()
  await once(probe, 'close')
  return port
}

before(async () => {
  const port = await freePort()
  server = spawn('npx', ['next', 'start', '-H', '127.0.0.1', '-p', String(port)], {
    stdio: 'inherit',
    detached: true,
  })
  const deadline = Date.now() + 30_000
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/learn/sciatica/`)
      assert.equal(response.status, 200)
      html = await response.text()
      return
    } catch (error) {
      if (Date.now() > deadline) throw error
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
  }
})
after(() => process.kill(-server.pid))

test('the page carries the host’s graph, valid, and the article', () => {
  const [graph] = jsonLdScripts(html)
  checkPage(html, {graph, validateJsonLd})
  const nodes = graph['@graph']
  const clinics = nodes.filter((node) => node['@type'] === 'MedicalClinic')
  assert.deepEqual(
    clinics.map((node) => node.address.addressLocality),
    ['Atlanta', 'Macon', 'Savannah'],
  )
  const organization = nodes.find((node) => node['@type'] === 'MedicalOrganization')
  assert.equal(organization.telephone, '+14045550100')
  const page = nodes.find((node) => node['@type'] === 'MedicalWebPage')
  assert.equal(page.url, 'https://clinic.example/learn/sciatica/')
})

test('generateMetadata wrote the head', () => {
  assert.match(
    html,
    /<title>Can Physical Therapy Help With Sciatica\? \| Example Spine &amp; Joint<\/title>/,
  )
  assert.match(html, /<link rel="canonical" href="https:\/\/clinic.example\/learn\/sciatica\/"\/?>/)
  assert.match(html, /<meta property="og:type" content="article"\/?>/)
  assert.match(html, /<meta property="article:published_time" content="2021-08-13"\/?>/)
  assert.match(html, /<meta name="twitter:card" content="summary"\/?>/)
})
