import assert from 'node:assert/strict'
import {test} from 'node:test'
import {validateJsonLd} from 'sciatica-content/validate'
import {checkPage} from '../check-page.mjs'
import {graph, options, page} from './page.js'

test('the page carries the host’s graph, with its three clinics', () => {
  checkPage(page, {graph, validateJsonLd})
  const clinics = graph['@graph'].filter((node) => node['@type'] === 'MedicalClinic')
  assert.equal(clinics.length, options.clinic.locations.length)
  assert.ok(clinics.every((node) => node['@id'].startsWith('https://clinic.example/#')))
})
