import type {ElementContent, Root as HastRoot} from 'hast'
import type {Root as MdastRoot} from 'mdast'
import rehypeSanitize from 'rehype-sanitize'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {type PluggableList, unified} from 'unified'

const parser = unified().use(remarkParse)

// The article's Markdown is the same for every call: parse it once, on first use.
const parsed = new Map<string, MdastRoot>()

function parseOnce(markdown: string): MdastRoot {
  let tree = parsed.get(markdown)
  if (tree === undefined) {
    tree = parser.parse(markdown)
    parsed.set(markdown, tree)
  }
  return tree
}

/**
 * Trusted Markdown (the article's own) to hast, with the host's remark plugins.
 *
 * The Markdown is parsed once per process; plugins work on a copy of the tree.
 */
export async function trustedMarkdownToHast(
  markdown: string,
  remarkPlugins: PluggableList,
): Promise<ElementContent[]> {
  const processor = unified().use(remarkPlugins).use(remarkRehype)
  const tree = (await processor.run(structuredClone(parseOnce(markdown)))) as HastRoot
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
