import {h} from 'hastscript'
import {article} from '../content/index.js'
import type {ClinicLocation} from '../content/types.js'
import {SciaticaContentError} from '../errors.js'
import {buildGraph} from '../jsonld/graph.js'
import {type Site, urlBelow} from '../jsonld/options.js'
import {serializeJsonLd} from '../jsonld/script.js'
import {buildArticleTree} from '../render/article.js'
import {buildHeadElements, type RenderHeadOptions} from '../render/head.js'
import {parsePageOptions, type RenderArticleOptions} from '../render/options.js'
import {documentFor, pageSettings} from '../render/page.js'
import {checkOutDir, SiteWriter} from './output.js'
import {
  buildLocationGraph,
  indexPage,
  locationPages,
  locationPath,
  locationView,
  notFoundPage,
  offeredTreatments,
} from './pages.js'

/** Options of `buildSite`: those of `renderPage`, and where to write. */
export type BuildSiteOptions = RenderHeadOptions &
  Omit<RenderArticleOptions, 'clinic'> & {
    /** Folder to write the site to; not the filesystem root, the home folder, the current folder or a project root (required). */
    outDir: string
    /** Called after each page, with how many of how many are done (default: none). */
    onProgress?: ((done: number, total: number) => void) | undefined
    /** Folder that a relative `outDir` is resolved against (default: `process.cwd()`). */
    cwd?: string | undefined
    /** Stops the build between pages, leaving the previous site as it was (default: none). */
    signal?: AbortSignal | undefined
  }

/** What `buildSite` wrote. */
export interface BuildSiteResult {
  /** The output folder, absolute. */
  readonly outDir: string
  /** The files written, relative to it, sorted. */
  readonly files: readonly string[]
}

/** Pages a build makes between two turns of the event loop. */
const PAGES_BETWEEN_TURNS = 64

// A URL path as file names: decoded (`undefined` for an escape that is not UTF-8).
function decodePath(urlPath: string): string | undefined {
  try {
    return decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
}

// `/a/b/` → `a/b/index.html`; `/a/b` → `a/b/index.html` too, so the URL works on any server.
function fileOf(urlPath: string, name: string): string {
  return `${(decodePath(urlPath) as string).replace(/^\/|\/$/g, '')}/${name}`
}

/**
 * Build the static site: the article page, a page per clinic location, a home page,
 * `sitemap.xml`, `robots.txt`, `404.html`, and a `.jsonld` file beside each page with its
 * graph. Pages are written one at a time (memory stays flat for any number of locations) to a
 * temporary folder, then moved into `outDir`: a failed build leaves the previous site intact, and
 * files the build did not write are never deleted.
 *
 * @returns
 *   The output folder and the files written.
 * @throws {SciaticaContentError}
 *   When an option is invalid or unknown, or `outDir` is a folder a build must not write over.
 */
export async function buildSite(options: Readonly<BuildSiteOptions>): Promise<BuildSiteResult> {
  const {outDir, onProgress, cwd, signal, ...pageOptions} = options
  const parsed = parsePageOptions(pageOptions)
  const resolvedOutDir = checkOutDir(outDir, cwd ?? process.cwd())
  const page = pageSettings(parsed)
  const {title, nonce, settings} = page
  const site = withLocationUrls(page.site)
  const articlePath = new URL(site.pageUrl).pathname.slice(
    new URL(site.siteUrl).pathname.length - 1,
  )
  // Checked as the file system will see it: decoded, so `/%2F` or `/%6Cocations/` cannot land
  // on the home page or a location's page.
  const decoded = decodePath(articlePath)
  if (
    decoded === undefined ||
    decoded === '/' ||
    decoded.startsWith('/locations/') ||
    /%2f|%5c/i.test(articlePath)
  ) {
    throw new SciaticaContentError(
      ['path'],
      "a path of the article's own (the home page and /locations/ are the site's; no encoded slashes, escapes in UTF-8)",
      JSON.stringify(parsed.path),
    )
  }
  const locations = site.clinic.locations.map((location) => {
    const path = locationPath(location)
    return {location, path, url: urlBelow(site.siteUrl, path)}
  })
  const total = locations.length + 3
  let done = 0
  const progress = async () => {
    signal?.throwIfAborted()
    onProgress?.(++done, total)
    // Pages are made and written synchronously: let the event loop turn now and then, so that
    // a signal (Ctrl-C in the CLI) can stop the build.
    if (done % PAGES_BETWEEN_TURNS === 0) await new Promise((resolve) => setImmediate(resolve))
  }

  const writer = await SiteWriter.open(resolvedOutDir)
  try {
    const articleTree = await buildArticleTree(settings)
    // The clinics are described on their own pages: the article's graph stays the same size
    // for any number of locations.
    const articleSite: Site = {...site, locations: []}
    writer.write(
      fileOf(articlePath, 'index.html'),
      documentFor(articleSite, buildHeadElements(articleSite, title, nonce), [
        h('main', articleTree.children),
      ]),
    )
    writer.write(
      fileOf(articlePath, 'index.jsonld'),
      `${serializeJsonLd(buildGraph(articleSite))}\n`,
    )
    await progress()

    const locationPage = locationPages(site, site.pageUrl)
    const treatments = offeredTreatments(site)
    for (const {location, url, path} of locations) {
      // One serialization for the page's script and its `.jsonld`.
      const json = serializeJsonLd(buildLocationGraph(site, location, url, treatments))
      writer.write(fileOf(path, 'index.html'), locationPage(locationView(location, url, json)))
      writer.write(fileOf(path, 'index.jsonld'), `${json}\n`)
      await progress()
    }

    writer.write('index.html', indexPage(site, site.pageUrl, locations))
    await progress()
    writer.write('404.html', notFoundPage(site))
    writer.write('robots.txt', `User-agent: *\nAllow: /\n\nSitemap: ${site.siteUrl}sitemap.xml\n`)
    writer.write(
      'sitemap.xml',
      sitemap(site, [site.siteUrl, site.pageUrl, ...locations.map(({url}) => url)]),
    )
    await progress()
    await writer.commit()
  } catch (error) {
    await writer.abort()
    throw error
  }
  return {outDir: resolvedOutDir, files: [...writer.files].sort()}
}

// Each location without a URL of its own gets its page on this site as its URL.
function withLocationUrls(site: Site): Site {
  const locations = site.clinic.locations.map(
    (location): ClinicLocation => ({
      ...location,
      url: location.url ?? urlBelow(site.siteUrl, locationPath(location)),
    }),
  )
  return {...site, clinic: {...site.clinic, locations}}
}

const escapeXml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')

/** `sitemap.xml`: every page, with the content's date (the host's `dateModified`, else the article's). */
function sitemap(site: Site, urls: readonly string[]): string {
  const lastmod = site.dateModified ?? article.datePublished
  const entries = urls.map(
    (url) =>
      `  <url>\n    <loc>${escapeXml(url)}</loc>\n    <lastmod>${lastmod}</lastmod>\n  </url>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`
}
