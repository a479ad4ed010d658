/**
 * The schema.org vocabulary, release 30.0, as the validator reads it: a compact index made by
 * tools/build-vocabulary.ts from schema.org's own vocabulary file, decoded on first use.
 *
 * Derived from schema.org (https://schema.org), CC BY-SA 3.0.
 */
import {vocabularyJson} from '../generated/vocabulary.js'

/** The index as stored: names joined by commas, to keep it small. */
export interface CompactVocabulary {
  release: string
  license: string
  /** Class → its superclasses, comma-separated (`''` for `Thing` and the data types' root). */
  classes: Record<string, string>
  /** Property → `domain|range`, each comma-separated. */
  properties: Record<string, string>
  /** Enumeration member (or data type) → the classes it is an instance of, comma-separated. */
  members: Record<string, string>
  /** Terms of https://pending.schema.org. */
  pending: string[]
  /** Superseded term → its replacement. */
  supersededBy: Record<string, string>
}

/** A property: the classes it may be used on and the types of its values. */
export interface PropertyTerm {
  readonly domain: readonly string[]
  readonly range: readonly string[]
}

/** The decoded vocabulary. Maps, not objects: a term named `constructor` finds nothing. */
export interface Vocabulary {
  readonly release: string
  readonly classes: ReadonlyMap<string, readonly string[]>
  readonly properties: ReadonlyMap<string, PropertyTerm>
  readonly members: ReadonlyMap<string, readonly string[]>
  readonly pending: ReadonlySet<string>
  readonly supersededBy: ReadonlyMap<string, string>
}

const split = (list: string): string[] => (list === '' ? [] : list.split(','))

/** Decode the stored index. */
export function decodeVocabulary(compact: CompactVocabulary): Vocabulary {
  return {
    release: compact.release,
    classes: new Map(
      Object.entries(compact.classes).map(([name, parents]) => [name, split(parents)]),
    ),
    properties: new Map(
      Object.entries(compact.properties).map(([name, entry]) => {
        const bar = entry.indexOf('|')
        return [name, {domain: split(entry.slice(0, bar)), range: split(entry.slice(bar + 1))}]
      }),
    ),
    members: new Map(Object.entries(compact.members).map(([name, of]) => [name, split(of)])),
    pending: new Set(compact.pending),
    supersededBy: new Map(Object.entries(compact.supersededBy)),
  }
}

let vocabulary: Vocabulary | undefined

/** The vocabulary, decoded on first use (a JSON parse of the stored text, once a process). */
export function loadVocabulary(): Vocabulary {
  vocabulary ??= decodeVocabulary(JSON.parse(vocabularyJson) as CompactVocabulary)
  return vocabulary
}
