import {
  Findings,
  isObject,
  isReference,
  type JsonObject,
  joinPath,
  type NodeContext,
  valuesOf,
} from './findings.js'
import type {Registry} from './registry.js'
import {localName, type Terms} from './terms.js'
import type {PropertyTerm} from './vocabulary.js'

// The ways a context names schema.org: its URL (with or without the slash, http too), its
// context file, a list that holds one, or an object whose `@vocab` is schema.org's.
const CONTEXTS = new Set(
  [
    'schema.org',
    'schema.org/',
    'schema.org/docs/jsonldcontext.json',
    'schema.org/docs/jsonldcontext.jsonld',
  ].flatMap((rest) => [`https://${rest}`, `http://${rest}`]),
)

// Superseded terms that Google's documentation still lists (local business: `menu`): a warning,
// not an error, so that markup written to Google's documentation does not fail.
const documentedByGoogle = new Set(['menu'])

/** A node the check visited. */
export interface CheckedNode {
  readonly path: string
  readonly node: JsonObject
  readonly context: NodeContext
  /** The document itself or an item of its `@graph` (not a node inside another). */
  readonly topLevel: boolean
}

const noNode: NodeContext = {id: undefined, types: []}

/**
 * Check one JSON-LD document: its context, every node's types and properties against the
 * vocabulary, values against `rangeIncludes`, `@id` references and breadcrumbs. `@id`s are
 * resolved in the registry, across all the documents of the input.
 */
export class DocumentCheck {
  readonly findings: Findings
  readonly nodes: CheckedNode[] = []

  constructor(
    readonly terms: Terms,
    readonly registry: Registry,
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
    const hasProperties = Object.keys(value).some((key) => key !== '@context' && key !== '@graph')
    const nodes = [
      ...(hasProperties ? [{value: value as unknown, path: ''}] : []),
      ...('@graph' in value ? valuesOf(value['@graph'], '@graph') : []),
    ]
    for (const {value: node, path} of nodes) this.#checkNode(node, path, true, undefined)
  }

  /** The types of a node that the vocabulary knows. */
  knownTypes(node: JsonObject): string[] {
    return valuesOf(node['@type'] ?? [], '')
      .map(({value}) => (typeof value === 'string' ? localName(value) : ''))
      .filter((type) => this.terms.vocabulary.classes.has(type))
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

  /**
   * Check a node and the nodes in it; returns its context (`undefined` if it is no node).
   *
   * @param roleOf
   *   The property the node is the value of: a Role node repeats it (schema.org's Role pattern).
   */
  #checkNode(
    node: unknown,
    path: string,
    topLevel: boolean,
    roleOf: string | undefined,
  ): NodeContext | undefined {
    if (!isObject(node)) {
      this.findings.error('not-a-node', path, `Expected a node object, found ${describe(node)}`)
      return undefined
    }
    if (isReference(node)) {
      this.#checkReference(node['@id'], undefined, [], path, noNode)
      return undefined
    }
    const context: NodeContext = {
      id: typeof node['@id'] === 'string' ? node['@id'] : undefined,
      types: this.#checkTypes(node, path),
    }
    this.nodes.push({path, node, context, topLevel})
    const isRole = context.types.some((type) => this.terms.isA(type, 'Role'))
    for (const [key, value] of Object.entries(node)) {
      const propertyPath = joinPath(path, key)
      // The document's own @graph is checked by `run`, as top-level nodes.
      if (key === '@graph' && path !== '') {
        for (const item of valuesOf(value, propertyPath))
          this.#checkNode(item.value, item.path, false, undefined)
      }
      if (key.startsWith('@')) continue
      const name = localName(key)
      const property = this.#checkProperty(key, context, propertyPath, isRole && name === roleOf)
      this.#checkValue(value, name, property, propertyPath, context)
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

  /**
   * The property's definition; reports unknown, superseded, pending and out-of-domain use.
   *
   * @param roleProperty
   *   The property repeated in a Role node: it belongs to the Role's subject, not the Role.
   */
  #checkProperty(
    key: string,
    node: NodeContext,
    path: string,
    roleProperty: boolean,
  ): PropertyTerm | undefined {
    const name = localName(key)
    const {vocabulary} = this.terms
    const property = vocabulary.properties.get(name)
    if (property === undefined) {
      this.findings.error('unknown-property', path, `${key} is not a schema.org property`, node)
      return undefined
    }
    const replacement = vocabulary.supersededBy.get(name)
    if (replacement !== undefined) {
      const message = `${name} is superseded by ${replacement}`
      if (documentedByGoogle.has(name)) {
        this.findings.warn(
          'superseded-property',
          path,
          `${message} (Google's documentation still lists ${name})`,
          node,
        )
      } else {
        this.findings.error('superseded-property', path, message, node)
      }
    }
    if (vocabulary.pending.has(name)) {
      this.findings.warn(
        'pending-property',
        path,
        `${name} is pending (https://pending.schema.org)`,
        node,
      )
    }
    if (
      !roleProperty &&
      node.types.length > 0 &&
      !this.terms.fitsRange(node.types, property.domain)
    ) {
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
        const inner = this.#checkNode(value, path, false, name) as NodeContext
        // A Role stands in for the value it qualifies, which it holds under the same property.
        if (!inner.types.some((type) => this.terms.isA(type, 'Role'))) {
          this.#checkRange(inner.types, name, range, path, node)
        }
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
      // A breadcrumb's `item` as a URL is the form Google documents.
      if (!terms.takesText(range) && !(name === 'item' && isAbsoluteUrl(value))) {
        this.findings.warn('text-value', path, this.#textMessage(value, name, range), node)
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

  // What to say of text where the range takes none: name the member it means, or the type.
  #textMessage(value: string, name: string, range: readonly string[]): string {
    const {terms} = this
    const expected = range.join(' or ')
    const enumerations = terms.vocabulary.members.get(value)
    if (enumerations?.includes('Boolean') === true) {
      return `${name} has "${value}"; write the JSON boolean ${value.toLowerCase()}`
    }
    if (enumerations !== undefined && terms.fitsRange(enumerations, range)) {
      return `${name} has "${value}"; write the member as https://schema.org/${value}`
    }
    if (range.some((type) => terms.isA(type, 'Number') || terms.isA(type, 'Boolean'))) {
      return `${name} has text where it expects ${expected}`
    }
    return `${name} has text where it expects ${expected} (accepted, but a node is better)`
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

  /**
   * An `@id` reference: to a node of the input, to a schema.org enumeration member, or out of
   * the input. A relative or blank-node `@id` that names nothing is an error; an absolute IRI
   * may name a node on another page, which no checker (Google's either) reads from here.
   */
  #checkReference(
    id: string,
    name: string | undefined,
    range: readonly string[],
    path: string,
    node: NodeContext,
  ): void {
    const target = this.registry.get(id)
    const member = this.terms.memberOf(id)
    if (target !== undefined) {
      if (name !== undefined) this.#checkRange(this.knownTypes(target), name, range, path, node)
    } else if (member !== undefined) {
      if (name !== undefined) this.#checkMember(member, name, range, path, node)
    } else if (/^[a-z][\w+.-]*:/i.test(id) && !id.startsWith('_:')) {
      this.findings.warn(
        'unresolved-reference',
        path,
        `@id ${id} names no node of the input: what it says of that node is not here to check`,
        node,
      )
    } else {
      this.findings.error('dangling-reference', path, `@id ${id} names no node of the input`, node)
    }
  }

  /**
   * Breadcrumbs: positions 1…n, each once (in any order: JSON-LD lists are sets unless
   * `@list`), every item an absolute URL (the last crumb may omit it).
   */
  #checkBreadcrumb(node: JsonObject, path: string, context: NodeContext): void {
    const crumbs = valuesOf(node.itemListElement ?? [], joinPath(path, 'itemListElement')).flatMap(
      ({value, path: itemPath}) => {
        const item = isObject(value) && isReference(value) ? this.registry.get(value['@id']) : value
        return isObject(item) ? [{item, path: itemPath, position: positionOf(item.position)}] : []
      },
    )
    const count = crumbs.length
    for (const {item, path: itemPath, position} of crumbs) {
      const repeated = crumbs.filter((crumb) => crumb.position === position).length > 1
      if (position === undefined || position > count || repeated) {
        this.findings.error(
          'breadcrumb-position',
          joinPath(itemPath, 'position'),
          `Expected positions 1…${count}, each once, found ${describe(item.position)}${repeated ? ' twice' : ''}`,
          context,
        )
      }
      const target = isObject(item.item) ? item.item['@id'] : item.item
      if (!(position === count && target === undefined) && !isAbsoluteUrl(target)) {
        this.findings.error(
          'breadcrumb-item',
          joinPath(itemPath, 'item'),
          `Expected the crumb's item to be an absolute URL, found ${describe(target)}`,
          context,
        )
      }
    }
  }
}

/** A crumb's position as a whole number from 1, if it is one. */
function positionOf(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
  return typeof number === 'number' && Number.isInteger(number) && number >= 1 ? number : undefined
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
