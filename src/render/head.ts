import type {Element} from 'hast'
import {h} from 'hastscript'
import {buildGraph} from '../jsonld/graph.js'
import {defaultTitle, pageMetadata} from '../jsonld/metadata.js'
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
  return {site, title: parsed.title ?? defaultTitle(site), nonce}
}

/**
 * The head elements for the article page: title, description, canonical link, Open Graph and
 * Twitter card, and the JSON-LD graph in a `<script>`.
 */
export function buildHeadElements(site: Site, title: string, nonce: string | undefined): Element[] {
  const meta = (property: string, content: string) => h('meta', {property, content})
  const named = (name: string, content: string) => h('meta', {name, content})
  const {description, canonical, openGraph, twitter} = pageMetadata(site, title)
  return [
    h('title', title),
    named('description', description),
    h('link', {rel: 'canonical', href: canonical}),
    meta('og:type', openGraph.type),
    meta('og:title', openGraph.title),
    meta('og:description', openGraph.description),
    meta('og:url', openGraph.url),
    meta('og:site_name', openGraph.siteName),
    meta('og:locale', openGraph.locale),
    ...openGraph.images.map((image) => meta('og:image', image)),
    meta('article:published_time', openGraph.publishedTime),
    ...(openGraph.modifiedTime === undefined
      ? []
      : [meta('article:modified_time', openGraph.modifiedTime)]),
    named('twitter:card', twitter.card),
    named('twitter:title', twitter.title),
    named('twitter:description', twitter.description),
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
