import type {PluggableList} from 'unified'
import * as v from 'valibot'
import {resolveClinic} from '../content/clinic.js'
import {nameSchema} from '../content/schema.js'
import {serviceIdsOf} from '../content/treatments.js'
import type {Clinic, ClinicLocation, Content} from '../content/types.js'
import {describeValue, SciaticaContentError} from '../errors.js'
import {type HostEditorial, resolveEditorial} from '../host/host.js'
import type {ParsedOptions} from '../options.js'
import {token} from '../values.js'
import {markdownProblem} from './markdown-limits.js'

const className = token(/^[^\s"'<>&]+(?: [^\s"'<>&]+)*$/, 'class names separated by single spaces')

const pluginList = v.array(v.unknown(), 'an array of unified plugins (or [plugin, options] tuples)')

/** How many levels `headingOffset` may shift the headings by. */
export type HeadingOffset = 0 | 1 | 2 | 3 | 4

/** Entries of the article options. */
export const articleOptionsEntries = {
  showTitle: v.exactOptional(v.boolean('a boolean')),
  headingOffset: v.exactOptional(
    v.picklist(
      [0, 1, 2, 3, 4] as const satisfies readonly HeadingOffset[],
      'an integer from 0 to 4',
    ),
  ),
  toc: v.exactOptional(v.boolean('a boolean')),
  tocLabel: v.exactOptional(nameSchema),
  idPrefix: v.exactOptional(
    token(/^(?:[A-Za-z][\w-]*)?$/, 'an id prefix: a letter, then letters, digits, "_" or "-"'),
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
  // Its bounds are checked when the article is rendered (`articleSettings`): the graph does not
  // use it, and the core does not carry the check.
  additionalMarkdown: v.exactOptional(v.string('a string')),
  remarkPlugins: v.exactOptional(pluginList),
  rehypePlugins: v.exactOptional(pluginList),
}

/** The options of the article's body, in the options object every function takes. */
export interface ArticleOptions {
  /** Include the title as a heading (default: `true`). */
  readonly showTitle?: boolean | undefined
  /** Levels to shift every heading by, 0 to 4: `1` makes the title `<h2>` (default: `0`). */
  readonly headingOffset?: HeadingOffset | undefined
  /** Include a table of contents of the sections (default: `false`). */
  readonly toc?: boolean | undefined
  /** Accessible name of the table of contents (default: `'Contents'`). */
  readonly tocLabel?: string | undefined
  /** Prefix for the headings' ids, to keep them unique on a host page (default: `''`). */
  readonly idPrefix?: string | undefined
  /** Class names for the `<article>`, the table of contents and the call to action (default: none). */
  readonly classNames?:
    | {
        readonly article?: string | undefined
        readonly toc?: string | undefined
        readonly callToAction?: string | undefined
      }
    | undefined
  /** Include the call to action: the author's, or with a host clinic the host's (default: `true`). */
  readonly callToAction?: boolean | undefined
  /** Markdown the host adds after the article, outside it; sanitized (default: none). */
  readonly additionalMarkdown?: string | undefined
  /** remark plugins to run on the article's Markdown (default: none). */
  readonly remarkPlugins?: PluggableList | undefined
  /** rehype plugins to run on the finished article (default: none). */
  readonly rehypePlugins?: PluggableList | undefined
}

/** Article options, checked, with defaults. */
export interface ArticleSettings {
  readonly showTitle: boolean
  readonly headingOffset: HeadingOffset
  readonly toc: boolean
  readonly tocLabel: string
  readonly idPrefix: string
  readonly classNames: {
    readonly article: string | undefined
    readonly toc: string | undefined
    readonly callToAction: string | undefined
  }
  readonly callToAction: boolean
  /** The host's own clinic; `undefined` on the site of the clinic that wrote the article. */
  readonly clinic: Clinic | undefined
  /** BCP 47 tag of the page, for dates, country names and opening hours. */
  readonly language: string
  readonly editorial: HostEditorial
  /**
   * The page of a location, for the call to action to link (default: none; the static site
   * gives each location a page).
   */
  readonly locationPage: (location: ClinicLocation) => string | undefined
  readonly additionalMarkdown: string
  readonly remarkPlugins: PluggableList
  readonly rehypePlugins: PluggableList
}

// The host's Markdown, within the bounds that keep its rendering fast (see `markdownProblem`).
function boundedMarkdown(markdown: string): string {
  const problem = markdownProblem(markdown)
  if (problem !== undefined) {
    throw new SciaticaContentError('invalid-option', {
      path: ['additionalMarkdown'],
      expected: problem,
      received: describeValue(markdown),
    })
  }
  return markdown
}

/**
 * Fill in the defaults of checked options for the article.
 *
 * @param clinic
 *   The host's clinic, when the caller has resolved it already.
 * @param editorial
 *   The host's editorial additions, when the caller has resolved them already.
 * @throws {SciaticaContentError}
 *   When the host's clinic or review is invalid, or `additionalMarkdown` is out of bounds.
 */
export function articleSettings(
  content: Content,
  parsed: Omit<ParsedOptions, 'siteUrl'>,
  clinic?: Clinic,
  editorial: HostEditorial = resolveEditorial(content, parsed),
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
    language: parsed.inLanguage ?? content.article.inLanguage,
    editorial,
    locationPage: () => undefined,
    additionalMarkdown: boundedMarkdown(parsed.additionalMarkdown ?? ''),
    remarkPlugins: (parsed.remarkPlugins ?? []) as PluggableList,
    rehypePlugins: (parsed.rehypePlugins ?? []) as PluggableList,
  }
}
