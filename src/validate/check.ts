import {
  Findings,
  isObject,
  isReference,
  type JsonObject,
  joinPath,
  type NodeContext,
  valuesOf,
} from './findings.js'
import {localName, type Terms} from './terms.js'
import type {PropertyTerm} from './vocabulary.js'

// The ways a context names schema.org: `https://schema.org` (with or without the slash, http
// too), a list that holds one, or an object whose `@vocab` is schema.org's.
const CONTEXTS = new Set([
  'https://schema.org',
  'https://schema.org/',
  'http://schema.org',
  'http://schema.org/',
])

/** A top-level node of a document, for the per-node summary. */
export interface TopLevelNode {
  readonly path: string
  readonly node: JsonObject
  readonly context: NodeContext
}

/** Stable JSON: object keys sorted, so that equal nodes compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (isObject(value)) {
    const keys = Object.keys(value).sort()
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(',')}}`
  }
  return JSON.stringify(value)
}

/**
 * Check one JSON-LD document: its context, every node's types and properties against the
 * vocabulary, values against `rangeIncludes`, `@id`s (dangling, conflicting) and breadcrumbs.
 */
export class DocumentCheck {
  readonly findings: Findings
  readonly topLevel: TopLevelNode[] = []
  /** Each `@id` defined in the document, with its first node. */
  readonly #definitions = new Map<string, {path: string; node: JsonObject}>()

  constructor(
    readonly terms: Terms,
    document: number,
  ) {
    this.findings = new Findings(document)
  }

  run(value: unknown): void {
    if (!isObject(value)) {
      this.findings.error(
        'not-an-object',
        '',
        `Expected a JSON-LD object, found ${describe(value)}`,
      )
      return
    }
    this.#checkContext(value)
    this.#collectDefinitions(value, '')
    const hasProperties = Object.keys(value).some((key) => key !== '@context' && key !== '@graph')
    const nodes = [
      ...(hasProperties ? [{value: value as unknown, path: ''}] : []),
      ...('@graph' in value ? valuesOf(value['@graph'], '@graph') : []),
    ]
    for (const {value: node, path} of nodes) {
      const context = this.#checkNode(node, path)
      if (context !== undefined && isObject(node) && !isReference(node)) {
        this.topLevel.push({path, node, context})
      }
    }
  }

  /** The types of a node that the vocabulary knows. */
  knownTypes(node: JsonObject): string[] {
    return valuesOf(node['@type'] ?? [], '')
      .map(({value}) => (typeof value === 'string' ? localName(value) : ''))
      .filter((type) => this.terms.vocabulary.classes.has(type))
  }

  /** The node an `@id` names in this document. */
  definition(id: string): JsonObject | undefined {
    return this.#definitions.get(id)?.node
  }

  #checkContext(document: JsonObject): void {
    const context = document['@context']
    if (!isSchemaOrgContext(context)) {
      this.findings.error(
        'context',
        '@context',
        context === undefined
          ? 'Missing @context: expected "https://schema.org"'
          : `Expected @context "https://schema.org", found ${describe(context)}`,
      )
    }
  }

  #collectDefinitions(value: unknown, path: string): void {
    if (Array.isArray(value)) {
      for (const item of valuesOf(value, path)) this.#collectDefinitions(item.value, item.path)
      return
    }
    if (!isObject(value)) return
    const id = value['@id']
    if (typeof id === 'string' && !isReference(value)) {
      const first = this.#definitions.get(id)
      if (first === undefined) {
        this.#definitions.set(id, {path, node: value})
      } else if (canonical(first.node) !== canonical(value)) {
        this.findings.error(
          'conflicting-id',
          path,
          `@id ${id} is defined again with other contents (first at ${first.path || 'the root'})`,
          {id, types: this.knownTypes(value)},
        )
      }
    }
    for (const [key, item] of Object.entries(value)) {
      if (key !== '@context') this.#collectDefinitions(item, joinPath(path, key))
    }
  }

  /** Check a node and the nodes in it; returns its context (`undefined` if not a node). */
  #checkNode(node: unknown, path: string): NodeContext | undefined {
    if (!isObject(node)) {
      this.findings.error('not-a-node', path, `Expected a node object, found ${describe(node)}`)
      return undefined
    }
    if (isReference(node)) {
      this.#checkReference(node['@id'], undefined, [], path, {id: undefined, types: []})
      return undefined
    }
    const context: NodeContext = {
      id: typeof node['@id'] === 'string' ? node['@id'] : undefined,
      types: this.#checkTypes(node, path),
    }
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('@')) continue
      const propertyPath = joinPath(path, key)
      const property = this.#checkProperty(key, context, propertyPath)
      this.#checkValue(value, localName(key), property, propertyPath, context)
    }
    if (context.types.some((type) => this.terms.isA(type, 'BreadcrumbList'))) {
      this.#checkBreadcrumb(node, path, context)
    }
    return context
  }

  /** The node's known types; reports unknown, superseded and pending ones. */
  #checkTypes(node: JsonObject, path: string): string[] {
    const known: string[] = []
    const {vocabulary} = this.terms
    for (const {value, path: typePath} of valuesOf(node['@type'] ?? [], joinPath(path, '@type'))) {
      const name = typeof value === 'string' ? localName(value) : undefined
      if (name === undefined || !vocabulary.classes.has(name)) {
        this.findings.error('unknown-type', typePath, `${describe(value)} is not a schema.org type`)
        continue
      }
      known.push(name)
      const replacement = vocabulary.supersededBy.get(name)
      if (replacement !== undefined) {
        this.findings.error('superseded-type', typePath, `${name} is superseded by ${replacement}`)
      }
      if (vocabulary.pending.has(name)) {
        this.findings.warn(
          'pending-type',
          typePath,
          `${name} is pending (https://pending.schema.org)`,
        )
      }
    }
    return known
  }

  /** The property's definition; reports unknown, superseded, pending and out-of-domain use. */
  #checkProperty(key: string, node: NodeContext, path: string): PropertyTerm | undefined {
    const name = localName(key)
    const {vocabulary} = this.terms
    const property = vocabulary.properties.get(name)
    if (property === undefined) {
      this.findings.error('unknown-property', path, `${key} is not a schema.org property`, node)
      return undefined
    }
    const replacement = vocabulary.supersededBy.get(name)
    if (replacement !== undefined) {
      this.findings.error(
        'superseded-property',
        path,
        `${name} is superseded by ${replacement}`,
        node,
      )
    }
    if (vocabulary.pending.has(name)) {
      this.findings.warn(
        'pending-property',
        path,
        `${name} is pending (https://pending.schema.org)`,
        node,
      )
    }
    if (node.types.length > 0 && !this.terms.fitsRange(node.types, property.domain)) {
      this.findings.error(
        'domain',
        path,
        `${name} is not a property of ${node.types.join(', ')} (it is one of ${property.domain.join(', ')})`,
        node,
      )
    }
    return property
  }

  /** One value of a property; `property` is undefined for an unknown one (nodes still checked). */
  #checkValue(
    value: unknown,
    name: string,
    property: PropertyTerm | undefined,
    path: string,
    node: NodeContext,
  ): void {
    const range = property?.range ?? []
    if (Array.isArray(value)) {
      for (const item of valuesOf(value, path))
        this.#checkValue(item.value, name, property, item.path, node)
    } else if (isObject(value)) {
      if (isReference(value)) this.#checkReference(value['@id'], name, range, path, node)
      else if ('@value' in value) this.#checkValue(value['@value'], name, property, path, node)
      else if ('@list' in value || '@set' in value) {
        const key = '@list' in value ? '@list' : '@set'
        this.#checkValue(value[key], name, property, joinPath(path, key), node)
      } else {
        const inner = this.#checkNode(value, path) as NodeContext
        this.#checkRange(inner.types, name, range, path, node)
      }
    } else if (range.length > 0) {
      this.#checkLiteral(value, name, range, path, node)
    }
  }

  #checkLiteral(
    value: unknown,
    name: string,
    range: readonly string[],
    path: string,
    node: NodeContext,
  ): void {
    const {terms} = this
    const member = typeof value === 'string' ? terms.memberOf(value) : undefined
    if (member !== undefined) {
      this.#checkMember(member, name, range, path, node)
    } else if (typeof value === 'string') {
      // A breadcrumb's `item` as a URL is the form Google documents; elsewhere text where a node
      // is expected is accepted by schema.org, but worth a warning.
      if (!terms.takesText(range) && !(name === 'item' && isAbsoluteUrl(value))) {
        this.findings.warn(
          'text-value',
          path,
          `${name} has text where it expects ${range.join(' or ')} (accepted, but a node is better)`,
          node,
        )
      }
    } else if (typeof value === 'number' || typeof value === 'boolean') {
      const kind = typeof value === 'number' ? 'Number' : 'Boolean'
      if (!range.some((type) => terms.isA(type, kind))) {
        this.findings.warn(
          'literal-type',
          path,
          `${name} has a ${typeof value}; expected ${range.join(' or ')}`,
          node,
        )
      }
    }
  }

  #checkMember(
    member: {name: string; enumerations: readonly string[]},
    name: string,
    range: readonly string[],
    path: string,
    node: NodeContext,
  ): void {
    if (range.length > 0 && !this.terms.fitsRange(member.enumerations, range)) {
      this.findings.warn(
        'enumeration-member',
        path,
        `${name} has ${member.name} (a ${member.enumerations.join(', ')}); expected ${range.join(' or ')}`,
        node,
      )
    }
  }

  #checkRange(
    types: readonly string[],
    name: string,
    range: readonly string[],
    path: string,
    node: NodeContext,
  ): void {
    if (types.length > 0 && range.length > 0 && !this.terms.fitsRange(types, range)) {
      this.findings.warn(
        'range',
        path,
        `${name} has a ${types.join(', ')}; expected ${range.join(' or ')}`,
        node,
      )
    }
  }

  /** An `@id` reference: to a node of the document, or to a schema.org enumeration member. */
  #checkReference(
    id: string,
    name: string | undefined,
    range: readonly string[],
    path: string,
    node: NodeContext,
  ): void {
    const target = this.#definitions.get(id)
    const member = this.terms.memberOf(id)
    if (target !== undefined) {
      if (name !== undefined)
        this.#checkRange(this.knownTypes(target.node), name, range, path, node)
    } else if (member !== undefined) {
      if (name !== undefined) this.#checkMember(member, name, range, path, node)
    } else {
      this.findings.error(
        'dangling-reference',
        path,
        `@id ${id} names no node of the document`,
        node,
      )
    }
  }

  /** Breadcrumbs: positions 1…n in order, every item (but the last may omit it) an absolute URL. */
  #checkBreadcrumb(node: JsonObject, path: string, context: NodeContext): void {
    const items = valuesOf(node.itemListElement ?? [], joinPath(path, 'itemListElement'))
    items.forEach(({value, path: itemPath}, index) => {
      const item = isObject(value) && isReference(value) ? this.definition(value['@id']) : value
      if (!isObject(item)) return
      if (item.position !== index + 1 && item.position !== String(index + 1)) {
        this.findings.error(
          'breadcrumb-position',
          joinPath(itemPath, 'position'),
          `Expected position ${index + 1} (positions run 1…${items.length} in order), found ${describe(item.position)}`,
          context,
        )
      }
      const target = isObject(item.item) ? item.item['@id'] : item.item
      const last = index === items.length - 1
      if (!(last && target === undefined) && !isAbsoluteUrl(target)) {
        this.findings.error(
          'breadcrumb-item',
          joinPath(itemPath, 'item'),
          `Expected the crumb's item to be an absolute URL, found ${describe(target)}`,
          context,
        )
      }
    })
  }
}

function isSchemaOrgContext(context: unknown): boolean {
  if (typeof context === 'string') return CONTEXTS.has(context)
  if (Array.isArray(context)) return context.some(isSchemaOrgContext)
  return isObject(context) && isSchemaOrgContext(context['@vocab'])
}

function isAbsoluteUrl(value: unknown): boolean {
  return (
    typeof value === 'string' && URL.canParse(value) && /^https?:$/.test(new URL(value).protocol)
  )
}

/** A value, briefly, for messages. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  const json = JSON.stringify(value)
  return json.length > 60 ? `${json.slice(0, 57)}...` : json
}
