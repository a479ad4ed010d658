import type {Element, ElementContent, Root} from 'hast'
import {shiftHeading} from 'hast-util-shift-heading'
import {toHtml} from 'hast-util-to-html'
import {h} from 'hastscript'
import rehypeSlug from 'rehype-slug'
import type {DeepReadonly} from '../content/freeze.js'
import {content as packageContent} from '../content/index.js'
import type {RenderableContent} from '../content/types.js'
import {articleBody} from '../generated/article-body.js'
import {hostCallToAction, sourceCallToAction} from './call-to-action.js'
import {type ArticleSettings, type RenderArticleOptions, resolveArticleOptions} from './options.js'
import {buildToc} from './toc.js'

/** The package's content with its article's body, compiled from `content/`. */
export const renderableContent: RenderableContent = {...packageContent, body: articleBody}

/** A mutable copy of compiled hast, for the transforms below to change. */
function copy(nodes: DeepReadonly<ElementContent[]>): ElementContent[] {
  return structuredClone(nodes) as ElementContent[]
}

/**
 * The article as a hast tree: `<article>` with a header (title, publication date), an optional
 * table of contents, the sections, the host's additional Markdown and the call to action.
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
    h(
      'p',
      // A host with its own clinic republishes the article: name the clinic that wrote it.
      settings.clinic === undefined
        ? h('time', {dateTime: article.datePublished}, article.dateDisplay)
        : [
            `Published by ${article.publisher} on `,
            h('time', {dateTime: article.datePublished}, article.dateDisplay),
          ],
    ),
  ])
  const sections =
    settings.remarkPlugins.length === 0
      ? copy(content.body.sections)
      : await (await import('./markdown.js')).trustedMarkdownToHast(
          article.markdown,
          settings.remarkPlugins,
        )
  const additional =
    settings.additionalMarkdown === ''
      ? []
      : await (await import('./markdown.js')).untrustedMarkdownToHast(
          settings.additionalMarkdown,
          settings.remarkPlugins,
        )
  const callToAction: ElementContent[] = settings.callToAction
    ? [
        h(
          'footer',
          {className: settings.classNames.callToAction},
          settings.clinic === undefined
            ? sourceCallToAction(content.clinic, copy(content.body.callToAction))
            : hostCallToAction(settings.clinic),
        ),
      ]
    : []

  const articleElement = h('article', {className: settings.classNames.article}, [
    header,
    ...sections,
    ...additional,
    ...callToAction,
  ])
  const tree: Root = {type: 'root', children: [articleElement]}
  rehypeSlug({prefix: settings.idPrefix})(tree)
  if (settings.toc) {
    // After the header: the contents come before the sections they list.
    articleElement.children.splice(1, 0, buildToc(tree, settings.tocLabel, settings.classNames.toc))
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
  const settings = resolveArticleOptions(renderableContent, options)
  return stringify(await buildArticleTree(renderableContent, settings))
}
