import type {Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'

/**
 * Parse HTML with a real HTML parser (parse5, through hast-util-from-html) and collect its parse
 * errors, so a test can require none.
 */
export function parseHtml(html: string, fragment: boolean): {tree: Root; errors: string[]} {
  const errors: string[] = []
  const tree = fromHtml(html, {
    fragment,
    onerror(error) {
      errors.push(`${error.ruleId}: ${error.reason}`)
    },
  })
  return {tree, errors}
}
