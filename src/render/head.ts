import type {Element} from 'hast'
import {h} from 'hastscript'
import {article} from '../content/index.js'
import {buildGraph} from '../jsonld/graph.js'
import {type JsonLdOptions, type Site, siteFromParsed} from '../jsonld/options.js'
import {checkNonce, serializeJsonLdForScript} from '../jsonld/script.js'
import {stringify} from './article.js'
import {type ParsedPageOptions, parsePageOptions} from './options.js'

/** Options of `renderHead`: the host site, and the document's title and CSP nonce. */
export type RenderHeadOptions = Omit<JsonLdOptions, 'nodes'> & {
  /** The document's `<title>` (default: `<article title> | <site name>`). */
  title?: string | undefined
  /** CSP nonce for the JSON-LD script (default: none). Base64 characters only. */
  nonce?: string | undefined
}

/** The site and head settings of checked page options. */
export function headSettings(parsed: ParsedPageOptions): {
  site: Site
  title: string
  nonce: string | undefined
} {
  const nonce = checkNonce(parsed.nonce)
  const site = siteFromParsed(parsed)
  return {site, title: parsed.title ?? `${article.title} | ${site.siteName}`, nonce}
}

/**
 * Open Graph's locale (`language_TERRITORY`) from a BCP 47 tag: `en-US` → `en_US`,
 * `zh-Hant-TW` → `zh_TW`, `en` → `en`.
 */
export function openGraphLocale(languageTag: string): string {
  const [language, ...subtags] = languageTag.split('-')
  const region = subtags.find((subtag) => /^(?:[a-z]{2}|\d{3})$/i.test(subtag))
  return region === undefined ? (language as string) : `${language}_${region.toUpperCase()}`
}

/**
 * The head elements for the article page: title, description, canonical link, Open Graph and
 * Twitter card, and the JSON-LD graph in a `<script>`.
 */
export function buildHeadElements(site: Site, title: string, nonce: string | undefined): Element[] {
  const meta = (property: string, content: string) => h('meta', {property, content})
  const named = (name: string, content: string) => h('meta', {name, content})
  const card = site.images.length === 0 ? 'summary' : 'summary_large_image'
  return [
    h('title', title),
    named('description', article.description),
    h('link', {rel: 'canonical', href: site.pageUrl}),
    meta('og:type', 'article'),
    meta('og:title', article.title),
    meta('og:description', article.description),
    meta('og:url', site.pageUrl),
    meta('og:site_name', site.siteName),
    meta('og:locale', openGraphLocale(site.inLanguage)),
    ...site.images.map((image) => meta('og:image', image)),
    meta('article:published_time', article.datePublished),
    ...(site.dateModified === undefined ? [] : [meta('article:modified_time', site.dateModified)]),
    named('twitter:card', card),
    named('twitter:title', article.title),
    named('twitter:description', article.description),
    h(
      'script',
      {type: 'application/ld+json', nonce},
      // Raw text inside <script>: every `<` is escaped in the JSON itself.
      serializeJsonLdForScript(buildGraph(site)),
    ),
  ]
}

/**
 * Render the head tags of the article page, for frameworks that own the document.
 *
 * @param options
 *   The host site (`siteUrl` is required; see `RenderHeadOptions`).
 * @returns
 *   The tags as HTML, one after another, without `<head>`.
 * @throws {SciaticaContentError}
 *   When an option is invalid or unknown.
 */
export function renderHead(options: Readonly<RenderHeadOptions>): string {
  const {site, title, nonce} = headSettings(parsePageOptions(options))
  return buildHeadElements(site, title, nonce)
    .map((element) => stringify(element))
    .join('\n')
}
