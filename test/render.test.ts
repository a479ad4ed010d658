import type {Element, Root} from 'hast'
import {select, selectAll} from 'hast-util-select'
import {toString as hastToString} from 'hast-util-to-string'
import {describe, expect, it} from 'vitest'
import type {ClinicInput} from '../src/index.js'
import {buildJsonLd, SciaticaContentError} from '../src/index.js'
import {renderArticle, renderHead, renderPage} from '../src/render.js'
import {hostClinic} from './helpers/fixtures.js'
import {parseHtml} from './helpers/html.js'

function fragment(html: string): Root {
  const {tree, errors} = parseHtml(html, true)
  expect(errors).toEqual([])
  return tree
}

const texts = (tree: Root | Element, selector: string) =>
  selectAll(selector, tree).map((node) => hastToString(node))

describe('renderArticle', () => {
  it('renders the article with title, date, sections and the clinic’s call to action', async () => {
    const tree = fragment(await renderArticle())
    expect(selectAll('article', tree)).toHaveLength(1)
    expect(texts(tree, 'article > header > h1')).toEqual([
      'Can Physical Therapy Help With Sciatica?',
    ])
    expect(select('time', tree)?.properties.dateTime).toBe('2021-08-13')
    expect(selectAll('h2', tree).map((node) => node.properties.id)).toEqual([
      'diagnosing-the-cause-of-sciatica-is-important-for-developing-an-effective-pain-management-plan',
      'physical-therapy-isnt-a-turn-key-solution-for-sciatica-pain-relief',
      'types-of-physical-therapy-that-might-be-recommended-for-sciatica',
    ])
    expect(selectAll('article > footer p', tree)).toHaveLength(3)
    expect(select('article > footer a', tree)?.properties.href).toBe('tel:+17704211420')
    expect(select('nav', tree)).toBeUndefined()
  })

  it('computes the default fragment once and returns the same text', async () => {
    const [first, second, third] = await Promise.all([
      renderArticle(),
      renderArticle({}),
      renderArticle(null),
    ])
    expect(second).toBe(first)
    expect(third).toBe(first)
  })

  it('shifts headings, prefixes ids, adds a table of contents and class names', async () => {
    const tree = fragment(
      await renderArticle({
        headingOffset: 1,
        idPrefix: 'sc-',
        toc: true,
        tocLabel: 'On this page',
        classNames: {article: 'prose main', toc: 'toc', callToAction: 'cta'},
      }),
    )
    expect(selectAll('h1', tree)).toHaveLength(0)
    expect(texts(tree, 'header > h2')).toEqual(['Can Physical Therapy Help With Sciatica?'])
    expect(selectAll('h3', tree)).toHaveLength(3)
    expect((select('article', tree) as Element).properties.className).toEqual(['prose', 'main'])
    const nav = select('article > header + nav', tree) as Element
    expect(nav.properties).toMatchObject({ariaLabel: 'On this page', className: ['toc']})
    const links = selectAll('nav a', tree).map((node) => node.properties.href)
    expect(links).toEqual(selectAll('h3', tree).map((node) => `#${String(node.properties.id)}`))
    expect(links[0]).toBe(
      '#sc-diagnosing-the-cause-of-sciatica-is-important-for-developing-an-effective-pain-management-plan',
    )
    expect((select('footer', tree) as Element).properties.className).toEqual(['cta'])
  })

  it('leaves out the title and the call to action when asked', async () => {
    const tree = fragment(await renderArticle({showTitle: false, callToAction: false}))
    expect(selectAll('h1, footer', tree)).toHaveLength(0)
    expect(selectAll('header time', tree)).toHaveLength(1)
  })

  it('puts a host clinic’s contact after the article, in its own words', async () => {
    const tree = fragment(await renderArticle({clinic: hostClinic}))
    // Outside the article: the host's words are not the article's, and its `<address>` is the
    // page's contact, not the author's.
    expect(select('article address', tree)).toBeUndefined()
    expect(select('article footer', tree)).toBeUndefined()
    const aside = select('aside[aria-label="Contact Example Spine"]', tree) as Element
    expect(texts(aside, 'address li')).toEqual([
      'Example Spine, Atlanta — 1 Peach St, Atlanta, GA 30303, United States',
      'Example Spine, Macon — United States (+1 478 555 0199)',
    ])
    expect(selectAll('a', aside).map((node) => node.properties.href)).toEqual([
      'tel:+14785550199',
      'tel:+14045550100',
    ])
    expect(texts(aside, 'address > p')).toEqual(['Telephone: 404-555-0100'])
    // None of the source's call to action, whose words speak for the clinic that wrote it.
    expect(hastToString(tree)).not.toContain('to schedule an appointment')
    expect(hastToString(aside)).not.toContain('Non-Surgical Orthopaedic')
    // The byline: the clinic that wrote it, and the host that publishes it.
    expect(texts(tree, 'header p')).toEqual([
      'Written by Non-Surgical Orthopaedic on August 13, 2021. Published by Example Spine.',
    ])
    expect(select('header time', tree)?.properties.dateTime).toBe('2021-08-13')
  })

  it('names the clinic that wrote the article in the byline, with no host', async () => {
    const tree = fragment(await renderArticle())
    expect(texts(tree, 'header p')).toEqual([
      'Written by Non-Surgical Orthopaedic on August 13, 2021.',
    ])
    expect(hastToString(tree)).not.toContain('Published by')
  })

  it('lists ten locations in the call to action, and how many more', async () => {
    const clinicOf = (count: number): ClinicInput => ({
      ...hostClinic,
      locations: Array.from({length: count}, (_, index) => ({
        id: `l${index}`,
        address: {addressLocality: `Town ${index}`, addressCountry: 'US'},
      })),
    })
    const items = async (count: number) =>
      texts(fragment(await renderArticle({clinic: clinicOf(count)})), 'aside address li')
    expect(await items(10)).toHaveLength(10)
    expect((await items(11)).at(-1)).toBe('and 1 more location')
    expect(await items(12)).toHaveLength(11)
    expect((await items(12)).at(-1)).toBe('and 2 more locations')
  })

  it('sanitizes the host’s additional Markdown', async () => {
    const tree = fragment(
      await renderArticle({
        toc: true,
        additionalMarkdown:
          '## Our approach\n\nSee [us](https://clinic.example) <script>alert(1)</script> [x](javascript:alert(1))\n\n<img src=x onerror="alert(1)">',
      }),
    )
    expect(selectAll('script, img', tree)).toHaveLength(0)
    expect(selectAll('a', tree).map((node) => node.properties.href)).toEqual([
      '#diagnosing-the-cause-of-sciatica-is-important-for-developing-an-effective-pain-management-plan',
      '#physical-therapy-isnt-a-turn-key-solution-for-sciatica-pain-relief',
      '#types-of-physical-therapy-that-might-be-recommended-for-sciatica',
      'tel:+17704211420',
      'https://clinic.example',
      undefined,
    ])
    // The host's words come after the article, labelled as its publisher's, out of the contents.
    expect(texts(tree, 'article h2')).not.toContain('Our approach')
    expect(texts(tree, 'aside[aria-label="More from Non-Surgical Orthopaedic"] h2')).toEqual([
      'Our approach',
    ])
  })

  it('runs the host’s remark and rehype plugins', async () => {
    const seen: string[] = []
    const html = await renderArticle({
      remarkPlugins: [
        () => (tree: {children: unknown[]}) => void seen.push(`remark:${tree.children.length}`),
      ],
      rehypePlugins: [
        [
          (options: {className: string}) => (tree: Root) => {
            for (const node of selectAll('p', tree)) node.properties.className = [options.className]
          },
          {className: 'para'},
        ],
      ],
    })
    // Once, on the article's Markdown: 17 paragraphs and 3 headings.
    expect(seen).toEqual(['remark:20'])
    expect(selectAll('p.para', fragment(html)).length).toBeGreaterThan(20)
  })

  it('does not let a host plugin change the next render', async () => {
    await renderArticle({
      remarkPlugins: [() => (tree: {children: unknown[]}) => void tree.children.splice(0)],
    })
    expect(selectAll('p', fragment(await renderArticle({toc: true}))).length).toBeGreaterThan(20)
  })

  it.each([
    [{headingOffset: 5}, 'headingOffset', 'an integer from 0 to 4'],
    [{headingOffset: 1.5}, 'headingOffset', 'an integer from 0 to 4'],
    [{idPrefix: '1-'}, 'idPrefix', 'an id prefix: a letter, then letters, digits, "_" or "-"'],
    [
      {classNames: {article: 'a" onload="x'}},
      'classNames.article',
      'class names separated by single spaces',
    ],
    [
      {remarkPlugins: 'remark-toc'},
      'remarkPlugins',
      'an array of unified plugins (or [plugin, options] tuples)',
    ],
    [{siteUrl: 'example.com'}, 'siteUrl', 'an absolute http(s) URL'],
    [{nodez: []}, 'nodez', 'no such field (unknown fields are rejected)'],
    [{clinic: {}}, 'clinic.name', 'a value (the field is required)'],
    [{lastReviewed: '2024-01-01'}, 'reviewedBy', 'the reviewer, given with `lastReviewed`'],
  ])('rejects %j', async (options, field, expected) => {
    const error = await renderArticle(options as never).catch((error: unknown) => error)
    expect(error).toBeInstanceOf(SciaticaContentError)
    expect([
      (error as SciaticaContentError).field,
      (error as SciaticaContentError).expected,
    ]).toEqual([field, expected])
  })
})

describe('renderHead', () => {
  it('renders title, description, canonical, Open Graph, Twitter card and the JSON-LD', () => {
    const head = renderHead({siteUrl: 'https://example.com', path: '/sciatica/'})
    const tree = fragment(head)
    expect(texts(tree, 'title')).toEqual([
      'Can Physical Therapy Help With Sciatica? | Non-Surgical Orthopaedic',
    ])
    expect(select('link[rel=canonical]', tree)?.properties.href).toBe(
      'https://example.com/sciatica/',
    )
    const meta = Object.fromEntries(
      selectAll('meta', tree).map((node) => [
        String(node.properties.property ?? node.properties.name),
        node.properties.content,
      ]),
    )
    expect(meta).toEqual({
      description: expect.stringMatching(/^Physical therapy is often/),
      'og:type': 'article',
      'og:title': 'Can Physical Therapy Help With Sciatica?',
      'og:description': meta.description,
      'og:url': 'https://example.com/sciatica/',
      'og:site_name': 'Non-Surgical Orthopaedic',
      'og:locale': 'en_US',
      'article:published_time': '2021-08-13',
      'twitter:card': 'summary',
      'twitter:title': 'Can Physical Therapy Help With Sciatica?',
      'twitter:description': meta.description,
    })
    const scripts = selectAll('script', tree)
    expect(scripts).toHaveLength(1)
    expect(JSON.parse(hastToString(scripts[0] as Element))).toEqual(
      buildJsonLd({siteUrl: 'https://example.com', path: '/sciatica/'}),
    )
  })

  it('adds images, modified time, a nonce and the host’s title', () => {
    const tree = fragment(
      renderHead({
        siteUrl: 'https://example.com',
        image: ['https://example.com/a.jpg'],
        dateModified: '2024-05-01',
        nonce: 'abc123==',
        title: 'Sciatica and physical therapy',
      }),
    )
    expect(texts(tree, 'title')).toEqual(['Sciatica and physical therapy'])
    expect(select('meta[property="og:image"]', tree)?.properties.content).toBe(
      'https://example.com/a.jpg',
    )
    expect(select('meta[property="article:modified_time"]', tree)?.properties.content).toBe(
      '2024-05-01',
    )
    expect(select('meta[name="twitter:card"]', tree)?.properties.content).toBe(
      'summary_large_image',
    )
    expect(select('script', tree)?.properties.nonce).toBe('abc123==')
  })

  it('writes the Open Graph locale as language_TERRITORY', () => {
    const locale = (inLanguage: string) =>
      select(
        'meta[property="og:locale"]',
        fragment(renderHead({siteUrl: 'https://example.com', inLanguage})),
      )?.properties.content
    expect([locale('en-GB'), locale('zh-Hant-TW'), locale('es-419'), locale('fr')]).toEqual([
      'en_GB',
      'zh_TW',
      'es_419',
      'fr',
    ])
  })

  it('rejects a nonce that is not base64', () => {
    expect(() => renderHead({siteUrl: 'https://example.com', nonce: '"><script>'})).toThrow(
      'Invalid `nonce`: expected a CSP nonce of base64 characters (at most 100), received "\\"><script>"',
    )
  })

  it('takes the whole options object, ignoring what the head does not need, but unknown fields', () => {
    const options = {siteUrl: 'https://example.com', toc: true, nodes: ['website'] as const}
    expect(renderHead(options)).toBe(renderHead({siteUrl: 'https://example.com'}))
    expect(() => renderHead({siteUrl: 'https://example.com', nodez: []} as never)).toThrow(
      'Invalid `nodez`: expected no such field',
    )
  })
})

describe('renderPage', () => {
  it('renders a complete, well-formed document', async () => {
    const html = await renderPage({siteUrl: 'https://example.com'})
    expect(html.startsWith('<!doctype html><html lang="en-US"><head><meta charset="utf-8">')).toBe(
      true,
    )
    const {tree, errors} = parseHtml(html, false)
    expect(errors).toEqual([])
    expect(select('meta[name=viewport]', tree)?.properties.content).toBe(
      'width=device-width, initial-scale=1',
    )
    expect(selectAll('body > main > article', tree)).toHaveLength(1)
    expect(selectAll('h1', tree)).toHaveLength(1)
    expect(selectAll('script[type="application/ld+json"]', tree)).toHaveLength(1)
  })

  it('uses the host clinic for the JSON-LD and the call to action alike', async () => {
    const tree = parseHtml(
      await renderPage({
        siteUrl: 'https://clinic.example',
        clinic: hostClinic,
        inLanguage: 'en-GB',
        toc: true,
      }),
      false,
    ).tree
    expect(select('html', tree)?.properties.lang).toBe('en-GB')
    const graph = JSON.parse(hastToString(select('script', tree) as Element))
    expect(graph).toEqual(
      buildJsonLd({siteUrl: 'https://clinic.example', clinic: hostClinic, inLanguage: 'en-GB'}),
    )
    expect(texts(tree, 'main > aside address > p')).toEqual(['Telephone: 404-555-0100'])
    expect(selectAll('nav li', tree)).toHaveLength(3)
  })

  it('gives the same bytes for the same options', async () => {
    const options = {siteUrl: 'https://clinic.example', clinic: hostClinic, toc: true}
    expect(await renderPage(options)).toBe(await renderPage(structuredClone(options)))
  })

  it('rejects invalid options', async () => {
    // @ts-expect-error: the run time checks what the types already say
    await expect(renderPage({siteUrl: 'https://example.com', headingOffset: -1})).rejects.toThrow(
      'Invalid `headingOffset`: expected an integer from 0 to 4, received -1',
    )
  })
})
