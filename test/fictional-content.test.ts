// The builders are functions of (content, host options): a second, fictional content (never
// exported or published) goes through the same compiler, renderer, graph builders and site
// builder as the package's own, and comes out valid.
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {selectAll} from 'hast-util-select'
import {toString as hastToString} from 'hast-util-to-string'
import {beforeAll, describe, expect, it} from 'vitest'
import type {RenderableContent} from '../src/content/types.js'
import {articleJsonLd} from '../src/jsonld/json-ld.js'
import {parseOptions} from '../src/options.js'
import {articleDocument, pageSettings} from '../src/render/page.js'
import {buildSiteOf} from '../src/site/build.js'
import {validateJsonLd} from '../src/validate.js'
import {compileContent} from '../tools/content/compile.js'
import {temporaryDirectory} from './helpers/files.js'
import {parseHtml} from './helpers/html.js'

let content: RenderableContent
beforeAll(async () => {
  content = await compileContent(new URL('fixtures/fictional-content', import.meta.url).pathname)
})

const options = {siteUrl: 'https://fiction.example/'}

describe('fictional content', () => {
  it('compiles with the package’s own compiler', () => {
    expect(content.article.title).toBe('Is Gadget Elbow Made Up?')
    expect(content.condition.name).toBe('Gadget elbow')
    expect(content.clinic.telephone).toEqual({e164: '+12025550142', display: '202-555-0142'})
    expect(content.article.sections.map((section) => section.heading)).toEqual([
      null,
      'Where Gadget Elbow Comes From',
      'Treating Gadget Elbow',
    ])
  })

  it('gives a graph of its own, which the validator passes', () => {
    const graph = articleJsonLd(content, options)
    const text = JSON.stringify(graph)
    expect(text).not.toMatch(/sciatica|Non-Surgical/i)
    const byType = new Map(graph['@graph'].map((node) => [node['@type'], node]))
    expect(byType.get('BlogPosting')).toMatchObject({
      headline: 'Is Gadget Elbow Made Up?',
      '@id': 'https://fiction.example/is-gadget-elbow-made-up/#article',
      inLanguage: 'en-GB',
    })
    // No codes in the content: no `code` at all, never an empty list.
    expect(byType.get('MedicalCondition')).not.toHaveProperty('code')
    expect(byType.get('MedicalCondition')).toMatchObject({
      possibleTreatment: [
        {'@id': 'https://fiction.example/#treatment-stretch-breaks'},
        {'@id': 'https://fiction.example/#treatment-pretend-physiotherapy'},
        {'@id': 'https://fiction.example/#treatment-pretend-nerve-glides'},
      ],
    })
    expect(byType.get('MedicalClinic')).toMatchObject({
      telephone: '+12025550142',
      availableService: [{'@id': 'https://fiction.example/#treatment-pretend-physiotherapy'}],
    })
    const report = validateJsonLd(graph)
    expect(report.errors).toEqual([])
  })

  it('renders a page of its own, inline Markdown kept, which parses without errors', async () => {
    const settings = pageSettings(content, parseOptions({...options, toc: true}, 'required'))
    const html = await articleDocument(content, settings)
    const {tree, errors} = parseHtml(html, false)
    expect(errors).toEqual([])
    expect(selectAll('h1', tree).map((node) => hastToString(node))).toEqual([
      'Is Gadget Elbow Made Up?',
    ])
    expect(
      selectAll('nav[aria-label="Contents"] a', tree).map((node) => hastToString(node)),
    ).toEqual(['Where Gadget Elbow Comes From', 'Treating Gadget Elbow'])
    // The body was compiled from Markdown: emphasis is an element, not asterisks.
    expect(selectAll('article em', tree).map((node) => hastToString(node))).toEqual([
      'faint humming',
    ])
    expect(selectAll('a[href="tel:+12025550142"]', tree)).toHaveLength(1)
    expect(html).not.toMatch(/sciatica/i)
    expect(validateJsonLd(html, {format: 'html'}).errors).toEqual([])
  })

  it('builds a whole site whose every page the validator passes', async () => {
    const directory = await temporaryDirectory()
    const result = await buildSiteOf(content, {...options, outDir: 'site', cwd: directory})
    expect(result.files).toContain('is-gadget-elbow-made-up/index.html')
    expect(result.files).toContain('locations/testfield/index.html')
    for (const file of result.files.filter((name) => /\.(html|jsonld)$/.test(name))) {
      const text = await readFile(path.join(result.outDir, file), 'utf8')
      expect(text).not.toMatch(/sciatica/i)
      expect(validateJsonLd(text).errors, file).toEqual([])
    }
  })
})
