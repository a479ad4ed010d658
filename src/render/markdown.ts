/**
 * What needs unified: Markdown from its text (with the host's remark plugins) and the host's
 * rehype plugins. Loaded only when options ask for one of them (`import()` in `article.ts`), so
 * that rendering the compiled article costs no Markdown parser.
 */
import type {ElementContent, Root as HastRoot} from 'hast'
import rehypeSanitize from 'rehype-sanitize'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {type PluggableList, unified} from 'unified'

/**
 * Trusted Markdown (the article's own) to hast, with the host's remark plugins.
 */
export async function trustedMarkdownToHast(
  markdown: string,
  remarkPlugins: PluggableList,
): Promise<ElementContent[]> {
  const processor = unified().use(remarkParse).use(remarkPlugins).use(remarkRehype)
  const tree = (await processor.run(processor.parse(markdown))) as HastRoot
  return tree.children as ElementContent[]
}

/**
 * Untrusted Markdown (a host's addition) to hast: raw HTML dropped, the result sanitized with
 * GitHub's schema (no scripts, no event handlers, no `javascript:` URLs).
 */
export async function untrustedMarkdownToHast(
  markdown: string,
  remarkPlugins: PluggableList,
): Promise<ElementContent[]> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkPlugins)
    .use(remarkRehype)
    // Keep heading ids unprefixed: rehype-slug adds them after sanitizing, with the host's prefix.
    .use(rehypeSanitize)
  const tree = (await processor.run(processor.parse(markdown))) as HastRoot
  return tree.children as ElementContent[]
}

/** Run the host's rehype plugins on the finished article. */
export async function runRehypePlugins(
  tree: HastRoot,
  rehypePlugins: PluggableList,
): Promise<HastRoot> {
  return (await unified().use(rehypePlugins).run(tree)) as HastRoot
}
