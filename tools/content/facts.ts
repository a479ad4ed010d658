import {describeValue, type FieldPath} from '../../src/errors.js'
import {failField, type YamlSource} from './yaml.js'

// Keys whose string values must be verbatim article text.
const verbatimKeys = new Set(['quote', 'description', 'text'])

// The article has no-break spaces where the source has them; a quote typed with plain spaces
// still matches (any run of white space within a line equals any other). Paragraphs are lines,
// so a quote cannot run from one paragraph into the next.
const normalizeSpace = (text: string) => text.replace(/[^\S\n]+/g, ' ')

// Where a sentence may start and end in a paragraph: its edges, or after/before the end of a
// sentence and white space.
function isWholeSentences(paragraphs: readonly string[], quote: string): boolean {
  if (!/[.!?]$/.test(quote)) return false
  return paragraphs.some((paragraph) => {
    for (let at = paragraph.indexOf(quote); at !== -1; at = paragraph.indexOf(quote, at + 1)) {
      const end = at + quote.length
      const starts = at === 0 || /[.!?] $/.test(paragraph.slice(0, at))
      const ends = end === paragraph.length || paragraph[end] === ' '
      if (starts && ends) return true
    }
    return false
  })
}

/**
 * Check that every `quote`, `description` and `text` in `data` is found, word for word, in the
 * article, each `quote` as one or more whole sentences (a fragment can leave out what qualifies
 * the claim), and each `hedge` inside its fact's quote; fail at the first that is not.
 */
export function checkQuotes(source: YamlSource, data: unknown, articleText: string): void {
  const haystack = normalizeSpace(articleText)
  const paragraphs = haystack.split('\n')
  visit(data, [])

  function visit(value: unknown, path: FieldPath): void {
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) visit(item, [...path, index])
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        if (
          verbatimKeys.has(key) &&
          typeof item === 'string' &&
          !haystack.includes(normalizeSpace(item))
        ) {
          failField(
            source,
            [...path, key],
            'words found verbatim in content/article.md',
            describeValue(item),
          )
        }
        if (
          key === 'quote' &&
          typeof item === 'string' &&
          !isWholeSentences(paragraphs, normalizeSpace(item))
        ) {
          failField(
            source,
            [...path, key],
            'one or more whole sentences of content/article.md',
            describeValue(item),
          )
        }
        if (
          key === 'hedge' &&
          typeof item === 'string' &&
          !normalizeSpace(String((value as {quote?: unknown}).quote)).includes(normalizeSpace(item))
        ) {
          failField(source, [...path, key], 'words of the same fact’s quote', describeValue(item))
        }
        visit(item, [...path, key])
      }
    }
  }
}

/**
 * Check that the `id`s in each list are unique; fail at the first repeat.
 */
export function checkUniqueIds(
  source: YamlSource,
  lists: Readonly<Record<string, readonly {readonly id: string}[]>>,
  scope: string,
): void {
  const seen = new Set<string>()
  for (const [key, list] of Object.entries(lists)) {
    for (const [index, item] of list.entries()) {
      if (seen.has(item.id)) {
        failField(
          source,
          [key, index, 'id'],
          `an id unique among the ${scope}`,
          describeValue(item.id),
        )
      }
      seen.add(item.id)
    }
  }
}
