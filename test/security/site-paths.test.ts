import {readdir} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {SciaticaContentError} from '../../src/index.js'
import {renderPage} from '../../src/render.js'
import {SiteWriter} from '../../src/site/output.js'
import {
  checkArticlePath,
  optionError,
  relativePathProblem,
  SitePathError,
} from '../../src/site/paths.js'
import {buildSite} from '../../src/site.js'
import {listFiles, temporaryDirectory} from '../helpers/files.js'

// Paths that v0.1 took and then failed on with a raw system error (EISDIR, TypeError,
// ENAMETOOLONG) or wrote where the site's own files are.
const collidingPaths = [
  '/sitemap.xml',
  '/404.html',
  '/robots.txt',
  '/index.html/',
  '/.sciatica-content.json/',
  // The same names as a file system that ignores case sees them (macOS, Windows).
  '/Sitemap.XML',
  '/INDEX.HTML/',
  '/locations',
  '/Locations/marietta/',
]

const unwritablePaths = [
  '/%00/',
  '/a%00b/',
  '/a%0Ab/',
  '/a%7Fb/',
  `/${'a'.repeat(256)}/`,
  `/${'東'.repeat(86)}/`,
  '/%2e%2e/',
]

describe('the article path in the site build', () => {
  it.each([...collidingPaths, ...unwritablePaths])(
    'refuses %s with invalid-option on `path`, writing nothing',
    async (articlePath) => {
      const directory = await temporaryDirectory()
      const error = await buildSite({
        siteUrl: 'https://example.com',
        path: articlePath,
        outDir: path.join(directory, 'site'),
      }).catch((error: unknown) => error)
      expect(error).toBeInstanceOf(SciaticaContentError)
      expect(error).toMatchObject({
        code: 'invalid-option',
        field: 'path',
        received: JSON.stringify(articlePath),
      })
      expect(await readdir(directory)).toEqual([])
    },
  )

  it('refuses `//` inside a path, for renderPage too (the README says no `//`)', async () => {
    for (const articlePath of ['/a//b/', '/a/b//']) {
      await expect(
        renderPage({siteUrl: 'https://example.com', path: articlePath}),
      ).rejects.toMatchObject({code: 'invalid-option', field: 'path'})
    }
    // After a query, `//` is the query's.
    await expect(
      renderPage({siteUrl: 'https://example.com', path: '/a/?next=//b'}),
    ).resolves.toContain('<html')
  })

  it('takes a path of 255-byte names, and a non-Latin one', async () => {
    const directory = await temporaryDirectory()
    const longest = '東'.repeat(85)
    const {files} = await buildSite({
      siteUrl: 'https://example.com',
      path: `/${encodeURIComponent(longest)}/sciatica.html/`,
      outDir: path.join(directory, 'site'),
    })
    expect(files).toContain(`${longest}/sciatica.html/index.html`)
  })
})

describe('a location whose id makes no file name', () => {
  it('is refused with invalid-option on its id, not ENAMETOOLONG', async () => {
    const directory = await temporaryDirectory()
    // An id given at 300 bytes in UTF-8: refused when the clinic is checked, before anything is
    // written (a default id that long is shortened to fit instead).
    const id = '東'.repeat(100)
    const error = await buildSite({
      siteUrl: 'https://example.com',
      outDir: path.join(directory, 'site'),
      clinic: {
        name: 'Host',
        telephone: '404-555-0100',
        locations: [
          {id: 'macon', address: {addressLocality: 'Macon', addressCountry: 'US'}},
          {id, address: {addressLocality: 'Tokyo', addressCountry: 'JP'}},
        ],
      },
    }).catch((error: unknown) => error)
    expect(error).toBeInstanceOf(SciaticaContentError)
    expect(error).toMatchObject({code: 'invalid-option', field: 'clinic.locations[1].id'})
    expect(await readdir(directory)).toEqual([])
  })
})

describe('SiteWriter refuses paths that collide, whatever the files are', () => {
  it('a file above or below another, the same file twice, and the manifest', async () => {
    const directory = await temporaryDirectory()
    const writer = await SiteWriter.open(path.join(directory, 'site'))
    writer.write('feed.xml/index.html', 'a page')
    writer.write('a/b/c.txt', 'deep')
    writer.write('a/d.txt', 'beside')
    const refused = (relative: string) => {
      try {
        writer.write(relative, new Uint8Array([1]))
      } catch (error) {
        expect(error).toBeInstanceOf(SitePathError)
        const {problem, other} = error as SitePathError
        return {problem, other}
      }
      throw new Error(`${relative} was written`)
    }
    expect(refused('feed.xml')).toEqual({
      problem: 'the build writes `feed.xml/index.html` below it',
      other: 'feed.xml/index.html',
    })
    expect(refused('A/D.txt')).toEqual({
      problem: 'the build writes that path already',
      other: 'A/D.txt',
    })
    expect(refused('a/b/c.txt/e')).toEqual({
      problem: 'the build writes `a/b/c.txt`, a file, there',
      other: 'a/b/c.txt',
    })
    expect(refused('.sciatica-content.json/index.html')).toEqual({
      problem: 'the build writes `.sciatica-content.json`, a file, there',
      other: '.sciatica-content.json',
    })
    expect(refused('/etc/passwd').problem).toMatch(/empty/)
    expect(refused('a/../../x').problem).toMatch(/"\.\."/)
    expect(refused('a\0b').problem).toMatch(/control character/)
    expect(refused('a\\b').problem).toMatch(/backslash/)
    expect(refused(`${'x'.repeat(256)}/index.html`).problem).toMatch(/255 bytes/)
    await writer.commit()
    expect(await listFiles(path.join(directory, 'site'))).toEqual([
      '.sciatica-content.json',
      'a/b/c.txt',
      'a/d.txt',
      'feed.xml/index.html',
    ])
  })
})

describe('relativePathProblem, checkArticlePath and optionError', () => {
  it('judge names as a file system would', () => {
    expect(relativePathProblem('locations/東京/index.html')).toBeUndefined()
    expect(relativePathProblem('a//b')).toMatch(/empty/)
    expect(relativePathProblem('a/./b')).toMatch(/empty/)
    expect(relativePathProblem('a\u0085b')).toMatch(/control/)
    expect(checkArticlePath('/a/b/', '/a/b/')).toBe('a/b')
    expect(checkArticlePath('/%E6%9D%B1/', undefined)).toBe('東')
    expect(() => checkArticlePath('/%FF/', '/%FF/')).toThrow(SciaticaContentError)
  })

  it('tells a writer error as the option that chose the path, and leaves others alone', () => {
    const locations = [{id: 'macon'}, {id: 'athens'}]
    const other = new Error('disk on fire')
    expect(optionError(other, 'article', locations, undefined)).toBe(other)
    const unowned = new SitePathError('feed.xml', 'the build writes that path already', 'feed.xml')
    expect(optionError(unowned, 'article', locations, undefined)).toBe(unowned)
    expect(
      optionError(
        new SitePathError('sitemap.xml', 'below it', 'Sitemap.xml/index.html'),
        'sitemap.xml',
        locations,
        '/Sitemap.xml',
      ),
    ).toMatchObject({field: 'path', received: '"/Sitemap.xml"'})
    expect(
      optionError(
        new SitePathError('locations/athens/index.html', 'a name over 255 bytes'),
        'article',
        locations,
        undefined,
      ),
    ).toMatchObject({field: 'clinic.locations[1].id', received: '"athens"'})
  })
})
