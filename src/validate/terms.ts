import {loadVocabulary, type Vocabulary} from './vocabulary.js'

/**
 * The edit distance of two terms (insertions, deletions, substitutions, and swaps of two
 * neighbours), or `limit + 1` once it is known to exceed `limit`.
 */
export function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let before: number[] = []
  let previous = Array.from({length: b.length + 1}, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] as number) + 1)
      }
      current.push(value)
      best = Math.min(best, value)
    }
    if (best > limit) return limit + 1
    before = previous
    previous = current
  }
  return Math.min(previous[b.length] as number, limit + 1)
}

/**
 * “Did you mean”, for one validation. A search compares a term with the whole vocabulary, so
 * each misspelled term is searched once (a graph repeats its keys thousands of times), and at
 * most `budget` terms are searched: a document of 50,000 invented keys costs what one of 100
 * does, and the rest get no suggestion.
 */
export class Suggester {
  readonly #found = new Map<string, string | undefined>()
  #budget: number

  constructor(
    readonly terms: Terms,
    budget = 100,
  ) {
    this.#budget = budget
  }

  /** The property closest to an unknown one (`adress` → `address`), if one is close. */
  property(name: string): string | undefined {
    return this.#suggest(`property ${name}`, name, this.terms.vocabulary.properties.keys())
  }

  /** The type closest to an unknown one (`Organisation` → `Organization`), if one is close. */
  type(name: string): string | undefined {
    return this.#suggest(`type ${name}`, name, this.terms.vocabulary.classes.keys())
  }

  // The same name in another case first; else the nearest within a third of its length (at
  // most 2 edits), the first in the vocabulary's order on a tie.
  #suggest(key: string, name: string, candidates: Iterable<string>): string | undefined {
    if (this.#found.has(key) || this.#budget === 0) return this.#found.get(key)
    this.#budget--
    const limit = Math.min(2, Math.floor(name.length / 3))
    const lower = name.toLowerCase()
    let best: {term: string; distance: number} | undefined
    for (const term of candidates) {
      const found = term.toLowerCase() === lower ? 0 : distance(name, term, limit)
      if (found < (best?.distance ?? limit + 1)) best = {term, distance: found}
    }
    this.#found.set(key, best?.term)
    return best?.term
  }
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
    const name = url.replace(/^https?:\/\/schema\.org\//, '')
    const enumerations = this.vocabulary.members.get(name)
    return enumerations === undefined ? undefined : {name, enumerations}
  }
}
