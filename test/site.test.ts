import {existsSync} from 'node:fs'
import {mkdir, readdir, readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {Element} from 'hast'
import {selectAll} from 'hast-util-select'
import {toString as hastToString} from 'hast-util-to-string'
import {HtmlValidate} from 'html-validate'
import {describe, expect, it, vi} from 'vitest'
import type {ClinicInput} from '../src/index.js'
import {SciaticaContentError} from '../src/index.js'
import {checkOutDir, SiteWriter} from '../src/site/output.js'
import {buildSite} from '../src/site.js'
import {validateJsonLd} from '../src/validate.js'
import {errorOf} from './helpers/errors.js'
import {listFiles, temporaryDirectory} from './helpers/files.js'
import {hostClinic as georgiaClinic} from './helpers/fixtures.js'
import {emptyValues} from './helpers/graph.js'
import {parseHtml} from './helpers/html.js'

// The shared host clinic, and a location whose id and locality are not Latin script.
const hostClinic = {
  ...georgiaClinic,
  locations: [
    ...georgiaClinic.locations,
    {id: 'tōkyō', address: {addressLocality: '東京', addressCountry: 'JP'}},
  ],
} satisfies ClinicInput

describe('buildSite', () => {
  it('writes the article, a page per location, the locations index, home, 404, the theme, the feed, llms.txt, sitemap, robots and a .jsonld beside each page', async () => {
    const directory = await temporaryDirectory()
    const result = await buildSite({siteUrl: 'https://example.com', outDir: 'site', cwd: directory})
    expect(result.outDir).toBe(path.join(directory, 'site'))
    expect(result.files).toEqual([
      '404.html',
      'can-physical-therapy-help-with-sciatica/index.html',
      'can-physical-therapy-help-with-sciatica/index.jsonld',
      'can-physical-therapy-help-with-sciatica/index.md',
      'can-physical-therapy-help-with-sciatica/social-card.png',
      'favicon.svg',
      'feed.xml',
      'index.html',
      'index.jsonld',
      'llms.txt',
      'locations/carrollton/index.html',
      'locations/carrollton/index.jsonld',
      'locations/index.html',
      'locations/index.jsonld',
      'locations/marietta/index.html',
      'locations/marietta/index.jsonld',
      'robots.txt',
      'sitemap.xml',
      'theme.css',
    ])
    expect(await listFiles(result.outDir)).toEqual(
      ['.sciatica-content.json', ...result.files].sort(),
    )
    const read = (file: string) => readFile(path.join(result.outDir, file), 'utf8')

    expect(await read('robots.txt')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://example.com/sitemap.xml\n',
    )
    const sitemap = await read('sitemap.xml')
    expect([...sitemap.matchAll(/<loc>(.*?)<\/loc>/g)].map((match) => match[1])).toEqual([
      'https://example.com/',
      'https://example.com/can-physical-therapy-help-with-sciatica/',
      'https://example.com/locations/',
      'https://example.com/locations/marietta/',
      'https://example.com/locations/carrollton/',
    ])
    expect([...sitemap.matchAll(/<lastmod>(.*?)<\/lastmod>/g)].map((match) => match[1])).toEqual(
      Array(5).fill('2021-08-13'),
    )

    const marietta = parseHtml(await read('locations/marietta/index.html'), false)
    expect(marietta.errors).toEqual([])
    expect(hastToString(selectAll('h1', marietta.tree)[0] as Element)).toBe(
      'Non-Surgical Orthopaedic, Marietta',
    )
    expect(selectAll('main address a', marietta.tree)[0]?.properties.href).toBe('tel:+17704211420')
    expect(selectAll('main li', marietta.tree).map((node) => hastToString(node))).toEqual([
      'Pain management injections',
    ])
    expect(selectAll('main h2 > a', marietta.tree)[0]?.properties.href).toBe(
      'https://example.com/can-physical-therapy-help-with-sciatica/',
    )
    const graph = JSON.parse(await read('locations/marietta/index.jsonld'))
    expect(graph['@graph'].map((node: {'@type': string}) => node['@type'])).toEqual([
      'WebSite',
      'MedicalOrganization',
      'MedicalClinic',
      'WebPage',
      'MedicalTherapy',
      'BreadcrumbList',
    ])
    expect(graph['@graph'][2].url).toBe('https://example.com/locations/marietta/')

    const notFound = parseHtml(await read('404.html'), false)
    expect(selectAll('meta[name=robots]', notFound.tree)[0]?.properties.content).toBe('noindex')
    const home = parseHtml(await read('index.html'), false)
    expect(selectAll('main a', home.tree).map((node) => node.properties.href)).toEqual([
      'https://example.com/can-physical-therapy-help-with-sciatica/',
      'https://example.com/locations/',
      'https://example.com/locations/marietta/',
      'https://example.com/locations/carrollton/',
    ])
  })

  it('gives every page valid, accessible HTML and valid JSON-LD', async () => {
    const directory = await temporaryDirectory()
    const {outDir, files} = await buildSite({
      siteUrl: 'https://clinic.example/',
      outDir: path.join(directory, 'out'),
      clinic: hostClinic,
      dateModified: '2024-05-01',
      socialCards: 'all',
    })
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended', 'html-validate:a11y'],
      rules: {'doctype-style': 'off', 'tel-non-breaking': 'off'},
    })
    for (const file of files.filter((name) => /\.(html|jsonld)$/.test(name))) {
      const text = await readFile(path.join(outDir, file), 'utf8')
      expect(
        validateJsonLd(text, {format: file.endsWith('.html') ? 'html' : 'json'}).errors,
        file,
      ).toEqual([])
      if (file.endsWith('.jsonld')) expect(emptyValues(JSON.parse(text)), file).toEqual([])
      if (file.endsWith('.html')) {
        const report = await validator.validateString(text)
        expect(
          report.results.flatMap((result) => result.messages.map((message) => message.message)),
          file,
        ).toEqual([])
      }
    }
    expect(files).toContain('locations/tōkyō/index.html')
    const sitemap = await readFile(path.join(outDir, 'sitemap.xml'), 'utf8')
    expect(sitemap).toContain('<loc>https://clinic.example/locations/t%C5%8Dky%C5%8D/</loc>')
    expect(sitemap).toContain('<lastmod>2024-05-01</lastmod>')
  })

  it('writes the same bytes for the same input', async () => {
    const directory = await temporaryDirectory()
    const first = await buildSite({
      siteUrl: 'https://clinic.example',
      outDir: path.join(directory, 'a'),
      clinic: hostClinic,
    })
    const second = await buildSite({
      siteUrl: 'https://clinic.example',
      outDir: path.join(directory, 'b'),
      clinic: structuredClone(hostClinic),
    })
    for (const file of [...first.files, '.sciatica-content.json']) {
      expect(await readFile(path.join(second.outDir, file), 'utf8'), file).toBe(
        await readFile(path.join(first.outDir, file), 'utf8'),
      )
    }
  })

  it('replaces only what it wrote before, and never a file it did not write', async () => {
    const directory = await temporaryDirectory()
    const outDir = path.join(directory, 'site')
    await buildSite({siteUrl: 'https://clinic.example', outDir, clinic: hostClinic})
    await writeFile(path.join(outDir, 'keep.txt'), 'mine')
    await writeFile(path.join(outDir, 'locations', 'atlanta', 'notes.txt'), 'mine too')
    await buildSite({
      siteUrl: 'https://clinic.example',
      outDir,
      clinic: {...hostClinic, locations: hostClinic.locations.slice(1)},
    })
    expect(existsSync(path.join(outDir, 'locations', 'atlanta', 'index.html'))).toBe(false)
    expect(await readFile(path.join(outDir, 'keep.txt'), 'utf8')).toBe('mine')
    expect(await readFile(path.join(outDir, 'locations', 'atlanta', 'notes.txt'), 'utf8')).toBe(
      'mine too',
    )
    expect(existsSync(path.join(outDir, 'locations', 'macon', 'index.html'))).toBe(true)
    expect((await readdir(directory)).sort()).toEqual(['site'])
  })

  it('leaves the previous site as it was when a build fails', async () => {
    const directory = await temporaryDirectory()
    const outDir = path.join(directory, 'site')
    await buildSite({siteUrl: 'https://example.com', outDir})
    const before = await readFile(path.join(outDir, 'index.html'), 'utf8')
    await expect(
      buildSite({
        siteUrl: 'https://other.example',
        outDir,
        onProgress: (done) => {
          if (done === 2) throw new Error('disk full')
        },
      }),
    ).rejects.toThrow('disk full')
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toBe(before)
    expect((await readdir(directory)).sort()).toEqual(['site'])
  })

  it('reads a damaged manifest as none: it deletes nothing by it', async () => {
    const directory = await temporaryDirectory()
    await writeFile(path.join(directory, 'escape.txt'), 'outside')
    for (const [index, manifest] of [
      'not json',
      '{"files": "index.html"}',
      '{"files": ["../escape.txt", 7]}',
    ].entries()) {
      const outDir = path.join(directory, `site${index}`)
      await mkdir(outDir)
      await writeFile(path.join(outDir, '.sciatica-content.json'), manifest)
      await buildSite({siteUrl: 'https://example.com', outDir})
      // Built again: the files are now the build's own, by its new manifest.
      await buildSite({siteUrl: 'https://example.com', outDir})
      expect(await readFile(path.join(directory, 'escape.txt'), 'utf8')).toBe('outside')
    }
  })

  it('reports progress page by page', async () => {
    const directory = await temporaryDirectory()
    const seen: string[] = []
    await buildSite({
      siteUrl: 'https://example.com',
      outDir: path.join(directory, 'site'),
      onProgress: (done, total) => seen.push(`${done}/${total}`),
    })
    expect(seen).toEqual(['1/6', '2/6', '3/6', '4/6', '5/6', '6/6'])
  })

  it('puts the article at the host’s path, below a site URL with a path', async () => {
    const directory = await temporaryDirectory()
    const {files} = await buildSite({
      siteUrl: 'https://example.com/blog/',
      path: '/learn/sciatica',
      outDir: path.join(directory, 'site'),
    })
    expect(files).toContain('learn/sciatica/index.html')
    expect(files).toContain('learn/sciatica/index.jsonld')
  })

  // No build is ever pointed at the real filesystem root or home folder: were the refusal to
  // break, it would write a site there. The root is checked without building; the home folder is
  // a stand-in (HOME set to a folder of the test).
  it('refuses the filesystem root', () => {
    const error = errorOf(() => checkOutDir(path.parse(process.cwd()).root, process.cwd()))
    expect([error.field, error.received]).toEqual([
      'outDir',
      `${JSON.stringify(path.parse(process.cwd()).root)}, the filesystem root`,
    ])
  })

  it.each([
    ['home', 'the home folder'],
    ['.', 'the current folder'],
    ['project', 'a project root'],
  ])('refuses to write over %s (%s)', async (outDir, reason) => {
    const directory = await temporaryDirectory()
    await mkdir(path.join(directory, 'project'))
    await mkdir(path.join(directory, 'home'))
    await writeFile(path.join(directory, 'project', 'package.json'), '{}')
    vi.stubEnv('HOME', path.join(directory, 'home'))
    const error = await buildSite({siteUrl: 'https://example.com', outDir, cwd: directory}).catch(
      (error: unknown) => error,
    )
    vi.unstubAllEnvs()
    expect(error).toBeInstanceOf(SciaticaContentError)
    expect((error as SciaticaContentError).field).toBe('outDir')
    expect((error as SciaticaContentError).received).toContain(reason)
    expect(await readdir(path.join(directory, 'home'))).toEqual([])
  })

  it.each(['/', '/locations/sciatica/', '/%2F', '/%6Cocations/marietta/', '/a%5Cb/', '/%FF/'])(
    'refuses the article path %s, which is the site’s own',
    async (articlePath) => {
      const directory = await temporaryDirectory()
      const error = await buildSite({
        siteUrl: 'https://example.com',
        path: articlePath,
        outDir: path.join(directory, 'site'),
      }).catch((error: unknown) => error)
      expect(error).toMatchObject({field: 'path', received: JSON.stringify(articlePath)})
    },
  )

  it('keeps what is in an output folder it did not make', async () => {
    const directory = await temporaryDirectory()
    await mkdir(path.join(directory, 'site'))
    await writeFile(path.join(directory, 'site', 'keep.txt'), 'mine')
    await buildSite({siteUrl: 'https://example.com', outDir: path.join(directory, 'site')})
    expect(await readFile(path.join(directory, 'site', 'keep.txt'), 'utf8')).toBe('mine')
  })

  it('refuses to replace files it did not write, moving nothing', async () => {
    const directory = await temporaryDirectory()
    await mkdir(path.join(directory, 'site'))
    await writeFile(path.join(directory, 'site', 'index.html'), 'MY HOME PAGE')
    const error = await buildSite({
      siteUrl: 'https://example.com',
      outDir: path.join(directory, 'site'),
    }).catch((error: unknown) => error)
    expect(error).toMatchObject({
      code: 'out-dir-conflict',
      field: undefined,
      received: expect.stringContaining('which has files the build did not write: index.html'),
    })
    expect(await listFiles(path.join(directory, 'site'))).toEqual(['index.html'])
    expect(await readFile(path.join(directory, 'site', 'index.html'), 'utf8')).toBe('MY HOME PAGE')
    expect(await readdir(directory)).toEqual(['site'])

    for (const file of [
      '404.html',
      'robots.txt',
      'sitemap.xml',
      'locations/marietta/index.html',
      'locations/carrollton/index.html',
    ]) {
      await mkdir(path.dirname(path.join(directory, 'site', file)), {recursive: true})
      await writeFile(path.join(directory, 'site', file), 'mine')
    }
    const many = await buildSite({
      siteUrl: 'https://example.com',
      outDir: path.join(directory, 'site'),
    }).catch((error: unknown) => error)
    expect((many as SciaticaContentError).received).toMatch(/, …$/)
  })

  it('refuses a folder another build is writing, and a file', async () => {
    const directory = await temporaryDirectory()
    await writeFile(path.join(directory, 'site.lock'), '1\n')
    await expect(
      buildSite({siteUrl: 'https://example.com', outDir: 'site', cwd: directory}),
    ).rejects.toMatchObject({
      code: 'out-dir-locked',
      field: undefined,
      expected: 'a folder no other build is writing',
    })
    await writeFile(path.join(directory, 'file'), '')
    await expect(
      buildSite({siteUrl: 'https://example.com', outDir: 'file', cwd: directory}),
    ).rejects.toMatchObject({
      received: '"file", a file',
    })
    await mkdir(path.join(directory, 'inner'))
    await expect(
      buildSite({siteUrl: 'https://example.com', outDir: '..', cwd: path.join(directory, 'inner')}),
    ).rejects.toMatchObject({
      received: '"..", the current folder, or a folder that holds it',
    })
  })

  it('stops when its signal is aborted, leaving the previous site and nothing else', async () => {
    const directory = await temporaryDirectory()
    const outDir = path.join(directory, 'site')
    await buildSite({siteUrl: 'https://example.com', outDir})
    const before = await readFile(path.join(outDir, 'index.html'), 'utf8')
    const controller = new AbortController()
    await expect(
      buildSite({
        siteUrl: 'https://other.example',
        outDir,
        signal: controller.signal,
        onProgress: () => controller.abort(),
      }),
    ).rejects.toThrow()
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toBe(before)
    expect(await readdir(directory)).toEqual(['site'])
  })

  it('throws when a write fails, and its abort leaves neither a site nor a staging folder', async () => {
    const directory = await temporaryDirectory()
    const outDir = path.join(directory, 'site')
    const writer = await SiteWriter.open(outDir)
    writer.write('page', 'a file')
    // A folder where a file is.
    expect(() => writer.write('page/index.html', 'below the file')).toThrow(
      'Cannot write `page/index.html` in the site: the build writes `page`, a file, there',
    )
    await writer.abort()
    expect(await readdir(directory)).toEqual([])
  })

  it('checks its options before writing anything', async () => {
    const directory = await temporaryDirectory()
    await expect(
      buildSite({siteUrl: 'ftp://example.com', outDir: path.join(directory, 'site')}),
    ).rejects.toThrow('Invalid `siteUrl`')
    expect(await readdir(directory)).toEqual([])
  })
})
