import {describeValue, type FieldPath} from '../../src/errors.js'
import {failField, type YamlSource} from './yaml.js'

// Keys whose string values must be verbatim article text.
const verbatimKeys = new Set(['quote', 'description', 'text'])

// The article has no-break spaces where the source has them; a quote typed with plain spaces
// still matches (any run of white space within a line equals any other). Paragraphs are lines,
// so a quote cannot run from one paragraph into the next.
const normalizeSpace = (text: string) => text.replace(/[^\S\n]+/g, ' ')

/**
 * Check that every `quote`, `description` and `text` in `data` is found, word for word, in the
 * article; fail at the first that is not.
 */
export function checkQuotes(source: YamlSource, data: unknown, articleText: string): void {
  const haystack = normalizeSpace(articleText)
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
