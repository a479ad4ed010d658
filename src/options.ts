/**
 * The one options object: every function that describes the article's page (`buildJsonLd`,
 * `buildPageMetadata`, `renderHead`, `renderArticle`, `renderPage`, `buildSite`) takes the same
 * object and uses what it needs, so the head, the body and the graph of a page always agree.
 */
import * as v from 'valibot'
import type {DeepReadonly} from './content/freeze.js'
import {SciaticaContentError} from './errors.js'
import {type Assert, type Exactly, type HostOptions, hostOptionsEntries} from './host/options.js'
import {NODE_KINDS, type NodeKind} from './jsonld/graph.js'
import {parseOrThrow} from './parse.js'
import {type ArticleOptions, articleOptionsEntries} from './render/options.js'
import {LIMITS, oneLineText} from './values.js'

/** The options object's schema (`siteUrl` optional: `parseOptions` checks it where it is required). */
export const optionsSchema = v.strictObject(
  {
    ...hostOptionsEntries,
    // Required by every function but `renderArticle`: checked in `parseOptions`.
    siteUrl: v.exactOptional(hostOptionsEntries.siteUrl),
    ...articleOptionsEntries,
    title: v.exactOptional(oneLineText(LIMITS.title)),
    // Its characters and length are checked by `checkNonce`, which `jsonLdScript` shares.
    nonce: v.exactOptional(v.string('a string')),
    nodes: v.exactOptional(
      v.pipe(
        v.array(v.picklist(NODE_KINDS, `one of ${NODE_KINDS.join(', ')}`), 'an array'),
        v.minLength(1, 'at least one kind of node'),
      ),
    ),
  },
  'an object',
)

/**
 * The options of a page of the article on a host site: the host, the article's body, the head
 * and the graph. See `HostOptions` and `ArticleOptions` for each field and its default.
 */
export interface PageOptions extends HostOptions, ArticleOptions {
  /** The document's `<title>` (default: `<article title> | <site name>`). */
  readonly title?: string | undefined
  /** CSP nonce for the JSON-LD `<script>` (default: none). Base64 characters only. */
  readonly nonce?: string | undefined
  /** `buildJsonLd`: kinds of node to build, with every node they reference (default: all). */
  readonly nodes?: readonly NodeKind[] | undefined
}

/** Checked options, `siteUrl` maybe missing. */
export type ParsedOptions = v.InferOutput<typeof optionsSchema>

/** Checked options with `siteUrl`. */
export type ParsedPageOptions = ParsedOptions & {siteUrl: string}

/**
 * Check the options object.
 *
 * @param siteUrl
 *   Whether `siteUrl` is required (every function but `renderArticle`).
 * @throws {SciaticaContentError}
 *   Naming the first invalid, unknown or missing option.
 */
export function parseOptions(options: unknown, siteUrl: 'required'): ParsedPageOptions
export function parseOptions(options: unknown, siteUrl: 'optional'): ParsedOptions
export function parseOptions(options: unknown, siteUrl: 'required' | 'optional'): ParsedOptions {
  // `renderArticle()` takes no options at all; the others need at least `siteUrl`.
  const parsed = parseOrThrow(optionsSchema, siteUrl === 'optional' ? (options ?? {}) : options, [])
  if (siteUrl === 'required' && parsed.siteUrl === undefined) {
    throw new SciaticaContentError('invalid-option', {
      path: ['siteUrl'],
      expected: 'a value (the field is required)',
      received: 'nothing',
    })
  }
  return parsed
}

// `PageOptions` documents the schema; this fails to compile when the two drift apart (the plugin
// lists are `unknown[]` to the schema, which hands them to unified).
type SchemaInput = DeepReadonly<v.InferInput<typeof optionsSchema>>
type Unchecked = 'clinic' | 'remarkPlugins' | 'rehypePlugins' | 'siteUrl'
export type PageOptionsMatchSchema = Assert<
  Exactly<Required<Omit<PageOptions, Unchecked>>, Required<Omit<SchemaInput, Unchecked>>>
>
