import type {Element, ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import rehypeShiftHeading from 'rehype-shift-heading'
import rehypeSlug from 'rehype-slug'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import {article, clinic as defaultClinic} from '../content/index.js'
import {hostCallToAction, sourceCallToAction} from './call-to-action.js'
import {trustedMarkdownToHast, untrustedMarkdownToHast} from './markdown.js'
import {
  type ArticleSettings,
  isDefault,
  type RenderArticleOptions,
  resolveArticleOptions,
} from './options.js'
import {buildToc} from './toc.js'

/**
 * The article as a hast tree: `<article>` with a header (title, publication date), an optional
 * table of contents, the sections, the host's additional Markdown and the call to action.
 */
export async function buildArticleTree(settings: ArticleSettings): Promise<Root> {
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
  const sections = await trustedMarkdownToHast(article.markdown, settings.remarkPlugins)
  const additional =
    settings.additionalMarkdown === ''
      ? []
      : await untrustedMarkdownToHast(settings.additionalMarkdown, settings.remarkPlugins)
  const callToAction: ElementContent[] = settings.callToAction
    ? [
        h(
          'footer',
          {className: settings.classNames.callToAction},
          settings.clinic === undefined
            ? await sourceCallToAction(defaultClinic)
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

  const processor = unified()
    .use(rehypeSlug, {prefix: settings.idPrefix})
    .use(() => (root: Root) => {
      if (settings.toc) {
        // After the header: the contents come before the sections they list.
        articleElement.children.splice(
          1,
          0,
          buildToc(root, settings.tocLabel, settings.classNames.toc),
        )
      }
    })
    .use(rehypeShiftHeading, {shift: settings.headingOffset})
    .use(settings.rehypePlugins)
  return (await processor.run(tree)) as Root
}

const stringifier = unified().use(rehypeStringify)

/** Serialize a hast tree to HTML. */
export function stringify(tree: Root | Element): string {
  return stringifier.stringify(tree.type === 'root' ? tree : {type: 'root', children: [tree]})
}

// The HTML of the default options: rendering (shared by concurrent first calls), then the text.
let defaultRendering: Promise<string> | undefined
let defaultHtml: string | undefined

/**
 * Render the article to an HTML fragment for a host page.
 *
 * @param options
 *   See `RenderArticleOptions` (default: title, date, sections and the clinic's call to action).
 * @returns
 *   The `<article>` element as HTML. With default options it is computed once per process.
 * @throws {SciaticaContentError}
 *   When an option is invalid or unknown.
 */
export async function renderArticle(
  options?: Readonly<RenderArticleOptions> | null | undefined,
): Promise<string> {
  // No options: nothing to check, and after the first call nothing to wait for.
  if ((options === undefined || options === null) && defaultHtml !== undefined) return defaultHtml
  const settings = resolveArticleOptions(options)
  if (!isDefault(settings)) return renderArticleWith(settings)
  defaultRendering ??= renderArticleWith(settings)
  defaultHtml = await defaultRendering
  return defaultHtml
}

/** Render the article with settings already checked. */
export async function renderArticleWith(settings: ArticleSettings): Promise<string> {
  return stringify(await buildArticleTree(settings))
}
