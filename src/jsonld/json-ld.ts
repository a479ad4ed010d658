import {content as packageContent} from '../content/index.js'
import type {Content} from '../content/types.js'
import {resolveHost} from '../host/host.js'
import {type PageOptions, parseOptions} from '../options.js'
import {buildGraph, type JsonLdGraph} from './graph.js'
import {articlePage} from './page.js'

/** Options of `buildJsonLd`: the options object (see `PageOptions`). */
export type JsonLdOptions = PageOptions

/**
 * Build the schema.org graph of the article's page on a host site: WebSite,
 * MedicalOrganization, a MedicalClinic per location, MedicalWebPage, BlogPosting,
 * MedicalCondition, its treatments, the BreadcrumbList and, with a review, its Person, linked by
 * `@id`.
 *
 * @param options
 *   The options object (`siteUrl` is required; see `PageOptions`); options of the body and the
 *   head are checked and otherwise ignored.
 * @returns
 *   `{"@context": "https://schema.org", "@graph": [...]}`, fresh on every call. With `nodes`,
 *   the graph holds those kinds and every node they reference, so no `@id` is left dangling.
 * @throws {SciaticaContentError}
 *   When an option is invalid or unknown.
 */
export function buildJsonLd(options: Readonly<JsonLdOptions>): JsonLdGraph {
  return articleJsonLd(packageContent, options)
}

/** `buildJsonLd` for any compiled content. */
export function articleJsonLd(content: Content, options: Readonly<JsonLdOptions>): JsonLdGraph {
  const parsed = parseOptions(options, 'required')
  const host = resolveHost(content, parsed)
  return buildGraph({content, host, page: articlePage(content, host)}, parsed.nodes)
}
