import type {ElementContent} from 'hast'
import {h} from 'hastscript'
import type {ClinicLocation, RenderableContent} from '../content/types.js'
import {describeValue, SciaticaContentError} from '../errors.js'
import {type Host, type ImageDescriptor, locationPageUrl} from '../host/host.js'
import {buildGraph} from '../jsonld/graph.js'
import {articlePage, type GraphPage, homePage, locationPage, locationsPage} from '../jsonld/page.js'
import {serializeJsonLd} from '../jsonld/script.js'
import {type PageOptions, parseOptions} from '../options.js'
import {buildArticleTree, renderableContent, stringify} from '../render/article.js'
import {formatterFor} from '../render/format.js'
import {buildHeadElements} from '../render/head.js'
import {pageSettings} from '../render/page.js'
import {isCleanLine, LIMITS, urlProblem} from '../values.js'
import {fromSiteRoot, siteDocument, siteFrame} from './layout.js'
import {
  articleMarkdown,
  atomFeed,
  contentDate,
  llmsText,
  robotsText,
  sitemapFiles,
} from './machine.js'
import {checkOutDir, SiteWriter} from './output.js'
import {
  groupLocations,
  homeDocument,
  LOCATIONS_PER_PAGE,
  locationDocument,
  locationsDocument,
  notFoundDocument,
} from './pages.js'
import {checkArticlePath, decodePath, optionError} from './paths.js'
import {
  articleCardText,
  locationCardText,
  renderCard,
  SOCIAL_CARD,
  type SocialCardText,
  socialCardAlt,
} from './social-card.js'
import {FAVICON_FILE, FAVICON_SVG, THEME_CSS, THEME_FILE} from './theme.js'

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
  /**
   * The pages' stylesheet: `false` for none, or the URL (absolute, or a path from the site's
   * root such as `/css/site.css`) of the host's own (default: the theme, written as `theme.css`).
   */
  stylesheet?: false | string | undefined
  /**
   * Which pages get a social card, a 1200×630 PNG beside the page: `'article'`, `'all'` (the
   * article and every location) or `'none'` (default: `'article'`). A host's own `image` wins
   * over the article's card.
   */
  socialCards?: 'article' | 'all' | 'none' | undefined
}

// The stylesheet option, checked: `false`, the theme (`undefined`), an absolute http(s) URL
// (normalized, as every URL the package publishes) or a path from the site's root.
function checkStylesheet(stylesheet: unknown): string | false | undefined {
  if (stylesheet === undefined || stylesheet === false) return stylesheet
  if (typeof stylesheet === 'string') {
    if (urlProblem(stylesheet) === undefined) return new URL(stylesheet).href
    if (
      stylesheet.length <= LIMITS.url &&
      isCleanLine(stylesheet) &&
      /^\/(?![/\\])[^\s"<>\\]*$/.test(stylesheet)
    ) {
      return stylesheet
    }
  }
  throw new SciaticaContentError('invalid-option', {
    path: ['stylesheet'],
    expected: `false, an absolute http(s) URL, or a path from the site root such as "/site.css" (at most ${LIMITS.url} characters)`,
    received: describeValue(stylesheet),
  })
}

// The social cards option, checked.
function checkSocialCards(socialCards: unknown): 'article' | 'all' | 'none' {
  if (socialCards === 'article' || socialCards === 'all' || socialCards === 'none') {
    return socialCards
  }
  throw new SciaticaContentError('invalid-option', {
    path: ['socialCards'],
    expected: '"article", "all" or "none"',
    received: describeValue(socialCards),
  })
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

// The prefix of a page's files below the output folder: `/a/b/` (or `/a/b`) → `a/b/`, `/` → ``.
function prefixOf(host: Host, pageUrl: string): string {
  const folder = (decodePath(pathBelowSite(host, pageUrl)) as string).replace(/^\/|\/$/g, '')
  return folder === '' ? '' : `${folder}/`
}

/** The URL of a file beside a page's `index.html`: `https://a.example/p` → `https://a.example/p/<file>`. */
function besidePage(pageUrl: string, file: string): string {
  const folder = new URL(pageUrl)
  if (!folder.pathname.endsWith('/')) folder.pathname += '/'
  return new URL(file, folder).href
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
  const {
    outDir,
    onProgress,
    cwd,
    signal,
    stylesheet: given,
    socialCards: cards,
    ...pageOptions
  } = options
  const stylesheet = checkStylesheet(given)
  const socialCards = checkSocialCards(cards ?? 'article')
  const parsed = parseOptions(pageOptions, 'required')
  const resolvedOutDir = checkOutDir(outDir, cwd ?? process.cwd())
  const settings = pageSettings(content, parsed)
  // Each location gets a page of its own, its URL when the host gives none.
  const host: Host = {...settings.host, locationPages: true}
  const articleFolder = checkArticlePath(pathBelowSite(host, host.articleUrl), parsed.path)
  const format = formatterFor(host.inLanguage)
  const locationUrl = (location: ClinicLocation) => locationPageUrl(host, location)
  const frame = siteFrame(
    host,
    stylesheet === false ? undefined : (stylesheet ?? fromSiteRoot(host, THEME_FILE)),
    locationUrl,
  )
  const {locations} = host.clinic
  const groups = groupLocations(locations, format)
  const indexPages = Math.ceil(locations.length / LOCATIONS_PER_PAGE)
  const indexUrl = (position: number) =>
    locationsPage(host, Math.floor(position / LOCATIONS_PER_PAGE) + 1).url

  // Pages, then the site's other files: the count derives from the pages made.
  const total = locations.length + indexPages + 3
  let done = 0
  const progress = async () => {
    signal?.throwIfAborted()
    onProgress?.(++done, total)
    // Pages are made and written synchronously: let the event loop turn now and then, so that
    // a signal (Ctrl-C in the CLI) can stop the build.
    if (done % PAGES_BETWEEN_TURNS === 0) await new Promise((resolve) => setImmediate(resolve))
  }

  const writer = await SiteWriter.open(resolvedOutDir)
  // A page's `index.html`, and its graph beside it as `index.jsonld`: one JSON text for both.
  const writePage = async (
    page: GraphPage,
    document: (json: string) => Promise<string> | string,
    pageHost: Host = host,
  ) => {
    const prefix = prefixOf(host, page.url)
    const json = serializeJsonLd(buildGraph({content, host: pageHost, page}))
    writer.write(`${prefix}index.html`, await document(json))
    writer.write(`${prefix}index.jsonld`, `${json}\n`)
    await progress()
  }
  let files: string[] = []
  // The article's host: with its social card, unless the host gives its own image or asks for
  // none.
  let articleHost = host
  try {
    const articlePrefix = `${articleFolder}/`
    if (socialCards !== 'none' && host.images.length === 0) {
      const text = articleCardText(content, host)
      writer.write(`${articlePrefix}${SOCIAL_CARD_FILE}`, await renderCard(text))
      articleHost = {...host, socialCard: cardImage(host.articleUrl, text)}
    }
    // The clinics are described on their own pages: the article's graph stays the same size
    // for any number of locations.
    const articleSettings = {
      ...settings.article,
      clinic: host.republishes ? host.clinic : undefined,
      locationPage: locationUrl,
    }
    const tree = await buildArticleTree(content, articleSettings)
    const page = articlePage(content, articleHost, [])
    await writePage(
      page,
      (json) =>
        siteDocument(frame, {
          head: buildHeadElements(content, {...settings, host: articleHost}, json),
          crumbs: page.crumbs,
          section: 'article',
          main: tree.children as ElementContent[],
        }),
      articleHost,
    )
    writer.write(`${articlePrefix}index.md`, articleMarkdown(content, host, format))
    writer.write(
      'feed.xml',
      atomFeed(content, host, frame.feedUrl, stringify(h(null, tree.children as ElementContent[]))),
    )

    for (const location of locations) {
      let image: ImageDescriptor | undefined
      if (socialCards === 'all') {
        const text = locationCardText(location, host, format)
        const url = locationUrl(location)
        writer.write(`${prefixOf(host, url)}${SOCIAL_CARD_FILE}`, await renderCard(text))
        image = cardImage(url, text)
      }
      const page = locationPage(host, location, image)
      await writePage(page, (json) => locationDocument(content, frame, page, json, format))
    }
    for (let number = 1; number <= indexPages; number++) {
      const page = locationsPage(host, number)
      await writePage(page, (json) =>
        locationsDocument(
          frame,
          page,
          number,
          indexPages,
          groups,
          (number - 1) * LOCATIONS_PER_PAGE,
          indexUrl,
          json,
          format,
        ),
      )
    }
    await writePage(homePage(host), (json) =>
      homeDocument(content, frame, groups, indexUrl, json, format),
    )
    writer.write('404.html', notFoundDocument(frame))
    if (stylesheet === undefined) writer.write(THEME_FILE, THEME_CSS)
    writer.write(FAVICON_FILE, FAVICON_SVG)
    writer.write(
      'llms.txt',
      llmsText(content, host, besidePage(host.articleUrl, 'index.md'), frame.locationsUrl, format),
    )
    writer.write('robots.txt', robotsText(host.siteUrl))
    for (const [name, text] of sitemapFiles(host.siteUrl, contentDate(content, host), siteUrls())) {
      writer.write(name, text)
    }
    await progress()
    files = await writer.commit()
  } catch (error) {
    await writer.abort()
    // A file of the site at the article's path (`/sitemap.xml`), or a location's name that no
    // file system takes, is the option's fault.
    throw optionError(error, articleFolder, host.clinic.locations, parsed.path)
  }
  return {outDir: resolvedOutDir, files}

  // Every page's URL, for the sitemaps, one at a time.
  function* siteUrls(): Generator<string> {
    yield host.siteUrl
    yield host.articleUrl
    for (let number = 1; number <= indexPages; number++) yield locationsPage(host, number).url
    for (const location of locations) yield locationUrl(location)
  }
}

/** The file name of a page's social card, beside its `index.html`. */
export const SOCIAL_CARD_FILE = 'social-card.png'

// A page's social card as an image of the page.
function cardImage(pageUrl: string, text: SocialCardText): ImageDescriptor {
  return {
    url: besidePage(pageUrl, SOCIAL_CARD_FILE),
    width: SOCIAL_CARD.width,
    height: SOCIAL_CARD.height,
    alt: socialCardAlt(text),
    type: SOCIAL_CARD.type,
  }
}
