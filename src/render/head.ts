import type {Element} from 'hast'
import {h} from 'hastscript'
import {content as packageContent} from '../content/index.js'
import type {Content} from '../content/types.js'
import {type Host, resolveHost} from '../host/host.js'
import {buildGraph} from '../jsonld/graph.js'
import {articlePage} from '../jsonld/page.js'
import {checkNonce, jsonForScript, serializeJsonLd} from '../jsonld/script.js'
import {type PageOptions, type ParsedPageOptions, parseOptions} from '../options.js'
import {stringify} from './article.js'
import {defaultTitle, type OpenGraphImage, pageMetadata} from './metadata.js'

/** Options of `renderHead`: the options object (see `PageOptions`). */
export type RenderHeadOptions = PageOptions

/** What the head of the article's page needs: the host, the title and the nonce. */
export interface HeadSettings {
  readonly host: Host
  readonly title: string
  readonly nonce: string | undefined
}

/** The head settings of checked page options. */
export function headSettings(content: Content, parsed: ParsedPageOptions): HeadSettings {
  const nonce = checkNonce(parsed.nonce)
  const host = resolveHost(content, parsed)
  return {host, title: parsed.title ?? defaultTitle(content, host), nonce}
}

/** `<meta property>` (Open Graph) and `<meta name>` elements. */
export const metaProperty = (property: string, content: string) => h('meta', {property, content})
export const metaName = (name: string, content: string) => h('meta', {name, content})

/** An image's Open Graph tags: `og:image`, then what is known of it. */
export function openGraphImage(image: OpenGraphImage): Element[] {
  const {url, width, height, alt, type} = image
  return [
    metaProperty('og:image', url),
    ...(type === undefined ? [] : [metaProperty('og:image:type', type)]),
    ...(width === undefined ? [] : [metaProperty('og:image:width', String(width))]),
    ...(height === undefined ? [] : [metaProperty('og:image:height', String(height))]),
    ...(alt === undefined ? [] : [metaProperty('og:image:alt', alt)]),
  ]
}

/**
 * The head elements of the article's page: title, description, canonical link, Open Graph and
 * Twitter card, and the JSON-LD graph of the page in a `<script>`.
 *
 * @param json
 *   The page's JSON-LD as JSON text (default: the article page's graph with every location).
 */
export function buildHeadElements(
  content: Content,
  {host, title, nonce}: HeadSettings,
  json: string = serializeJsonLd(buildGraph({content, host, page: articlePage(content, host)})),
): Element[] {
  const {description, canonical, openGraph, twitter} = pageMetadata(content, host, title)
  return [
    h('title', title),
    metaName('description', description),
    h('link', {rel: 'canonical', href: canonical}),
    metaProperty('og:type', openGraph.type),
    metaProperty('og:title', openGraph.title),
    metaProperty('og:description', openGraph.description),
    metaProperty('og:url', openGraph.url),
    metaProperty('og:site_name', openGraph.siteName),
    metaProperty('og:locale', openGraph.locale),
    ...openGraph.images.flatMap((image) => openGraphImage(image)),
    metaProperty('article:published_time', openGraph.publishedTime),
    ...(openGraph.modifiedTime === undefined
      ? []
      : [metaProperty('article:modified_time', openGraph.modifiedTime)]),
    metaName('twitter:card', twitter.card),
    metaName('twitter:title', twitter.title),
    metaName('twitter:description', twitter.description),
    ...twitter.images.map((url) => metaName('twitter:image', url)),
    // Raw text inside <script>: every `<` is escaped in the JSON itself.
    h('script', {type: 'application/ld+json', nonce}, jsonForScript(json)),
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
  const settings = headSettings(packageContent, parseOptions(options, 'required'))
  return buildHeadElements(packageContent, settings)
    .map((element) => stringify(element))
    .join('\n')
}
