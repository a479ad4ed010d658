import type {Element} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toString as hastToString} from 'hast-util-to-string'
import {visit} from 'unist-util-visit'

/** A document to check, or why it could not be read. */
export type Document = {readonly json: unknown} | {readonly parseError: string}

/** How to read a string input. */
export type InputFormat = 'auto' | 'html' | 'json'

/** The documents of parsed JSON: each item of a top-level array is one. */
function documentsOfJson(json: unknown): Document[] {
  return Array.isArray(json) ? json.map((item) => ({json: item})) : [{json}]
}

function parseJson(text: string): Document[] {
  try {
    return documentsOfJson(JSON.parse(text))
  } catch (error) {
    return [{parseError: `The JSON does not parse: ${(error as Error).message}`}]
  }
}

function isJsonLdScript(node: Element): boolean {
  const type = node.properties.type
  return (
    node.tagName === 'script' &&
    typeof type === 'string' &&
    type.split(';')[0]?.trim().toLowerCase() === 'application/ld+json'
  )
}

/** The JSON-LD of every `<script type="application/ld+json">` of an HTML page, in order. */
export function documentsOfHtml(html: string): Document[] {
  const documents: Document[] = []
  let tree: ReturnType<typeof fromHtml>
  try {
    tree = fromHtml(html)
  } catch (error) {
    // parse5 recurses on nesting: a page nested past the stack is reported, not thrown.
    return [{parseError: `The HTML could not be read: ${(error as Error).message}`}]
  }
  visit(tree, 'element', (node) => {
    if (isJsonLdScript(node)) documents.push(...parseJson(hastToString(node)))
  })
  return documents
}

/**
 * The documents in an input: a JSON-LD value (an object, or an array of them), JSON text, or an
 * HTML page. With `format: 'auto'`, text is JSON when it starts with `{` or `[` (after a byte
 * order mark and white space), HTML otherwise.
 */
export function documentsOf(input: unknown, format: InputFormat): Document[] {
  if (typeof input !== 'string') return documentsOfJson(input)
  const text = input.replace(/^\uFEFF/, '')
  const html = format === 'html' || (format === 'auto' && !/^\s*[{[]/.test(text))
  return html ? documentsOfHtml(text) : parseJson(text)
}
