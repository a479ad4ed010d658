// Express 5: the article page, server-rendered for a host with its own clinic, and its JSON-LD
// as a file of its own for crawlers and checkers.
import {readFile} from 'node:fs/promises'
import express from 'express'
import {buildJsonLd} from 'sciatica-content'
import {renderPage} from 'sciatica-content/render'

const clinic = JSON.parse(await readFile(new URL('clinic.json', import.meta.url), 'utf8'))
export const options = {siteUrl: 'https://clinic.example', path: '/learn/sciatica/', clinic}

// The content does not change between requests: render once, when the server starts.
const page = await renderPage({...options, toc: true})
const jsonLd = JSON.stringify(buildJsonLd(options))

export const app = express()
app.get('/learn/sciatica/', (_request, response) => {
  response.type('html').send(page)
})
app.get('/learn/sciatica/index.jsonld', (_request, response) => {
  response.type('application/ld+json').send(jsonLd)
})
