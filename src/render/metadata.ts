import {content as packageContent} from '../content/index.js'
import type {Content} from '../content/types.js'
import {type Host, resolveHost} from '../host/host.js'
import {type PageOptions, parseOptions} from '../options.js'

/** Options of `buildPageMetadata`: the options object (see `PageOptions`). */
export type PageMetadataOptions = PageOptions

/**
 * The article page's head as plain data, named as Next.js's `Metadata` names it: what
 * `renderHead` writes as tags, for frameworks that write the head themselves.
 */
export interface PageMetadata {
  /** The document's title. */
  title: string
  description: string
  /** The page's URL, for `<link rel="canonical">`. */
  canonical: string
  /** BCP 47 language tag of the page, for `<html lang>`. */
  language: string
  openGraph: {
    type: 'article'
    title: string
    description: string
    url: string
    siteName: string
    /** Open Graph's `language_TERRITORY` form: `en_US`. */
    locale: string
    /** The host's `image`s, or the site's social card with its size and text. */
    images: OpenGraphImage[]
    publishedTime: string
    modifiedTime?: string
  }
  twitter: {
    card: 'summary' | 'summary_large_image'
    title: string
    description: string
    images: string[]
  }
}

/** An Open Graph image, as Next.js's `Metadata` describes one. */
export interface OpenGraphImage {
  url: string
  width?: number
  height?: number
  alt?: string
  type?: string
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

/** The document title when the host gives none: `<article title> | <site name>`. */
export function defaultTitle(content: Content, host: Host): string {
  return `${content.article.title} | ${host.siteName}`
}

/** The head of the article page for a resolved host. A new object each call. */
export function pageMetadata(
  content: Content,
  host: Host,
  title: string = defaultTitle(content, host),
): PageMetadata {
  const {article} = content
  const {socialCard} = host
  const images: OpenGraphImage[] =
    host.images.length > 0 || socialCard === undefined
      ? host.images.map((url) => ({url}))
      : [{...socialCard}]
  return {
    title,
    description: article.description,
    canonical: host.articleUrl,
    language: host.inLanguage,
    openGraph: {
      type: 'article',
      title: article.title,
      description: article.description,
      url: host.articleUrl,
      siteName: host.siteName,
      locale: openGraphLocale(host.inLanguage),
      images,
      publishedTime: article.datePublished,
      ...(host.dateModified === undefined ? {} : {modifiedTime: host.dateModified}),
    },
    twitter: {
      card: images.length === 0 ? 'summary' : 'summary_large_image',
      title: article.title,
      description: article.description,
      // A Twitter card shows one image.
      images: images.slice(0, 1).map((image) => image.url),
    },
  }
}

/**
 * The article page's head as plain data (title, description, canonical URL, Open Graph and
 * Twitter card), for a framework's own head API: Next.js's `generateMetadata`, Astro, Nuxt.
 * The JSON-LD comes from `buildJsonLd` with the same options.
 *
 * @param options
 *   The host site (`siteUrl` is required; see `JsonLdOptions`), and `title`.
 * @throws {SciaticaContentError}
 *   When an option is invalid or unknown.
 */
export function buildPageMetadata(options: Readonly<PageMetadataOptions>): PageMetadata {
  const parsed = parseOptions(options, 'required')
  return pageMetadata(packageContent, resolveHost(packageContent, parsed), parsed.title)
}
