import type {Element, ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import type {RenderableContent} from '../content/types.js'
import {type PageOptions, type ParsedPageOptions, parseOptions} from '../options.js'
import {buildArticleTree, renderableContent, stringify} from './article.js'
import {buildHeadElements, type HeadSettings, headSettings} from './head.js'
import {type ArticleSettings, articleSettings} from './options.js'

/** Options of `renderPage`: the options object (see `PageOptions`). */
export type RenderPageOptions = PageOptions

/** Everything the article's page needs: the head's settings and the article's. */
export interface PageSettings extends HeadSettings {
  readonly article: ArticleSettings
}

/**
 * The settings of the article's page from checked page options: the host (its clinic resolved
 * once, for the head, the graph and the article alike), the head and the article.
 */
export function pageSettings(content: RenderableContent, parsed: ParsedPageOptions): PageSettings {
  const head = headSettings(content, parsed)
  // A host's clinic was checked with the host; without one the article is its writer's own.
  const clinic = head.host.republishes ? head.host.clinic : undefined
  return {...head, article: articleSettings(content, parsed, clinic, head.host.editorial)}
}

/**
 * The article's page as a document: doctype, `lang`, charset, viewport, the head elements and
 * the article in `<main>`.
 *
 * @param json
 *   The page's JSON-LD as JSON text (default: the article page's graph with every location).
 */
export async function articleDocument(
  content: RenderableContent,
  settings: PageSettings,
  json?: string,
): Promise<string> {
  const article = await buildArticleTree(content, settings.article)
  return documentFor(settings.host.inLanguage, buildHeadElements(content, settings, json), [
    h('main', article.children as ElementContent[]),
  ])
}

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
  const settings = pageSettings(renderableContent, parseOptions(options, 'required'))
  return articleDocument(renderableContent, settings)
}

/** A complete document: doctype, `lang`, charset, viewport, the head elements and the body. */
export function documentFor(language: string, head: Element[], body: ElementContent[]): string {
  const document: Root = {
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: language}, [
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
