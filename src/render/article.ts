import type {Element, ElementContent, Root} from 'hast'
import {shiftHeading} from 'hast-util-shift-heading'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import rehypeSlug from 'rehype-slug'
import type {DeepReadonly} from '../content/freeze.js'
import {content as packageContent} from '../content/index.js'
import type {RenderableContent} from '../content/types.js'
import {articleBody} from '../generated/article-body.js'
import {type PageOptions, parseOptions} from '../options.js'
import {hostCallToAction, sourceCallToAction} from './call-to-action.js'
import {formatterFor} from './format.js'
import {type ArticleSettings, articleSettings} from './options.js'
import {buildToc} from './toc.js'

/** The package's content with its article's body, compiled from `content/`. */
export const renderableContent: RenderableContent = {...packageContent, body: articleBody}

/** A mutable copy of compiled hast, for the transforms below to change. */
function copy(nodes: DeepReadonly<ElementContent[]>): ElementContent[] {
  return structuredClone(nodes) as ElementContent[]
}

/**
 * The header's byline: who wrote the article and when; on a host's site, who publishes it; and,
 * with a review, who reviewed it and when. The writer is always the clinic that wrote it.
 */
function byline(content: RenderableContent, settings: ArticleSettings): Element[] {
  const {article} = content
  const {review} = settings.editorial
  const lines = [
    h('p', [
      `Written by ${article.publisher} on `,
      h('time', {dateTime: article.datePublished}, article.dateDisplay),
      '.',
      ...(settings.clinic === undefined ? [] : [` Published by ${settings.clinic.name}.`]),
    ]),
  ]
  if (review !== undefined) {
    const {name, honorificSuffix, jobTitle} = review.reviewer
    const who = honorificSuffix === undefined ? name : `${name}, ${honorificSuffix}`
    lines.push(
      h('p', [
        `Medically reviewed by ${who}${jobTitle === undefined ? '' : ` (${jobTitle})`} on `,
        h(
          'time',
          {dateTime: review.lastReviewed},
          formatterFor(settings.language).date(review.lastReviewed),
        ),
        '.',
      ]),
    )
  }
  return lines
}

/**
 * The article as a hast tree: `<article>` with a header (title, byline, review), an optional
 * table of contents, the sections and the author's call to action; after it, outside it, what the
 * host adds: its Markdown, its references and its own call to action.
 *
 * The sections' hast was made when the content compiled; unified (with remark-parse and
 * remark-rehype) is loaded only for what needs it: remark plugins, rehype plugins or additional
 * Markdown.
 */
export async function buildArticleTree(
  content: RenderableContent,
  settings: ArticleSettings,
): Promise<Root> {
  const {article} = content
  const header = h('header', [
    ...(settings.showTitle ? [h('h1', article.title)] : []),
    ...byline(content, settings),
  ])
  const sections =
    settings.remarkPlugins.length === 0
      ? copy(content.body.sections)
      : await (await import('./markdown.js')).trustedMarkdownToHast(
          article.markdown,
          settings.remarkPlugins,
        )
  const articleElement = h('article', {className: settings.classNames.article}, [
    header,
    ...sections,
    // The author's own call to action, part of the article; a host's is its own, after it.
    ...(settings.callToAction && settings.clinic === undefined
      ? [
          h(
            'footer',
            {className: settings.classNames.callToAction},
            sourceCallToAction(
              content.clinic,
              copy(content.body.callToAction),
              settings.locationPage,
            ),
          ),
        ]
      : []),
  ])

  const publisher = settings.clinic?.name ?? content.clinic.name
  const after: Element[] = []
  if (settings.additionalMarkdown !== '') {
    after.push(
      h(
        'aside',
        {ariaLabel: `More from ${publisher}`},
        await (await import('./markdown.js')).untrustedMarkdownToHast(
          settings.additionalMarkdown,
          settings.remarkPlugins,
        ),
      ),
    )
  }
  const {citations} = settings.editorial
  if (citations.length > 0) {
    after.push(
      h('aside', {ariaLabel: 'References'}, [
        h('h2', 'References'),
        h(
          'ol',
          citations.map((citation) => h('li', h('a', {href: citation.url}, citation.name))),
        ),
      ]),
    )
  }
  if (settings.callToAction && settings.clinic !== undefined) {
    after.push(
      hostCallToAction(
        settings.clinic,
        formatterFor(settings.language),
        settings.classNames.callToAction,
        settings.locationPage,
      ),
    )
  }

  const tree: Root = {type: 'root', children: [articleElement, ...after]}
  rehypeSlug({prefix: settings.idPrefix})(tree)
  if (settings.toc) {
    // After the header: the contents come before the sections they list, and list only the
    // article's.
    articleElement.children.splice(
      1,
      0,
      buildToc(articleElement, settings.tocLabel, settings.classNames.toc),
    )
  }
  if (settings.headingOffset !== 0) shiftHeading(tree, settings.headingOffset)
  if (settings.rehypePlugins.length === 0) return tree
  const {runRehypePlugins} = await import('./markdown.js')
  return runRehypePlugins(tree, settings.rehypePlugins)
}

/** Serialize a hast tree to HTML (hast-util-to-html: what rehype-stringify calls). */
export function stringify(tree: Root | Element): string {
  return toHtml(tree)
}

/** Options of `renderArticle`: the options object (see `PageOptions`), `siteUrl` optional. */
export type RenderArticleOptions = Omit<PageOptions, 'siteUrl'> & {
  readonly siteUrl?: string | undefined
}

/**
 * Render the article to an HTML fragment for a host page.
 *
 * @param options
 *   See `RenderArticleOptions` (default: title, date, sections and the clinic's call to action).
 * @returns
 *   The `<article>` element as HTML.
 * @throws {SciaticaContentError}
 *   When an option is invalid or unknown.
 */
export async function renderArticle(
  options?: Readonly<RenderArticleOptions> | null | undefined,
): Promise<string> {
  const settings = articleSettings(renderableContent, parseOptions(options, 'optional'))
  return stringify(await buildArticleTree(renderableContent, settings))
}
