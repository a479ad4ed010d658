import type {Element} from 'hast'
import {select, selectAll} from 'hast-util-select'
import {describe, expect, it} from 'vitest'
import type {PageOptions} from '../src/index.js'
import {article, buildPageMetadata} from '../src/index.js'
import {renderHead} from '../src/render.js'
import {errorOf} from './helpers/errors.js'
import {parseHtml} from './helpers/html.js'

// The tags renderHead writes, read back as the fields of PageMetadata.
function readHead(html: string) {
  const {tree} = parseHtml(html, true)
  const meta = (key: string) =>
    selectAll(`meta[property="${key}"], meta[name="${key}"]`, tree).map((node) =>
      String(node.properties.content),
    )
  const one = (key: string) => meta(key)[0]
  // Each `og:image` starts an image; the `og:image:…` tags after it describe it.
  const images = () => {
    const found: Record<string, string | number>[] = []
    for (const node of selectAll('meta[property^="og:image"]', tree)) {
      const key = String(node.properties.property).slice('og:image'.length)
      const value = String(node.properties.content)
      if (key === '') found.push({url: value})
      else
        (found.at(-1) as Record<string, string | number>)[key.slice(1)] = /^(width|height)$/.test(
          key.slice(1),
        )
          ? Number(value)
          : value
    }
    return found
  }
  const title = select('title', tree)?.children[0]
  return {
    title: title?.type === 'text' ? title.value : undefined,
    description: one('description'),
    canonical: (select('link[rel=canonical]', tree) as Element).properties.href,
    openGraph: {
      type: one('og:type'),
      title: one('og:title'),
      description: one('og:description'),
      url: one('og:url'),
      siteName: one('og:site_name'),
      locale: one('og:locale'),
      images: images(),
      publishedTime: one('article:published_time'),
      ...(one('article:modified_time') === undefined
        ? {}
        : {modifiedTime: one('article:modified_time')}),
    },
    twitter: {
      card: one('twitter:card'),
      title: one('twitter:title'),
      description: one('twitter:description'),
      images: meta('twitter:image'),
    },
  }
}

describe('buildPageMetadata', () => {
  it('gives the defaults for a site', () => {
    expect(buildPageMetadata({siteUrl: 'https://example.com'})).toEqual({
      title: `${article.title} | Non-Surgical Orthopaedic`,
      description: article.description,
      canonical: `https://example.com/${article.slug}/`,
      language: 'en-US',
      openGraph: {
        type: 'article',
        title: article.title,
        description: article.description,
        url: `https://example.com/${article.slug}/`,
        siteName: 'Non-Surgical Orthopaedic',
        locale: 'en_US',
        images: [],
        publishedTime: '2021-08-13',
      },
      twitter: {
        card: 'summary',
        title: article.title,
        description: article.description,
        images: [],
      },
    })
  })

  it.each<PageOptions>([
    {siteUrl: 'https://example.com', path: '/learn/sciatica/'},
    {
      siteUrl: 'https://clinic.example/blog',
      title: 'Sciatica & PT <2021>',
      siteName: 'Example "Spine"',
      inLanguage: 'en-GB',
      image: ['https://clinic.example/a.jpg', 'https://clinic.example/b.jpg'],
      dateModified: '2024-05-01',
    },
  ])('says what renderHead writes (%o)', (options) => {
    const {language, ...head} = buildPageMetadata(options)
    expect(readHead(renderHead(options))).toEqual(head)
    expect(language).toBe(options.inLanguage ?? 'en-US')
  })

  it('uses the host clinic’s name as the site name', () => {
    const metadata = buildPageMetadata({
      siteUrl: 'https://clinic.example',
      clinic: {
        name: 'Example Spine & Joint',
        telephone: '404-555-0100',
        locations: [
          {address: {addressLocality: 'Atlanta', addressRegion: 'GA', addressCountry: 'US'}},
        ],
      },
    })
    expect([metadata.title, metadata.openGraph.siteName]).toEqual([
      `${article.title} | Example Spine & Joint`,
      'Example Spine & Joint',
    ])
  })

  it('returns a new object each call, so a caller may change it', () => {
    const first = buildPageMetadata({
      siteUrl: 'https://example.com',
      image: ['https://example.com/a.jpg'],
    })
    first.openGraph.images.push({url: 'https://example.com/b.jpg'})
    first.title = 'changed'
    const second = buildPageMetadata({
      siteUrl: 'https://example.com',
      image: ['https://example.com/a.jpg'],
    })
    expect([second.title, second.openGraph.images]).toEqual([
      `${article.title} | Non-Surgical Orthopaedic`,
      [{url: 'https://example.com/a.jpg'}],
    ])
  })

  it.each([
    [{siteUrl: 'example.com'}, 'siteUrl', 'an absolute http(s) URL'],
    [{siteUrl: 'https://example.com', title: ''}, 'title', 'a non-empty'],
    [{siteUrl: 'https://example.com', nodez: ['website']}, 'nodez', 'no such field'],
    [{siteUrl: 'https://example.com', nodes: ['faq']}, 'nodes[0]', 'one of website'],
    [{path: '/a/'}, 'siteUrl', 'a value (the field is required)'],
  ])('rejects %o, naming %s', (options, field, expected) => {
    const error = errorOf(() => buildPageMetadata(options as never))
    expect(error.field).toBe(field)
    expect(error.expected).toContain(expected)
  })

  it('takes the whole options object, and uses what the head needs', () => {
    const options = {
      siteUrl: 'https://example.com',
      nodes: ['website'] as const,
      nonce: 'abc',
      toc: true,
    }
    expect(buildPageMetadata(options)).toEqual(buildPageMetadata({siteUrl: 'https://example.com'}))
  })
})
