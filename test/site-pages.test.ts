import {readFile} from 'node:fs/promises'
import path from 'node:path'
import fc from 'fast-check'
import type {Element} from 'hast'
import {select, selectAll} from 'hast-util-select'
import {toString as hastToString} from 'hast-util-to-string'
import {parseDocument} from 'htmlparser2'
import {describe, expect, it} from 'vitest'
import {content} from '../src/content/index.js'
import type {ClinicInput} from '../src/index.js'
import {article} from '../src/index.js'
import {
  articleMarkdown,
  atomFeed,
  SITEMAP_BYTES,
  SITEMAP_URLS,
  sitemapFiles,
} from '../src/site/machine.js'
import {HOME_GROUPS, HOME_LOCATIONS, LOCATIONS_PER_PAGE} from '../src/site/pages.js'
import {renderCard} from '../src/site/social-card.js'
import {buildSite, renderSocialCard, SOCIAL_CARD, THEME_CSS} from '../src/site.js'
import {validateJsonLd} from '../src/validate.js'
import {rejectionOf} from './helpers/errors.js'
import {temporaryDirectory} from './helpers/files.js'
import {fullHostClinic, hostClinic} from './helpers/fixtures.js'
import {parseHtml} from './helpers/html.js'

const articlePath = `${article.slug}/`

async function build(options: Omit<Parameters<typeof buildSite>[0], 'outDir'>) {
  const directory = await temporaryDirectory()
  const result = await buildSite({...options, outDir: path.join(directory, 'site')})
  const read = (file: string) => readFile(path.join(result.outDir, file), 'utf8')
  const html = async (file: string) => {
    const {tree, errors} = parseHtml(await read(file), false)
    expect(errors, file).toEqual([])
    return tree
  }
  return {...result, read, html}
}

// A PNG's width and height, from its IHDR chunk.
function pngSize(bytes: Uint8Array): [number, number] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  expect([...bytes.subarray(1, 4)].map((code) => String.fromCharCode(code)).join('')).toBe('PNG')
  return [view.getUint32(16), view.getUint32(20)]
}

/** A clinic with `count` locations spread over `regions` US states, round robin. */
function manyLocations(count: number, regions: number): ClinicInput {
  return {
    name: 'Example Spine',
    telephone: '404-555-0100',
    locations: Array.from({length: count}, (_, index) => ({
      id: `l${index}`,
      address: {
        addressLocality: 'Atlanta',
        addressRegion: `R${index % regions}`,
        addressCountry: 'US',
      },
    })),
  }
}

describe('the site’s frame', () => {
  it('gives every page the theme, the icon, the feed, a header, a footer and a skip link', async () => {
    const site = await build({siteUrl: 'https://example.com', clinic: hostClinic})
    expect(await site.read('theme.css')).toBe(THEME_CSS)
    for (const file of site.files.filter((name) => name.endsWith('.html'))) {
      const tree = await site.html(file)
      const href = (selector: string) => select(selector, tree)?.properties.href
      // The site's own files from the origin's root: found on the host or on a local server.
      expect(href('link[rel=stylesheet]'), file).toBe('/theme.css')
      expect(href('link[rel=icon]'), file).toBe('/favicon.svg')
      expect(href('link[rel=alternate][type="application/atom+xml"]'), file).toBe(
        'https://example.com/feed.xml',
      )
      expect(href('a.skip-link'), file).toBe('#main')
      expect(select('main#main', tree), file).toBeDefined()
      expect(
        selectAll('header nav[aria-label=Site] a', tree).map((node) => node.properties.href),
        file,
      ).toEqual([`https://example.com/${articlePath}`, 'https://example.com/locations/'])
      const footer = select('footer.site-footer', tree) as Element
      expect(select('a[href^="tel:"]', footer)?.properties.href, file).toBe('tel:+14045550100')
      // The disclaimer is the site's, outside the article and the main content.
      expect(hastToString(select('.disclaimer', footer) as Element), file).toMatch(
        /^A note from Example Spine: .*not medical advice/,
      )
    }
  })

  it('shows the breadcrumb the JSON-LD describes, the current page last', async () => {
    const site = await build({
      siteUrl: 'https://example.com',
      clinic: hostClinic,
      breadcrumb: [{name: 'Learn', path: '/learn/'}],
    })
    for (const page of [articlePath, 'locations/atlanta/', 'locations/']) {
      const tree = await site.html(`${page}index.html`)
      const links = selectAll('nav[aria-label=Breadcrumb] li a', tree)
      const graph = JSON.parse(await site.read(`${page}index.jsonld`))
      const crumbs = graph['@graph'].find(
        (node: {'@type': string}) => node['@type'] === 'BreadcrumbList',
      )
      expect(
        links.map((link) => [hastToString(link), link.properties.href]),
        page,
      ).toEqual(
        crumbs.itemListElement.map((item: {name: string; item: string}) => [item.name, item.item]),
      )
      expect(links.at(-1)?.properties.ariaCurrent, page).toBe('page')
    }
  })

  it('links the theme below a site URL with a path', async () => {
    const site = await build({siteUrl: 'https://example.com/blog/'})
    const tree = await site.html('index.html')
    expect(select('link[rel=stylesheet]', tree)?.properties.href).toBe('/blog/theme.css')
    expect(select('link[rel=icon]', tree)?.properties.href).toBe('/blog/favicon.svg')
  })

  it('takes a host’s stylesheet, or none', async () => {
    const own = await build({siteUrl: 'https://example.com', stylesheet: '/css/site.css'})
    expect(own.files).not.toContain('theme.css')
    expect(select('link[rel=stylesheet]', await own.html('index.html'))?.properties.href).toBe(
      '/css/site.css',
    )
    // An absolute URL is published normalized, as every URL.
    const absolute = await build({
      siteUrl: 'https://example.com',
      stylesheet: 'HTTPS://CDN.Example/brand styles.css',
    })
    expect(select('link[rel=stylesheet]', await absolute.html('index.html'))?.properties.href).toBe(
      'https://cdn.example/brand%20styles.css',
    )
    const none = await build({siteUrl: 'https://example.com', stylesheet: false})
    expect(none.files).not.toContain('theme.css')
    expect(select('link[rel=stylesheet]', await none.html('index.html'))).toBeUndefined()
  })

  it.each([
    ['stylesheet', 'css/site.css'],
    ['stylesheet', '//cdn.example/site.css'],
    ['stylesheet', 'javascript:alert(1)'],
    ['stylesheet', true],
    ['stylesheet', '/site\u0000.css'],
    ['stylesheet', `/${'a'.repeat(2001)}.css`],
    ['socialCards', 'some'],
  ])('refuses %s %j before writing anything', async (field, value) => {
    const directory = await temporaryDirectory()
    const error = await rejectionOf(() =>
      buildSite({
        siteUrl: 'https://example.com',
        outDir: path.join(directory, 'site'),
        [field]: value,
      }),
    )
    expect([error.code, error.field]).toEqual(['invalid-option', field])
  })
})

describe('the site’s pages', () => {
  it('introduces the article and lists the locations by region on the home page', async () => {
    const site = await build({siteUrl: 'https://example.com', clinic: fullHostClinic})
    const home = await site.html('index.html')
    const card = select('main section.card', home) as Element
    expect(hastToString(select('h2', card) as Element)).toBe(article.title)
    expect(select('time', card)?.properties.dateTime).toBe('2021-08-13')
    expect(hastToString(card)).toContain(article.description)
    // Republished: the page says who wrote it and who publishes it.
    expect(hastToString(select('.meta', card) as Element)).toBe(
      'Written by Non-Surgical Orthopaedic on August 13, 2021. Published by Example Spine.',
    )
    expect(selectAll('main h3', home).map((node) => hastToString(node))).toEqual([
      'United Kingdom',
      'West Yorkshire',
    ])
  })

  it('gives regions that slug alike, or not at all, their own fragment ids', async () => {
    const region = (addressRegion: string) => ({
      address: {addressLocality: addressRegion, addressRegion, addressCountry: 'US' as const},
    })
    const site = await build({
      siteUrl: 'https://example.com',
      clinic: {
        name: 'Example Spine',
        telephone: '404-555-0100',
        locations: [
          {id: 'a', ...region('GA')},
          {id: 'b', ...region('G.A.')},
          {id: 'c', ...region('—')},
        ],
      },
    })
    const index = await site.html('locations/index.html')
    expect(selectAll('main h2', index).map((node) => node.properties.id)).toEqual([
      'region-ga',
      'region-ga-2',
      'region-place',
    ])
  })

  it('links a location to a map only with coordinates, and to its website only when given', async () => {
    const site = await build({siteUrl: 'https://example.com', clinic: fullHostClinic})
    const london = await site.html('locations/london/index.html')
    const links = selectAll('main a', london).map((node) => String(node.properties.href))
    expect(links).toContain('https://www.openstreetmap.org/?mlat=51.5&mlon=-0.1#map=17/51.5/-0.1')
    expect(links).toContain('https://clinic.example/london')
    expect(selectAll('iframe', london)).toEqual([])
    const leeds = await site.html('locations/leeds/index.html')
    expect(
      selectAll('main a', leeds).filter((node) =>
        String(node.properties.href).includes('openstreetmap'),
      ),
    ).toEqual([])
    expect(hastToString(select('main', leeds) as Element)).not.toContain('Website of')
  })

  it('links each location in the call to action to its page', async () => {
    const own = await build({siteUrl: 'https://example.com'})
    const cta = select('article footer', await own.html(`${articlePath}index.html`)) as Element
    expect(selectAll('a', cta).map((node) => [hastToString(node), node.properties.href])).toEqual([
      ['Marietta', 'https://example.com/locations/marietta/'],
      ['Carrollton', 'https://example.com/locations/carrollton/'],
      ['770-421-1420', 'tel:+17704211420'],
    ])
    // Word for word: the links change no text.
    expect(hastToString(cta).replace(/\s+/g, ' ').trim()).toBe(
      article.callToAction.join(' ').replace(/\s+/g, ' '),
    )
    const host = await build({siteUrl: 'https://example.com', clinic: hostClinic})
    const aside = select(
      'aside[aria-label="Contact Example Spine"]',
      await host.html(`${articlePath}index.html`),
    )
    expect(selectAll('strong a', aside as Element).map((node) => node.properties.href)).toEqual([
      'https://example.com/locations/atlanta/',
      'https://example.com/locations/macon/',
    ])
  })

  it('splits the locations index into pages, and lists regions on the home page beyond a few locations', async () => {
    const count = LOCATIONS_PER_PAGE + 10
    const site = await build({
      siteUrl: 'https://example.com',
      clinic: manyLocations(count, HOME_GROUPS + 3),
    })
    expect(site.files).toContain('locations/pages/2/index.html')
    expect(site.files).not.toContain('locations/pages/3/index.html')
    const first = await site.html('locations/index.html')
    const second = await site.html('locations/pages/2/index.html')
    const listed = [first, second].flatMap((tree) => selectAll('main ul.locations a', tree))
    expect(listed).toHaveLength(count)
    expect(new Set(listed.map((node) => node.properties.href)).size).toBe(count)
    // A region carried over to the next page says so.
    expect(hastToString(selectAll('main h2', second)[0] as Element)).toMatch(/\(continued\)$/)
    expect(
      selectAll('nav[aria-label="Pages of the locations index"] a', second).map(
        (node) => node.properties.ariaCurrent ?? null,
      ),
    ).toEqual([null, 'page'])

    const home = await site.html('index.html')
    const regions = selectAll('main ul.locations a', home)
    expect(regions).toHaveLength(HOME_GROUPS)
    expect(count).toBeGreaterThan(HOME_LOCATIONS)
    expect(hastToString(regions[0] as Element)).toMatch(/^R0 \(\d+\)$/)
    // Each region links to its heading on the index page that lists its first location.
    for (const link of regions) {
      const [page, id] = String(link.properties.href).split('#') as [string, string]
      const tree = page.endsWith('/pages/2/') ? second : first
      expect(select(`h2#${id}`, tree), String(link.properties.href)).toBeDefined()
    }
    expect(hastToString(select('main', home) as Element)).toContain('and 3 more regions.')
    for (const file of [
      'index.jsonld',
      'locations/index.jsonld',
      'locations/pages/2/index.jsonld',
    ]) {
      expect(validateJsonLd(await site.read(file), {format: 'json'}).errors, file).toEqual([])
    }
  })
})

describe('the social card', () => {
  it('is a 1200×630 PNG, described in the head and as the article’s #primaryimage', async () => {
    const site = await build({siteUrl: 'https://example.com'})
    const png = await readFile(path.join(site.outDir, articlePath, 'social-card.png'))
    expect(pngSize(png)).toEqual([SOCIAL_CARD.width, SOCIAL_CARD.height])
    const url = `https://example.com/${articlePath}social-card.png`
    const head = await site.html(`${articlePath}index.html`)
    const meta = (key: string) =>
      select(`meta[property="${key}"], meta[name="${key}"]`, head)?.properties.content
    expect([
      meta('og:image'),
      meta('og:image:width'),
      meta('og:image:height'),
      meta('og:image:type'),
      meta('og:image:alt'),
      meta('twitter:card'),
      meta('twitter:image'),
    ]).toEqual([
      url,
      '1200',
      '630',
      'image/png',
      `${article.title} — by Non-Surgical Orthopaedic, on Non-Surgical Orthopaedic`,
      'summary_large_image',
      url,
    ])
    const graph = JSON.parse(await site.read(`${articlePath}index.jsonld`))['@graph']
    const id = `https://example.com/${articlePath}#primaryimage`
    const image = graph.find((node: {'@id': string}) => node['@id'] === id)
    expect(image).toMatchObject({
      '@type': 'ImageObject',
      url,
      contentUrl: url,
      width: {'@type': 'QuantitativeValue', value: 1200, unitCode: 'E37'},
      height: {'@type': 'QuantitativeValue', value: 630, unitCode: 'E37'},
    })
    const byType = (type: string) => graph.find((node: {'@type': string}) => node['@type'] === type)
    expect(byType('BlogPosting').image).toEqual({'@id': id})
    expect(byType('MedicalWebPage').primaryImageOfPage).toEqual({'@id': id})
  })

  it('gives way to a host’s own image, and to none', async () => {
    const own = await build({siteUrl: 'https://example.com', image: ['https://cdn.example/a.jpg']})
    expect(own.files).not.toContain(`${articlePath}social-card.png`)
    const graph = JSON.parse(await own.read(`${articlePath}index.jsonld`))['@graph']
    expect(graph.map((node: {'@type': string}) => node['@type'])).not.toContain('ImageObject')
    const none = await build({siteUrl: 'https://example.com', socialCards: 'none'})
    expect(none.files.filter((file) => file.endsWith('.png'))).toEqual([])
  })

  it('is made for every location only when asked', async () => {
    const site = await build({siteUrl: 'https://example.com', socialCards: 'all'})
    expect(site.files.filter((file) => file.endsWith('.png'))).toEqual([
      `${articlePath}social-card.png`,
      'locations/carrollton/social-card.png',
      'locations/marietta/social-card.png',
    ])
    const head = await site.html('locations/marietta/index.html')
    expect(select('meta[property="og:image"]', head)?.properties.content).toBe(
      'https://example.com/locations/marietta/social-card.png',
    )
    const graph = JSON.parse(await site.read('locations/marietta/index.jsonld'))['@graph']
    expect(
      graph.find((node: {'@type': string}) => node['@type'] === 'WebPage').primaryImageOfPage,
    ).toEqual({
      '@id': 'https://example.com/locations/marietta/#primaryimage',
    })
  })

  it('is also an API, the same bytes as the build’s', async () => {
    const png = await renderSocialCard({siteUrl: 'https://example.com'})
    expect(pngSize(png)).toEqual([1200, 630])
    const site = await build({siteUrl: 'https://example.com'})
    expect(
      Buffer.from(png).equals(
        await readFile(path.join(site.outDir, articlePath, 'social-card.png')),
      ),
    ).toBe(true)
    const error = await rejectionOf(() => renderSocialCard({siteUrl: 'ftp://x'}))
    expect(error.field).toBe('siteUrl')
  })

  it.each([10, 60, 100, 200])('lays out a title of %i characters in the card', async (length) => {
    const png = await renderCard({
      title: 'Sciatica '.repeat(40).slice(0, length),
      byline: 'By Example Spine',
      siteName: 'Example Spine',
    })
    expect(pngSize(png)).toEqual([1200, 630])
  })

  it('fits a long title and a long site name inside the card', async () => {
    const png = await renderSocialCard({siteUrl: 'https://example.com', siteName: 'S'.repeat(200)})
    expect(pngSize(png)).toEqual([1200, 630])
  })
})

describe('the site’s files for machines', () => {
  it('writes an Atom feed with the article, its author and its whole text', async () => {
    const site = await build({
      siteUrl: 'https://example.com',
      clinic: hostClinic,
      dateModified: '2024-05-01',
    })
    const feed = parseDocument(await site.read('feed.xml'), {xmlMode: true})
    const text = (selector: string) => hastLikeText(feed, selector)
    expect(text('feed > title')).toBe('Example Spine')
    expect(text('feed > entry > title')).toBe(article.title)
    expect(text('feed > entry > id')).toBe(`https://example.com/${articlePath}`)
    expect(text('feed > entry > author > name')).toBe('Non-Surgical Orthopaedic')
    expect(text('feed > entry > published')).toBe('2021-08-13T00:00:00Z')
    expect(text('feed > entry > updated')).toBe('2024-05-01T00:00:00Z')
    const html = parseHtml(text('feed > entry > content'), true)
    expect(html.errors).toEqual([])
    expect(hastToString(html.tree)).toContain(content.article.sections[1]?.paragraphs[0])
  })

  it('escapes any site name in the feed, which parses back to the same text', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const clean = name.replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd]/g, '')
        const host = {
          siteUrl: 'https://example.com/',
          articleUrl: 'https://example.com/a/',
          siteName: clean,
          inLanguage: 'en',
          dateModified: undefined,
          clinic: content.clinic,
          republishes: false,
        } as Parameters<typeof atomFeed>[1]
        const feed = parseDocument(atomFeed(content, host, 'https://example.com/feed.xml', clean), {
          xmlMode: true,
          decodeEntities: true,
        })
        expect(hastLikeText(feed, 'feed > title')).toBe(clean)
        expect(hastLikeText(feed, 'feed > entry > content')).toBe(clean)
      }),
    )
  })

  it('writes the article’s Markdown beside its page, word for word, with who and when', async () => {
    const site = await build({
      siteUrl: 'https://example.com',
      clinic: hostClinic,
      siteName: 'Spine Site',
    })
    const markdown = await site.read(`${articlePath}index.md`)
    expect(markdown.split('\n').slice(0, 3)).toEqual([
      `# ${article.title}`,
      '',
      'Written by Non-Surgical Orthopaedic on August 13, 2021. Published by Example Spine on Spine Site.',
    ])
    expect(markdown).toContain(
      `${content.article.markdown}\n\n${content.article.callToActionMarkdown}\n`,
    )
    expect(markdown).toContain('> Correction: “Carrolton” is spelled “Carrollton” here.')
    const source = await readFile(
      path.join(import.meta.dirname, '..', 'content', 'article.md'),
      'utf8',
    )
    // The body of content/article.md, but for the comment that marks the call to action.
    const body = source.slice(source.indexOf('\n---\n', 4) + 5).replace(/<!--[\s\S]*?-->\n\n/, '')
    expect(markdown.slice(markdown.indexOf('\n---\n') + 5)).toBe(body)
  })

  it('writes llms.txt in the llmstxt.org form, linking the Markdown', async () => {
    const site = await build({siteUrl: 'https://example.com/blog/', path: '/learn/sciatica'})
    const llms = await site.read('llms.txt')
    const lines = llms.split('\n')
    expect(lines[0]).toBe('# Non-Surgical Orthopaedic')
    expect(lines[2]).toBe(`> ${article.description}`)
    expect(llms).toContain(
      `- [${article.title}](https://example.com/blog/learn/sciatica/index.md): `,
    )
    expect(site.files).toContain('learn/sciatica/index.md')
    expect(llms).toContain('## Locations\n\n- [Locations](https://example.com/blog/locations/): ')
  })

  it('writes one sitemap up to 50,000 URLs, then files of at most 50,000 and an index', () => {
    const urls = (count: number) =>
      Array.from({length: count}, (_, index) => `https://example.com/${index}/`)
    const one = [...sitemapFiles('https://example.com/', '2021-08-13', urls(SITEMAP_URLS))]
    expect(one.map(([name]) => name)).toEqual(['sitemap.xml'])
    const split = [
      ...sitemapFiles('https://example.com/', '2021-08-13', urls(2 * SITEMAP_URLS + 1)),
    ]
    expect(split.map(([name]) => name)).toEqual([
      'sitemap-1.xml',
      'sitemap-2.xml',
      'sitemap-3.xml',
      'sitemap.xml',
    ])
    const count = (text: string) => text.split('<url>').length - 1
    expect(split.slice(0, 3).map(([, text]) => count(text))).toEqual([
      SITEMAP_URLS,
      SITEMAP_URLS,
      1,
    ])
    const index = split[3]?.[1] as string
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    expect([...index.matchAll(/<loc>(.*?)<\/loc>/g)].map((match) => match[1])).toEqual([
      'https://example.com/sitemap-1.xml',
      'https://example.com/sitemap-2.xml',
      'https://example.com/sitemap-3.xml',
    ])
  })

  it('keeps each sitemap under 50 MB, whatever the URLs’ length', () => {
    const long = `https://example.com/${'a'.repeat(4000)}/`
    const files = [...sitemapFiles('https://example.com/', '2021-08-13', Array(14_000).fill(long))]
    expect(files.map(([name]) => name)).toEqual(['sitemap-1.xml', 'sitemap-2.xml', 'sitemap.xml'])
    for (const [, text] of files) expect(Buffer.byteLength(text)).toBeLessThanOrEqual(SITEMAP_BYTES)
  })

  it('writes the Markdown of a republished article with its host’s name', () => {
    const markdown = articleMarkdown(
      content,
      {
        siteUrl: 'https://example.com/',
        articleUrl: 'https://example.com/a/',
        siteName: 'Non-Surgical Orthopaedic',
        clinic: content.clinic,
        republishes: false,
      } as Parameters<typeof articleMarkdown>[1],
      {date: () => 'August 13, 2021'} as unknown as Parameters<typeof articleMarkdown>[2],
    )
    expect(markdown.split('\n')[2]).toBe('Written by Non-Surgical Orthopaedic on August 13, 2021.')
  })
})

// The text of the first element a `parent > child` selector names in an XML document.
function hastLikeText(document: ReturnType<typeof parseDocument>, selector: string): string {
  const names = selector.split(' > ')
  let nodes = document.children
  let found: (typeof nodes)[number] | undefined
  for (const name of names) {
    found = nodes.find((node) => 'name' in node && node.name === name)
    if (found === undefined || !('children' in found)) return ''
    nodes = found.children
  }
  return nodes.map((node) => ('data' in node ? String(node.data) : '')).join('')
}
