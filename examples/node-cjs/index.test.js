const assert = require('node:assert/strict')
const {test} = require('node:test')
const {validateJsonLd} = require('sciatica-content/validate')
const {articlePage, options} = require('./page.js')

test('require() loads the core, render and validate entries, and they work', async () => {
  const {checkPage} = await import('../check-page.mjs')
  const {graph, page} = await articlePage()
  checkPage(page, {graph, validateJsonLd})
  assert.equal(graph['@graph'][0]['@id'], `${options.siteUrl}/#website`)
})
