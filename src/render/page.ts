import type {Element, ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import type {Site} from '../jsonld/options.js'
import {buildArticleTree, stringify} from './article.js'
import {buildHeadElements, headSettings, type RenderHeadOptions} from './head.js'
import {
  type ArticleSettings,
  articleSettings,
  type ParsedPageOptions,
  parsePageOptions,
  type RenderArticleOptions,
} from './options.js'

/** Options of `renderPage`: the host site, the head and the article. */
export type RenderPageOptions = RenderHeadOptions & Omit<RenderArticleOptions, 'clinic'>

/**
 * Render a complete HTML document for the article: doctype, `lang`, charset, viewport, the
 * head tags of `renderHead` and the article in `<main>`.
 *
 * @param options
 *   The host site and the article options (`siteUrl` is required; see `RenderPageOptions`).
 * @returns
 *   The document as HTML.
 * @throws {SciaticaContentError}
 *   When an option is invalid or unknown.
 */
export async function renderPage(options: Readonly<RenderPageOptions>): Promise<string> {
  const {site, title, nonce, settings} = pageSettings(parsePageOptions(options))
  const articleTree = await buildArticleTree(settings)
  return documentFor(site, buildHeadElements(site, title, nonce), [h('main', articleTree.children)])
}

/**
 * Everything a page needs from checked page options: the site (its clinic resolved once), the
 * head's title and nonce, and the article's settings.
 */
export function pageSettings(parsed: ParsedPageOptions): {
  site: Site
  title: string
  nonce: string | undefined
  settings: ArticleSettings
} {
  const {site, title, nonce} = headSettings(parsed)
  // The clinic of a host site was checked with the site; a default one stays the article's own.
  const settings = articleSettings(parsed, parsed.clinic === undefined ? undefined : site.clinic)
  return {site, title, nonce, settings}
}

/** A complete document: doctype, `lang`, charset, viewport, the head elements and the body. */
export function documentFor(site: Site, head: Element[], body: ElementContent[]): string {
  const document: Root = {
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: site.inLanguage}, [
        h('head', [
          h('meta', {charset: 'utf-8'}),
          h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
          ...head,
        ]),
        h('body', body),
      ]),
    ],
  }
  return `${stringify(document)}\n`
}
