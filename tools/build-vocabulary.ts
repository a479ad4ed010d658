/**
 * Build src/generated/vocabulary.ts, a compact index of the schema.org vocabulary (release 30.0)
 * for the offline validator (src/validate). Run by `npm run vocabulary`; reads
 * ../shared/schemaorg/schemaorg-current-https.jsonld. The module holds the index as JSON text
 * (`CompactVocabulary`: names joined by commas), which the validator parses on first use.
 *
 * What the index holds (keys sorted, so the output is deterministic):
 *
 * - `classes`: every `rdfs:Class` of the schema.org namespace, and every term that has an
 *   `rdfs:subClassOf` (some enumeration members are types too, e.g. `Physiotherapy`). `parents`
 *   are the schema.org superclasses (`URL` → `Text`, `Integer` → `Number`).
 * - `properties`: every `rdf:Property`, with `domainIncludes` as `domain` and `rangeIncludes` as
 *   `range`.
 * - `members`: every term that is an instance of a schema.org class, with those classes: the
 *   enumeration members (`Musculoskeletal` → `MedicalSpecialty`, `True` → `Boolean`), and the data
 *   types, instances of `DataType` (`Text`, `Number`, `Date`, `DateTime`, `Time`, `Boolean`,
 *   `Quantity`).
 * - `pending: true` for terms of https://pending.schema.org, `supersededBy` for superseded terms.
 *
 * Schema.org is published under CC BY-SA 3.0; the index is derived from it.
 */
import {readFileSync} from 'node:fs'
import {mkdir, rename, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {CompactVocabulary} from '../src/validate/vocabulary.js'

const release = '30.0'
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const sourceDirectory = path.resolve(root, '../shared/schemaorg')
const source = path.join(sourceDirectory, 'schemaorg-current-https.jsonld')
const target = path.join(root, 'src/generated/vocabulary.ts')

const PREFIX = 'schema:'
const PENDING = 'https://pending.schema.org'

interface Reference {
  '@id': string
}

interface Term {
  '@id': string
  '@type': string | string[]
  'rdfs:subClassOf'?: Reference | Reference[]
  'schema:domainIncludes'?: Reference | Reference[]
  'schema:rangeIncludes'?: Reference | Reference[]
  'schema:supersededBy'?: Reference | Reference[]
  'schema:isPartOf'?: Reference | Reference[]
}

/** A class of the index: its direct parents, and whether it is pending or superseded. */
export interface ClassEntry {
  parents: string[]
  pending?: true
  supersededBy?: string
}

/** A property of the index: its domain and range (class names). */
export interface PropertyEntry {
  domain: string[]
  range: string[]
  pending?: true
  supersededBy?: string
}

/** The index as the build reads it, before it is stored compactly (`CompactVocabulary`). */
export interface VocabularyIndex {
  release: string
  license: string
  classes: Record<string, ClassEntry>
  properties: Record<string, PropertyEntry>
  members: Record<string, string[]>
}

function toArray<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return []
  return Array.isArray(value) ? value : [value]
}

/** `schema:Text` → `Text`; undefined for terms of other vocabularies (`rdfs:Class`, `fibo-…`). */
function localName(id: string): string | undefined {
  return id.startsWith(PREFIX) ? id.slice(PREFIX.length) : undefined
}

/** The schema.org names among references, sorted and without duplicates. */
function names(references: Reference | Reference[] | undefined): string[] {
  const result = new Set<string>()
  for (const reference of toArray(references)) {
    const name = localName(reference['@id'])
    if (name !== undefined) result.add(name)
  }
  return [...result].sort(compare)
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function isPending(term: Term): boolean {
  return toArray(term['schema:isPartOf']).some((layer) => layer['@id'] === PENDING)
}

function supersededBy(term: Term): string | undefined {
  const replacements = names(term['schema:supersededBy'])
  if (replacements.length > 1) {
    throw new Error(`${term['@id']} is superseded by several terms: ${replacements.join(', ')}`)
  }
  return replacements[0]
}

/** `pending` and `supersededBy`, only when set. */
function status(term: Term): {pending?: true; supersededBy?: string} {
  const replacement = supersededBy(term)
  return {
    ...(isPending(term) ? {pending: true as const} : {}),
    ...(replacement === undefined ? {} : {supersededBy: replacement}),
  }
}

function buildVocabulary(terms: readonly Term[]): VocabularyIndex {
  const classes: Record<string, ClassEntry> = {}
  const properties: Record<string, PropertyEntry> = {}
  const members: Record<string, string[]> = {}
  for (const term of terms) {
    const name = localName(term['@id'])
    if (name === undefined) continue
    const types = toArray(term['@type'])
    if (types.includes('rdf:Property')) {
      properties[name] = {
        domain: names(term['schema:domainIncludes']),
        range: names(term['schema:rangeIncludes']),
        ...status(term),
      }
      continue
    }
    if (types.includes('rdfs:Class') || term['rdfs:subClassOf'] !== undefined) {
      classes[name] = {parents: names(term['rdfs:subClassOf']), ...status(term)}
    }
    const instanceOf = names(types.map((type) => ({'@id': type})))
    if (instanceOf.length > 0) members[name] = instanceOf
  }
  const vocabulary: VocabularyIndex = {
    release,
    license: 'CC BY-SA 3.0, schema.org',
    classes,
    properties,
    members,
  }
  checkReferences(vocabulary)
  return vocabulary
}

/**
 * Report the terms named by a parent, domain, range, member or replacement but not defined: the
 * release itself has a few (`DeliveryTimeSettings`, retired to the attic, is still in the domain of
 * `deliveryTime`), so they are kept and only listed.
 */
function checkReferences(vocabulary: VocabularyIndex): void {
  const missing = new Set<string>()
  const needClass = (name: string) => {
    if (!Object.hasOwn(vocabulary.classes, name)) missing.add(name)
  }
  for (const entry of Object.values(vocabulary.classes)) {
    entry.parents.forEach(needClass)
    if (entry.supersededBy !== undefined) needClass(entry.supersededBy)
  }
  for (const entry of Object.values(vocabulary.properties)) {
    entry.domain.forEach(needClass)
    entry.range.forEach(needClass)
    if (
      entry.supersededBy !== undefined &&
      !Object.hasOwn(vocabulary.properties, entry.supersededBy)
    ) {
      missing.add(entry.supersededBy)
    }
  }
  for (const classes of Object.values(vocabulary.members)) classes.forEach(needClass)
  if (missing.size > 0) {
    console.warn(
      `Referenced but not defined in ${release}: ${[...missing].sort(compare).join(', ')}`,
    )
  }
  if (vocabulary.classes.URL?.parents.includes('Text') !== true) {
    throw new Error('URL is expected to be a subclass of Text')
  }
}

/** The value with object keys sorted, recursively. */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.keys(value)
        .sort(compare)
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
    )
  }
  return value
}

function readTerms(): Term[] {
  const notes = readFileSync(path.join(sourceDirectory, 'SOURCE.md'), 'utf8')
  if (!notes.includes(`release ${release}`)) {
    throw new Error(
      `${path.join(sourceDirectory, 'SOURCE.md')} does not describe release ${release}`,
    )
  }
  const document = JSON.parse(readFileSync(source, 'utf8')) as {'@graph'?: unknown}
  if (!Array.isArray(document['@graph'])) throw new Error(`${source} has no @graph`)
  return document['@graph'] as Term[]
}

/** The index in the stored form: lists joined by commas, status flags in lists of their own. */
function compact(vocabulary: VocabularyIndex): CompactVocabulary {
  const entries = [
    ...Object.entries(vocabulary.classes),
    ...Object.entries(vocabulary.properties),
  ] as [string, {pending?: true; supersededBy?: string}][]
  return {
    release: vocabulary.release,
    license: vocabulary.license,
    classes: Object.fromEntries(
      Object.entries(vocabulary.classes).map(([name, entry]) => [name, entry.parents.join(',')]),
    ),
    properties: Object.fromEntries(
      Object.entries(vocabulary.properties).map(([name, entry]) => [
        name,
        `${entry.domain.join(',')}|${entry.range.join(',')}`,
      ]),
    ),
    members: Object.fromEntries(
      Object.entries(vocabulary.members).map(([name, of]) => [name, of.join(',')]),
    ),
    pending: entries
      .filter(([, entry]) => entry.pending === true)
      .map(([name]) => name)
      .sort(compare),
    supersededBy: Object.fromEntries(
      entries.flatMap(([name, entry]) =>
        entry.supersededBy === undefined ? [] : [[name, entry.supersededBy]],
      ),
    ),
  }
}

try {
  const vocabulary = buildVocabulary(readTerms())
  const json = JSON.stringify(sortKeys(compact(vocabulary)))
  const output = [
    `// Generated by tools/build-vocabulary.ts from the schema.org vocabulary, release ${release}.`,
    '// Derived from schema.org (https://schema.org), CC BY-SA 3.0. Do not edit: run `npm run vocabulary`.',
    // Single quotes: the JSON's double quotes then need no escaping.
    `export const vocabularyJson = '${json.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`,
    '',
  ].join('\n')
  if (process.argv.includes('--check')) {
    const current = readFileSync(target, 'utf8')
    if (current !== output)
      throw new Error(`${path.relative(root, target)} is out of date: run \`npm run vocabulary\``)
    console.log(`${path.relative(root, target)} is up to date`)
    process.exit(0)
  }
  await mkdir(path.dirname(target), {recursive: true})
  // Write beside the target, then rename: a failed write never leaves half a file.
  await writeFile(`${target}.tmp`, output)
  await rename(`${target}.tmp`, target)
  const count = (record: object) => Object.keys(record).length
  console.log(
    `${path.relative(root, target)}: ${count(vocabulary.classes)} classes, ` +
      `${count(vocabulary.properties)} properties, ${count(vocabulary.members)} members`,
  )
} catch (error) {
  console.error(String(error))
  process.exitCode = 1
}
