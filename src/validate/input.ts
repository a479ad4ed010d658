import type {Element} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toString as hastToString} from 'hast-util-to-string'
import {visit} from 'unist-util-visit'

/** A document to check, or why it could not be read. */
export type Document = {readonly json: unknown} | {readonly parseError: string}

function parseJson(text: string): Document {
  try {
    return {json: JSON.parse(text)}
  } catch (error) {
    return {parseError: (error as Error).message}
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
  visit(fromHtml(html), 'element', (node) => {
    if (isJsonLdScript(node)) documents.push(parseJson(hastToString(node)))
  })
  return documents
}

/** How to read a string input. */
export type InputFormat = 'auto' | 'html' | 'json'

/**
 * The documents in an input: a JSON-LD value (an object, or an array of them), JSON text, or an
 * HTML page (with `format: 'auto'`, text that starts with `<`).
 */
export function documentsOf(input: unknown, format: InputFormat): Document[] {
  if (typeof input === 'string') {
    const html = format === 'html' || (format === 'auto' && input.trimStart().startsWith('<'))
    return html ? documentsOfHtml(input) : [parseJson(input)]
  }
  return Array.isArray(input) ? input.map((json) => ({json})) : [{json: input}]
}
