/**
 * An offline check of a JSON-LD document against the schema.org vocabulary (the index in
 * test/fixtures/schemaorg-vocabulary.json, built by tools/build-vocabulary.ts).
 *
 * Errors: the document cannot be what it claims (`@context` other than https://schema.org, a type
 * or property schema.org does not define or has superseded, a property outside the domain of the
 * node's types, an `@id` reference to no node of the document, an `@id` defined twice with
 * different contents).
 *
 * Warnings: schema.org accepts it, but it is loose (a pending term, a value outside the property's
 * `rangeIncludes`: schema.org says consumers should accept text where an entity is expected).
 */
import {readFileSync} from 'node:fs'
import type {PropertyEntry, VocabularyIndex} from '../../tools/build-vocabulary.js'

export interface Finding {
  rule: string
  path: string
  message: string
}

export interface CheckResult {
  errors: Finding[]
  warnings: Finding[]
}

type JsonObject = Record<string, unknown>

const index = JSON.parse(
  readFileSync(new URL('../fixtures/schemaorg-vocabulary.json', import.meta.url), 'utf8'),
) as VocabularyIndex

// Maps, not the parsed objects: a property named `constructor` must not find Object's.
const classes = new Map(Object.entries(index.classes))
const properties = new Map(Object.entries(index.properties))
const members = new Map(Object.entries(index.members))

/** The release of schema.org the index was built from. */
export const vocabularyRelease = index.release

const CONTEXT = 'https://schema.org'
const SCHEMA_PREFIXES = ['https://schema.org/', 'http://schema.org/', 'schema:']

// ---------------------------------------------------------------------------------------------
// Classes

const ancestorCache = new Map<string, ReadonlySet<string>>()

/** The class and all its superclasses (walking `parents` transitively). */
function ancestors(name: string): ReadonlySet<string> {
  const cached = ancestorCache.get(name)
  if (cached !== undefined) return cached
  const result = new Set<string>()
  const pending = [name]
  for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
    if (result.has(current)) continue
    result.add(current)
    pending.push(...(classes.get(current)?.parents ?? []))
  }
  ancestorCache.set(name, result)
  return result
}

function isA(name: string, ancestor: string): boolean {
  return ancestors(name).has(ancestor)
}

/** A data type: an instance of `DataType` (Text, Number, Date…) or a subclass of one (URL). */
function isDataType(name: string): boolean {
  return [...ancestors(name)].some((type) => members.get(type)?.includes('DataType') === true)
}

/** Some of the types, or their superclasses, are in the range. */
function fitsRange(types: readonly string[], range: readonly string[]): boolean {
  return types.some((type) => range.some((allowed) => isA(type, allowed)))
}

/** The range takes strings: a data type other than numbers and booleans (Text, URL, Date…). */
function takesText(range: readonly string[]): boolean {
  return range.some((type) => isDataType(type) && !isA(type, 'Number') && !isA(type, 'Boolean'))
}

// ---------------------------------------------------------------------------------------------
// Walking the document

class Checker {
  readonly errors: Finding[] = []
  readonly warnings: Finding[] = []
  /** Each `@id` defined in the document (an object with `@id` and more), with its first node. */
  readonly definitions = new Map<string, {path: string; node: JsonObject}>()

  error(rule: string, path: string, message: string): void {
    this.errors.push({rule, path, message})
  }

  warn(rule: string, path: string, message: string): void {
    this.warnings.push({rule, path, message})
  }
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`
}

/** Each value with its path: `key[i]` for the items of an array, `key` for a single value. */
function valuesOf(value: unknown, path: string): {value: unknown; path: string}[] {
  return Array.isArray(value)
    ? value.map((item, i) => ({value: item, path: `${path}[${i}]`}))
    : [{value, path}]
}

/** `Thing`, `schema:Thing` and `https://schema.org/Thing` name the same term. */
function localName(term: string): string {
  const prefix = SCHEMA_PREFIXES.find((candidate) => term.startsWith(candidate))
  return prefix === undefined ? term : term.slice(prefix.length)
}

/** An object whose only key is `@id`. */
function isReference(value: JsonObject): value is {'@id': string} {
  const keys = Object.keys(value)
  return keys.length === 1 && keys[0] === '@id' && typeof value['@id'] === 'string'
}

/** The enumeration member a `https://schema.org/…` URL names, with its enumerations. */
function memberOf(url: string): {name: string; enumerations: string[]} | undefined {
  if (!SCHEMA_PREFIXES.slice(0, 2).some((prefix) => url.startsWith(prefix))) return undefined
  const name = localName(url)
  const enumerations = members.get(name)
  return enumerations === undefined ? undefined : {name, enumerations}
}

/** The top-level nodes: the document itself when it has properties, and its `@graph`. */
function topLevelNodes(document: JsonObject): {node: unknown; path: string}[] {
  const nodes: {node: unknown; path: string}[] = []
  if (Object.keys(document).some((key) => key !== '@context' && key !== '@graph')) {
    nodes.push({node: document, path: ''})
  }
  if ('@graph' in document) {
    nodes.push(
      ...valuesOf(document['@graph'], '@graph').map(({value, path}) => ({node: value, path})),
    )
  }
  return nodes
}

// ---------------------------------------------------------------------------------------------
// Rule: @context

function checkContext(checker: Checker, document: JsonObject): void {
  const context = document['@context']
  if (context !== CONTEXT) {
    checker.error(
      'context',
      '@context',
      `@context is ${JSON.stringify(context) ?? 'missing'}, expected "${CONTEXT}"`,
    )
  }
}

// ---------------------------------------------------------------------------------------------
// Rule: @id defined twice with different contents (and the index of definitions)

/** Stable JSON: object keys sorted. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (isObject(value)) {
    const keys = Object.keys(value).sort()
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

function collectDefinitions(checker: Checker, value: unknown, path: string): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      collectDefinitions(checker, item, `${path}[${i}]`)
    })
    return
  }
  if (!isObject(value)) return
  const id = value['@id']
  if (typeof id === 'string' && !isReference(value)) {
    const first = checker.definitions.get(id)
    if (first === undefined) {
      checker.definitions.set(id, {path, node: value})
    } else if (canonical(first.node) !== canonical(value)) {
      checker.error(
        'duplicate-id',
        path,
        `@id ${id} is defined again with different contents (first at ${first.path || 'the root'})`,
      )
    }
  }
  for (const [key, item] of Object.entries(value)) {
    if (key !== '@context') collectDefinitions(checker, item, join(path, key))
  }
}

// ---------------------------------------------------------------------------------------------
// Rule: types (unknown, superseded, pending)

/** The node's known types; reports unknown, superseded and pending ones. */
function checkTypes(checker: Checker, node: JsonObject, path: string): string[] {
  if (!('@type' in node)) return []
  const known: string[] = []
  for (const {value, path: typePath} of valuesOf(node['@type'], join(path, '@type'))) {
    const name = typeof value === 'string' ? localName(value) : undefined
    const entry = name === undefined ? undefined : classes.get(name)
    if (name === undefined || entry === undefined) {
      checker.error('unknown-type', typePath, `${JSON.stringify(value)} is not a schema.org type`)
      continue
    }
    known.push(name)
    if (entry.supersededBy !== undefined) {
      checker.error(
        'superseded-type',
        typePath,
        `type ${name} is superseded by ${entry.supersededBy}`,
      )
    }
    if (entry.pending === true) {
      checker.warn('pending-type', typePath, `type ${name} is pending (https://pending.schema.org)`)
    }
  }
  return known
}

// ---------------------------------------------------------------------------------------------
// Rule: properties (unknown, superseded, pending, domain)

/** The property's entry; reports unknown, superseded, pending and out-of-domain use. */
function checkProperty(
  checker: Checker,
  key: string,
  types: readonly string[],
  path: string,
): PropertyEntry | undefined {
  const name = localName(key)
  const entry = properties.get(name)
  if (entry === undefined) {
    checker.error('unknown-property', path, `${key} is not a schema.org property`)
    return undefined
  }
  if (entry.supersededBy !== undefined) {
    checker.error(
      'superseded-property',
      path,
      `property ${name} is superseded by ${entry.supersededBy}`,
    )
  }
  if (entry.pending === true) {
    checker.warn(
      'pending-property',
      path,
      `property ${name} is pending (https://pending.schema.org)`,
    )
  }
  if (types.length > 0 && entry.domain.length > 0 && !fitsRange(types, entry.domain)) {
    checker.error(
      'domain',
      path,
      `${name} is not a property of ${types.join(', ')} (domain: ${entry.domain.join(', ')})`,
    )
  }
  return entry
}

// ---------------------------------------------------------------------------------------------
// Rule: values against rangeIncludes

function describeRange(range: readonly string[]): string {
  return `range: ${range.join(', ')}`
}

function checkString(checker: Checker, value: string, name: string, range: string[], path: string) {
  const member = memberOf(value)
  if (member !== undefined) {
    checkMember(checker, member, name, range, path)
  } else if (!takesText(range)) {
    checker.warn(
      'text-value',
      path,
      `${name} has text, but no text data type is in its ${describeRange(range)}`,
    )
  }
}

function checkMember(
  checker: Checker,
  member: {name: string; enumerations: string[]},
  name: string,
  range: string[],
  path: string,
): void {
  if (!fitsRange(member.enumerations, range)) {
    checker.warn(
      'enumeration-member',
      path,
      `${name} has ${member.name} (a ${member.enumerations.join(', ')}), outside its ${describeRange(range)}`,
    )
  }
}

function checkLiteral(
  checker: Checker,
  value: number | boolean,
  name: string,
  range: string[],
  path: string,
): void {
  const kind = typeof value === 'number' ? 'Number' : 'Boolean'
  if (!range.some((type) => isA(type, kind))) {
    checker.warn('literal-type', path, `${name} has a ${typeof value} (${describeRange(range)})`)
  }
}

/** A typed node (inline or referenced) against the range. */
function checkNodeTypes(
  checker: Checker,
  types: readonly string[],
  name: string,
  range: string[],
  path: string,
): void {
  if (types.length > 0 && !fitsRange(types, range)) {
    checker.warn('range', path, `${name} has a ${types.join(', ')} (${describeRange(range)})`)
  }
}

function knownTypesOf(node: JsonObject): string[] {
  return valuesOf(node['@type'] ?? [], '')
    .map(({value}) => (typeof value === 'string' ? localName(value) : ''))
    .filter((type) => classes.has(type))
}

/** An `@id` reference: to a node of the document, or to a schema.org enumeration member. */
function checkReference(
  checker: Checker,
  id: string,
  name: string,
  range: string[] | undefined,
  path: string,
): void {
  const target = checker.definitions.get(id)
  const member = memberOf(id)
  if (target === undefined && member === undefined) {
    checker.error(
      'dangling-reference',
      path,
      `@id ${id} is not the @id of any node in the document`,
    )
  } else if (range === undefined || range.length === 0) {
    return
  } else if (target !== undefined) {
    checkNodeTypes(checker, knownTypesOf(target.node), name, range, path)
  } else if (member !== undefined) {
    checkMember(checker, member, name, range, path)
  }
}

/** One value of a property; `entry` is undefined for an unknown property (nodes still checked). */
function checkValue(
  checker: Checker,
  value: unknown,
  name: string,
  entry: PropertyEntry | undefined,
  path: string,
): void {
  const range = entry?.range ?? []
  const checkRange = range.length > 0
  if (Array.isArray(value)) {
    for (const item of valuesOf(value, path))
      checkValue(checker, item.value, name, entry, item.path)
  } else if (typeof value === 'string') {
    if (checkRange) checkString(checker, value, name, range, path)
  } else if (typeof value === 'number' || typeof value === 'boolean') {
    if (checkRange) checkLiteral(checker, value, name, range, path)
  } else if (isObject(value)) {
    if (isReference(value)) {
      checkReference(checker, value['@id'], name, range, path)
    } else if ('@value' in value) {
      checkValue(checker, value['@value'], name, entry, path)
    } else {
      const types = checkNode(checker, value, path)
      if (checkRange) checkNodeTypes(checker, types, name, range, path)
    }
  }
}

// ---------------------------------------------------------------------------------------------
// A node and its properties, recursively

/** Check a node and the nodes nested in it; returns its known types. */
function checkNode(checker: Checker, node: unknown, path: string): string[] {
  if (!isObject(node)) {
    checker.error('node', path, `expected a node object, found ${JSON.stringify(node)}`)
    return []
  }
  if (isReference(node)) {
    checkReference(checker, node['@id'], '@graph', undefined, path)
    return []
  }
  const types = checkTypes(checker, node, path)
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@')) continue
    const propertyPath = join(path, key)
    const entry = checkProperty(checker, key, types, propertyPath)
    checkValue(checker, value, localName(key), entry, propertyPath)
  }
  return types
}

/**
 * Check a JSON-LD document against the schema.org vocabulary.
 *
 * @returns
 *   Errors (the document is wrong) and warnings (loose but accepted), each with the rule, the
 *   path of the value (such as `@graph[3].riskFactor[1]`) and a message.
 */
export function checkJsonLd(document: unknown): CheckResult {
  const checker = new Checker()
  if (!isObject(document)) {
    checker.error('context', '', 'the document is not a JSON object')
    return {errors: checker.errors, warnings: checker.warnings}
  }
  checkContext(checker, document)
  const nodes = topLevelNodes(document)
  collectDefinitions(checker, document, '')
  for (const {node, path} of nodes) checkNode(checker, node, path)
  return {errors: checker.errors, warnings: checker.warnings}
}
