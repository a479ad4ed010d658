import type {Element, Root} from 'hast'
import {toString as hastToString} from 'hast-util-to-string'
import {h} from 'hastscript'
import {visit} from 'unist-util-visit'

/**
 * A table of contents of the `<h2>` headings in `tree` (after rehype-slug gave them ids), as a
 * `<nav>` with an ordered list of links.
 */
export function buildToc(
  tree: Root | Element,
  label: string,
  className: string | undefined,
): Element {
  const items: Element[] = []
  visit(tree, 'element', (node) => {
    if (node.tagName === 'h2' && typeof node.properties.id === 'string') {
      items.push(h('li', h('a', {href: `#${node.properties.id}`}, hastToString(node))))
    }
  })
  return h('nav', {ariaLabel: label, className}, h('ol', items))
}
