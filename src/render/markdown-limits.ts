/**
 * Bounds on the host's `additionalMarkdown`, checked before any Markdown is parsed: its size,
 * how deeply block quotes and lists sit inside one another (each level is a recursion in
 * micromark and mdast-util-to-hast: 10,000 `>` threw a RangeError), and how many emphasis and
 * link delimiters one paragraph holds (micromark matches them pairwise: 120 KB of `**a` took
 * 17 s). Within these bounds every pathological input we know of renders in well under a second
 * (`test/security/markdown-limits.test.ts` measures them).
 */

/**
 * The bounds of the host's `additionalMarkdown` (kept apart from `LIMITS`, so that only
 * rendering carries them).
 */
export const MARKDOWN_LIMITS = {
  /** Characters (UTF-16 code units). */
  markdown: 20_000,
  /** Block quotes and lists inside one another. */
  markdownNesting: 32,
  /** Block quote and list levels of every line, summed. */
  markdownContainers: 500,
  /** Emphasis and link delimiters (`*`, `_`, `[`, `]`) in one paragraph. */
  markdownParagraphDelimiters: 300,
  /** Emphasis and link delimiters in all. */
  markdownDelimiters: 1000,
} as const

const LIMITS = MARKDOWN_LIMITS

// The containers that open at the start of a line: `>`, or a list marker and white space.
const container = /^[ \t]*(?:>|(?:[*+-]|\d{1,9}[.)])(?=[ \t]|$))/

// A line's depth and what follows its containers: every container marker at its start, and its
// indentation (a nested list item is indented at least 2 columns a level; a tab counts as 4).
// An overestimate: a code block's indentation counts too.
function scanLine(line: string): {depth: number; content: string} {
  let depth = 0
  let content = line
  for (;;) {
    const indentation = /^[ \t]*/.exec(content)?.[0] as string
    depth += Math.floor(indentation.replaceAll('\t', '    ').length / 2)
    const marker = container.exec(content)
    // Past the limit, the rest of the line does not matter.
    if (marker === null || depth > LIMITS.markdownNesting) return {depth, content}
    depth += 1
    content = content.slice(marker[0].length)
  }
}

// Emphasis and link delimiters: `*`, `_`, `[`, `]` (a list marker, taken off with the
// containers, is not one).
const delimiter = /[*_[\]]/g

/**
 * What is wrong with the host's Markdown, as an error's "expected", or `undefined` when it is
 * within the bounds of `LIMITS`.
 */
export function markdownProblem(markdown: string): string | undefined {
  if (markdown.length > LIMITS.markdown) {
    return `Markdown of at most ${LIMITS.markdown} characters`
  }
  if (!markdown.isWellFormed()) return 'Markdown of well-formed Unicode (no lone surrogates)'
  let containers = 0
  let delimiters = 0
  let inParagraph = 0
  for (const line of markdown.split(/\r\n?|\n/)) {
    const {depth, content} = scanLine(line)
    if (depth > LIMITS.markdownNesting) {
      return `Markdown with block quotes and lists at most ${LIMITS.markdownNesting} levels deep (indentation counts 2 columns a level)`
    }
    // Every line is checked against each of its containers: the work grows with their sum.
    containers += depth
    if (containers > LIMITS.markdownContainers) {
      return `Markdown with at most ${LIMITS.markdownContainers} block quote and list levels in all (a line 3 levels deep counts 3)`
    }
    const count = content.match(delimiter)?.length ?? 0
    delimiters += count
    // A blank line, also in a block quote, ends every paragraph: delimiters pair within one.
    inParagraph = /^[\s>]*$/.test(line) ? 0 : inParagraph + count
    if (
      inParagraph > LIMITS.markdownParagraphDelimiters ||
      delimiters > LIMITS.markdownDelimiters
    ) {
      return `Markdown with at most ${LIMITS.markdownDelimiters} emphasis and link delimiters (*, _, [, ]), ${LIMITS.markdownParagraphDelimiters} in a paragraph`
    }
  }
  return undefined
}
