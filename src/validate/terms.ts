import {loadVocabulary, type Vocabulary} from './vocabulary.js'

const SCHEMA_PREFIXES = ['https://schema.org/', 'http://schema.org/', 'schema:']

/** `Thing`, `schema:Thing` and `https://schema.org/Thing` name the same term. */
export function localName(term: string): string {
  const prefix = SCHEMA_PREFIXES.find((candidate) => term.startsWith(candidate))
  return prefix === undefined ? term : term.slice(prefix.length)
}

/** Questions about classes, answered from the vocabulary (superclasses cached). */
export class Terms {
  readonly vocabulary: Vocabulary = loadVocabulary()
  readonly #ancestors = new Map<string, ReadonlySet<string>>()

  /** The class and all its superclasses. */
  ancestors(name: string): ReadonlySet<string> {
    let result = this.#ancestors.get(name)
    if (result === undefined) {
      const found = new Set<string>()
      const pending = [name]
      for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
        if (found.has(current)) continue
        found.add(current)
        pending.push(...(this.vocabulary.classes.get(current) ?? []))
      }
      result = found
      this.#ancestors.set(name, result)
    }
    return result
  }

  isA(name: string, ancestor: string): boolean {
    return this.ancestors(name).has(ancestor)
  }

  /** A data type: an instance of `DataType` (Text, Number, Date…) or a subclass of one (URL). */
  isDataType(name: string): boolean {
    return [...this.ancestors(name)].some((type) =>
      (this.vocabulary.members.get(type) ?? []).includes('DataType'),
    )
  }

  /** Some of the types, or their superclasses, are in the range. */
  fitsRange(types: readonly string[], range: readonly string[]): boolean {
    return types.some((type) => range.some((allowed) => this.isA(type, allowed)))
  }

  /** The range takes strings: a data type other than numbers and booleans (Text, URL, Date…). */
  takesText(range: readonly string[]): boolean {
    return range.some(
      (type) => this.isDataType(type) && !this.isA(type, 'Number') && !this.isA(type, 'Boolean'),
    )
  }

  /** The enumeration member a `https://schema.org/…` URL names, with its enumerations. */
  memberOf(url: string): {name: string; enumerations: readonly string[]} | undefined {
    if (!/^https?:\/\/schema\.org\//.test(url)) return undefined
    const name = localName(url)
    const enumerations = this.vocabulary.members.get(name)
    return enumerations === undefined ? undefined : {name, enumerations}
  }
}
