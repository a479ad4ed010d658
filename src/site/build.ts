import type {ClinicLocation, RenderableContent} from '../content/types.js'
import {type Host, locationPath, urlBelow} from '../host/host.js'
import {buildGraph} from '../jsonld/graph.js'
import {articlePage, type GraphPage, homePage, locationPage} from '../jsonld/page.js'
import {serializeJsonLd} from '../jsonld/script.js'
import {type PageOptions, parseOptions} from '../options.js'
import {renderableContent} from '../render/article.js'
import {formatterFor} from '../render/format.js'
import {articleDocument, pageSettings} from '../render/page.js'
import {checkOutDir, SiteWriter} from './output.js'
import {homeDocument, locationDocument, notFoundDocument} from './pages.js'
import {checkArticlePath, decodePath, optionError} from './paths.js'

/** Options of `buildSite`: those of `renderPage`, and where to write. */
export type BuildSiteOptions = PageOptions & {
  /** Folder to write the site to; not the filesystem root, the home folder, the current folder or a project root, judged on its real path (required). */
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
  /** The output folder's real path (absolute, symbolic links resolved). */
  readonly outDir: string
  /** The files written, relative to it, sorted. */
  readonly files: readonly string[]
}

/** Pages a build makes between two turns of the event loop. */
const PAGES_BETWEEN_TURNS = 64

// A page's URL path below the site's: `https://example.com/blog/a/b/` → `/a/b/` for a site at
// `https://example.com/blog/`.
function pathBelowSite(host: Host, pageUrl: string): string {
  return new URL(pageUrl).pathname.slice(new URL(host.siteUrl).pathname.length - 1)
}

// The folder of a page's files below the output folder: `/a/b/` → `a/b`.
function folderOf(host: Host, pageUrl: string): string {
  return (decodePath(pathBelowSite(host, pageUrl)) as string).replace(/^\/|\/$/g, '')
}

/**
 * Build the static site: the article page, a page per clinic location, a home page,
 * `sitemap.xml`, `robots.txt`, `404.html`, and a `.jsonld` file beside each page with its
 * graph. Pages are written one at a time (memory stays flat for any number of locations) to a
 * temporary folder beside `outDir`, which then replaces `outDir` whole (two renames): a reader
 * finds one build's site, never a mix; a failed, stopped or killed build leaves the previous
 * site intact; files the build did not write are carried over, never replaced or deleted, and
 * no symbolic link inside `outDir` is followed (see `SiteWriter`).
 *
 * @returns
 *   The output folder (its real path) and the files written.
 * @throws {SciaticaContentError}
 *   When an option is invalid or unknown, or names a path the site cannot have
 *   (`invalid-option`); `outDir` is a folder a build must not write over (`out-dir-refused`),
 *   another build's (`out-dir-locked`), holds what the build did not write where it writes
 *   (`out-dir-conflict`), or the system refuses a write (`out-dir-unwritable`).
 */
export async function buildSite(options: Readonly<BuildSiteOptions>): Promise<BuildSiteResult> {
  return buildSiteOf(renderableContent, options)
}

/** `buildSite` for any compiled content. */
export async function buildSiteOf(
  content: RenderableContent,
  options: Readonly<BuildSiteOptions>,
): Promise<BuildSiteResult> {
  const {outDir, onProgress, cwd, signal, ...pageOptions} = options
  const parsed = parseOptions(pageOptions, 'required')
  const resolvedOutDir = checkOutDir(outDir, cwd ?? process.cwd())
  const settings = pageSettings(content, parsed)
  const host = withLocationUrls(settings.host)
  const articleFolder = checkArticlePath(pathBelowSite(host, host.articleUrl), parsed.path)
  const total = host.clinic.locations.length + 3
  let done = 0
  const progress = async () => {
    signal?.throwIfAborted()
    onProgress?.(++done, total)
    // Pages are made and written synchronously: let the event loop turn now and then, so that
    // a signal (Ctrl-C in the CLI) can stop the build.
    if (done % PAGES_BETWEEN_TURNS === 0) await new Promise((resolve) => setImmediate(resolve))
  }

  const locationPages = host.clinic.locations.map((location) => locationPage(host, location))
  const format = formatterFor(host.inLanguage)
  const writer = await SiteWriter.open(resolvedOutDir)
  // A page's `index.html`, and its graph beside it as `index.jsonld`: one JSON text for both.
  const writePage = async (
    page: GraphPage,
    document: (json: string) => Promise<string> | string,
  ) => {
    const folder = folderOf(host, page.url)
    const prefix = folder === '' ? '' : `${folder}/`
    const json = serializeJsonLd(buildGraph({content, host, page}))
    writer.write(`${prefix}index.html`, await document(json))
    writer.write(`${prefix}index.jsonld`, `${json}\n`)
    await progress()
  }
  try {
    // The clinics are described on their own pages: the article's graph stays the same size
    // for any number of locations.
    await writePage(articlePage(content, host, []), (json) =>
      articleDocument(content, {...settings, host}, json),
    )
    for (const page of locationPages) {
      await writePage(page, (json) =>
        locationDocument(content, host, page.location, page.url, json, format),
      )
    }
    await writePage(homePage(host), (json) =>
      homeDocument(content, host, locationPages, json, format),
    )
    writer.write('404.html', notFoundDocument(host))
    writer.write('robots.txt', `User-agent: *\nAllow: /\n\nSitemap: ${host.siteUrl}sitemap.xml\n`)
    writer.write(
      'sitemap.xml',
      sitemap(host.dateModified ?? content.article.datePublished, [
        host.siteUrl,
        host.articleUrl,
        ...locationPages.map((page) => page.url),
      ]),
    )
    await progress()
    await writer.commit()
  } catch (error) {
    await writer.abort()
    // A file of the site at the article's path (`/sitemap.xml`), or a location's name that no
    // file system takes, is the option's fault.
    throw optionError(error, articleFolder, host.clinic.locations, parsed.path)
  }
  return {outDir: resolvedOutDir, files: [...writer.files].sort()}
}

// Each location without a URL of its own gets its page on this site as its URL.
function withLocationUrls(host: Host): Host {
  const locations = host.clinic.locations.map(
    (location): ClinicLocation => ({
      ...location,
      url: location.url ?? urlBelow(host.siteUrl, locationPath(location)),
    }),
  )
  return {...host, clinic: {...host.clinic, locations}}
}

const escapeXml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')

/** `sitemap.xml`: every page, with the content's date (the host's `dateModified`, else the article's). */
function sitemap(lastmod: string, urls: readonly string[]): string {
  const entries = urls.map(
    (url) =>
      `  <url>\n    <loc>${escapeXml(url)}</loc>\n    <lastmod>${lastmod}</lastmod>\n  </url>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`
}
