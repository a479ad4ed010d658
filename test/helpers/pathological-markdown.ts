import {MARKDOWN_LIMITS as LIMITS} from '../../src/render/markdown-limits.js'

// Paragraphs of `make(count)` with as many delimiters as a paragraph may hold, as many as the
// document may hold.
function paragraphs(make: (count: number) => string, delimitersPerCount: number): string {
  const count = Math.floor(LIMITS.markdownParagraphDelimiters / delimitersPerCount)
  const paragraph = `${make(count)}\n\n`
  const times = Math.floor(LIMITS.markdownDelimiters / (count * delimitersPerCount))
  return paragraph.repeat(Math.min(times, Math.floor(LIMITS.markdown / paragraph.length)))
}

// `unit` repeated up to the size limit, or up to the limit of block quote and list levels
// (`containers` a unit).
function fill(unit: string, containers = 0): string {
  const bySize = Math.floor(LIMITS.markdown / unit.length)
  const byContainers =
    containers === 0 ? bySize : Math.floor(LIMITS.markdownContainers / containers)
  return unit.repeat(Math.min(bySize, byContainers))
}

/**
 * Markdown known to be slow in CommonMark parsers (cmark's pathological tests, and what issue 14
 * found), each as large as `additionalMarkdown` may be: the worst case within the limits.
 */
export const pathologicalMarkdown: Record<string, string> = {
  'emphasis runs `**a`': paragraphs((n) => '**a'.repeat(n), 2),
  'nested strong emphasis': paragraphs((n) => `${'*a **a '.repeat(n)}b${' a** a*'.repeat(n)}`, 6),
  'mismatched openers and closers `*a_ `': paragraphs((n) => '*a_ '.repeat(n), 2),
  'emphasis openers `_a `': paragraphs((n) => '_a '.repeat(n), 1),
  'link openers `[a`': paragraphs((n) => '[a'.repeat(n), 1),
  'link closers `a]`': paragraphs((n) => 'a]'.repeat(n), 1),
  'link openers and emphasis closers `[ a_`': paragraphs((n) => '[ a_'.repeat(n), 2),
  '`[ (](`': paragraphs((n) => '[ (]('.repeat(n), 2),
  'nested brackets': paragraphs((n) => `${'['.repeat(n)}a${']'.repeat(n)}`, 2),
  'unclosed links `[a](<b`': paragraphs((n) => '[a](<b'.repeat(n), 2),
  'reference definitions': paragraphs((n) => '[x]: /u\n'.repeat(n), 2),
  'nested block quotes': fill(`${'>'.repeat(LIMITS.markdownNesting)} a\n`, LIMITS.markdownNesting),
  'nested lists `- - -`': fill(`${'- '.repeat(LIMITS.markdownNesting)}a\n`, LIMITS.markdownNesting),
  'nested ordered lists': fill(
    `${'1. '.repeat(LIMITS.markdownNesting)}a\n`,
    LIMITS.markdownNesting,
  ),
  'indented nested lists': fill(
    Array.from(
      {length: LIMITS.markdownNesting / 2},
      (_, level) => `${'  '.repeat(level)}* a\n`,
    ).join(''),
    Array.from({length: LIMITS.markdownNesting / 2}, (_, level) => 2 * level + 1).reduce(
      (sum, depth) => sum + depth,
    ),
  ),
  'list items': fill('- a\n', 1),
  'block quote lines': fill('> a\n', 1),
  'backtick runs': fill(
    Array.from({length: 40}, (_, length) => `e${'`'.repeat(length + 1)}`).join(''),
  ),
  'autolink openers `<http://`': fill('<http://'),
  'character references `&#x`': fill('&#x'),
  'raw HTML openers `<a `': fill('<a '),
  text: fill('Lorem ipsum dolor sit amet, consectetur adipiscing elit. '),
}
