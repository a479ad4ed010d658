import type {PluggableList} from 'unified'
import * as v from 'valibot'
import {resolveClinic} from '../content/clinic.js'
import {type ClinicInput, textSchema} from '../content/schema.js'
import {serviceIdsOf} from '../content/treatments.js'
import type {Clinic, Content} from '../content/types.js'
import {hostOptionsEntries} from '../host/options.js'
import {parseOrThrow} from '../parse.js'

const className = v.pipe(
  v.string('a string'),
  v.regex(/^[^\s"'<>&]+(?: [^\s"'<>&]+)*$/, 'class names separated by single spaces'),
)

const pluginList = v.array(v.unknown(), 'an array of unified plugins (or [plugin, options] tuples)')

/** Entries of the article options. */
export const articleOptionsEntries = {
  showTitle: v.exactOptional(v.boolean('a boolean')),
  headingOffset: v.exactOptional(
    v.pipe(
      v.number('a number'),
      v.integer('an integer from 0 to 4'),
      v.minValue(0, 'an integer from 0 to 4'),
      v.maxValue(4, 'an integer from 0 to 4'),
    ),
  ),
  toc: v.exactOptional(v.boolean('a boolean')),
  tocLabel: v.exactOptional(textSchema),
  idPrefix: v.exactOptional(
    v.pipe(
      v.string('a string'),
      v.regex(/^(?:[A-Za-z][\w-]*)?$/, 'an id prefix: a letter, then letters, digits, "_" or "-"'),
    ),
  ),
  classNames: v.exactOptional(
    v.strictObject(
      {
        article: v.exactOptional(className),
        toc: v.exactOptional(className),
        callToAction: v.exactOptional(className),
      },
      'an object',
    ),
  ),
  callToAction: v.exactOptional(v.boolean('a boolean')),
  clinic: v.exactOptional(v.unknown()),
  additionalMarkdown: v.exactOptional(v.string('a string')),
  remarkPlugins: v.exactOptional(pluginList),
  rehypePlugins: v.exactOptional(pluginList),
}

const articleOptionsSchema = v.strictObject(articleOptionsEntries, 'an object')

/** Options of `renderArticle`. */
export interface RenderArticleOptions {
  /** Include the title as a heading (default: `true`). */
  showTitle?: boolean | undefined
  /** Levels to shift every heading by, 0 to 4: `1` makes the title `<h2>` (default: `0`). */
  headingOffset?: number | undefined
  /** Include a table of contents of the sections (default: `false`). */
  toc?: boolean | undefined
  /** Accessible name of the table of contents (default: `'Contents'`). */
  tocLabel?: string | undefined
  /** Prefix for the headings' ids, to keep them unique on a host page (default: `''`). */
  idPrefix?: string | undefined
  /** Class names for the `<article>`, the table of contents and the call to action (default: none). */
  classNames?:
    | {article?: string | undefined; toc?: string | undefined; callToAction?: string | undefined}
    | undefined
  /** Include the closing call to action (default: `true`). */
  callToAction?: boolean | undefined
  /** The host's clinic, for the call to action (default: the clinic that published the article). */
  clinic?: ClinicInput | undefined
  /** Markdown the host adds after the article's sections; sanitized (default: none). */
  additionalMarkdown?: string | undefined
  /** remark plugins to run on the article's Markdown (default: none). */
  remarkPlugins?: PluggableList | undefined
  /** rehype plugins to run on the finished article (default: none). */
  rehypePlugins?: PluggableList | undefined
}

/** Article options, checked, with defaults. */
export interface ArticleSettings {
  readonly showTitle: boolean
  readonly headingOffset: number
  readonly toc: boolean
  readonly tocLabel: string
  readonly idPrefix: string
  readonly classNames: {
    readonly article: string | undefined
    readonly toc: string | undefined
    readonly callToAction: string | undefined
  }
  readonly callToAction: boolean
  /** `undefined` for the clinic that published the article. */
  readonly clinic: Clinic | undefined
  readonly additionalMarkdown: string
  readonly remarkPlugins: PluggableList
  readonly rehypePlugins: PluggableList
}

type ParsedArticleOptions = v.InferOutput<typeof articleOptionsSchema>

/**
 * Fill in the defaults of article options already checked against `articleOptionsEntries`.
 *
 * @param clinic
 *   The host's clinic, when the caller has resolved it already.
 */
export function articleSettings(
  content: Content,
  parsed: ParsedArticleOptions,
  clinic?: Clinic,
): ArticleSettings {
  return {
    showTitle: parsed.showTitle ?? true,
    headingOffset: parsed.headingOffset ?? 0,
    toc: parsed.toc ?? false,
    tocLabel: parsed.tocLabel ?? 'Contents',
    idPrefix: parsed.idPrefix ?? '',
    classNames: {
      article: parsed.classNames?.article,
      toc: parsed.classNames?.toc,
      callToAction: parsed.classNames?.callToAction,
    },
    callToAction: parsed.callToAction ?? true,
    clinic:
      clinic ??
      (parsed.clinic === undefined
        ? undefined
        : resolveClinic(parsed.clinic, serviceIdsOf(content.condition), ['clinic'])),
    additionalMarkdown: parsed.additionalMarkdown ?? '',
    remarkPlugins: (parsed.remarkPlugins ?? []) as PluggableList,
    rehypePlugins: (parsed.rehypePlugins ?? []) as PluggableList,
  }
}

/**
 * Check article options and fill in their defaults.
 *
 * @throws {SciaticaContentError}
 *   Naming the first invalid or unknown option.
 */
export function resolveArticleOptions(content: Content, options: unknown): ArticleSettings {
  return articleSettings(content, parseOrThrow(articleOptionsSchema, options ?? {}, []))
}

const pageOptionsSchema = v.strictObject(
  {
    ...hostOptionsEntries,
    ...articleOptionsEntries,
    title: v.exactOptional(textSchema),
    nonce: v.exactOptional(v.string('a string')),
  },
  'an object',
)

/** Checked page options. */
export type ParsedPageOptions = v.InferOutput<typeof pageOptionsSchema>

/**
 * Check page options.
 *
 * @throws {SciaticaContentError}
 *   Naming the first invalid or unknown option.
 */
export function parsePageOptions(options: unknown): ParsedPageOptions {
  return parseOrThrow(pageOptionsSchema, options, [])
}
