import {HtmlValidate} from 'html-validate'
import {describe, expect, it} from 'vitest'
import type {PageOptions} from '../src/index.js'
import {renderArticle, renderHead, renderPage} from '../src/render.js'
import {hostClinic} from './helpers/fixtures.js'

// html-validate's recommended and accessibility rules, but for two that would change the text:
// the doctype's case is a style choice (both are valid HTML), and the article's telephone number
// keeps the source's hyphens rather than non-breaking ones.
const validator = new HtmlValidate({
  extends: ['html-validate:recommended', 'html-validate:a11y'],
  rules: {'doctype-style': 'off', 'tel-non-breaking': 'off'},
})

async function problems(html: string): Promise<string[]> {
  const report = await validator.validateString(html)
  return report.results.flatMap((result) =>
    result.messages.map((message) => `${message.ruleId}: ${message.message}`),
  )
}

describe('valid, accessible HTML (html-validate)', () => {
  it.each<[string, Omit<PageOptions, 'siteUrl'>]>([
    ['defaults', {}],
    [
      'table of contents, offset, classes',
      {toc: true, headingOffset: 1, classNames: {article: 'prose'}},
    ],
    [
      'host clinic and additional Markdown',
      {clinic: hostClinic, additionalMarkdown: '## More\n\nText [link](https://clinic.example).'},
    ],
  ])('renderPage: %s', async (_name, options) => {
    expect(await problems(await renderPage({siteUrl: 'https://example.com', ...options}))).toEqual(
      [],
    )
  })

  it('renderArticle inside a host page', async () => {
    const html = `<!doctype html><html lang="en"><head><title>Host</title></head><body><main><h1>Host page</h1>${await renderArticle({headingOffset: 1, toc: true})}</main></body></html>`
    expect(await problems(html)).toEqual([])
  })

  it('renderHead inside a host document', async () => {
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8">${renderHead({siteUrl: 'https://example.com'})}</head><body><main><p>Host</p></main></body></html>`
    expect(await problems(html)).toEqual([])
  })

  it('reports a problem when there is one (the check can fail)', async () => {
    expect(
      await problems(
        '<!doctype html><html><head><title>x</title></head><body><img src="a.png"></body></html>',
      ),
    ).not.toEqual([])
  })
})
