import {type ContextInfo, contextOf, resolveTerm} from './context.js'
import {
  Findings,
  isObject,
  isReference,
  type JsonObject,
  joinPath,
  MAX_DEPTH,
  type NodeContext,
  valuesOf,
} from './findings.js'
import {type Feature, readAs} from './google.js'
import type {Registry} from './registry.js'
import type {Suggester, Terms} from './terms.js'
import {coordinateProblem, literalProblem} from './values.js'
import type {PropertyTerm} from './vocabulary.js'

// Superseded terms that Google's documentation still lists (local business: `menu`): a warning,
// not an error, so that markup written to Google's documentation does not fail.
const documentedByGoogle = new Set(['menu'])

// schema.org's Property Value Specification shorthand on actions (`query-input`,
// `startOffset-input`, `result-output`): https://schema.org/docs/actions.html
const ACTION_ANNOTATION = /^(.+)-(?:input|output)$/

/** A node the check visited. */
export interface CheckedNode {
  readonly path: string
  readonly node: JsonObject
  readonly context: NodeContext
  /** The document itself or an item of its `@graph` (not a node inside another). */
  readonly topLevel: boolean
  /** The Google feature Google reads this node as, where it sits (see `readAs`). */
  readonly feature: Feature | undefined
}

const tooDeep = `The document nests more than ${MAX_DEPTH} levels deep: what is below is not checked`

const noNode: NodeContext = {id: undefined, types: []}

/** Where a value sits: its node, and how deep. */
interface Place {
  readonly node: NodeContext
  readonly depth: number
}

/**
 * Check one JSON-LD document: its context, every node's types and properties against the
 * vocabulary, values against `rangeIncludes` and their data types, `@id`s and breadcrumbs.
 * `@id`s are resolved in the registry, across all the documents of the input.
 */
export class DocumentCheck {
  readonly findings: Findings
  readonly nodes: CheckedNode[] = []
  context: ContextInfo = contextOf(undefined)

  constructor(
    readonly terms: Terms,
    readonly registry: Registry,
    document: number,
    readonly suggester: Suggester,
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
    if (Object.keys(value).length === 0) {
      // `{}` says nothing, which is no error: a template with no data to fill in.
      this.findings.warn('empty-document', '', 'The document is empty ({}): it says nothing')
      return
    }
    if (!this.#checkContext(value)) return
    const hasProperties = Object.keys(value).some((key) => key !== '@context' && key !== '@graph')
    if (hasProperties) this.#checkNode(value, '', true, undefined, 0)
    if ('@graph' in value) {
      for (const {value: node, path} of valuesOf(value['@graph'], '@graph'))
        this.#checkNode(node, path, true, undefined, 1)
    }
  }

  /** The schema.org name of a type or property, if the context maps it to schema.org. */
  schemaName(term: string): string | undefined {
    const resolved = resolveTerm(term, this.context)
    return resolved.kind === 'schema' ? resolved.name : undefined
  }

  /** The types of a node that the vocabulary knows. */
  knownTypes(node: JsonObject): string[] {
    const known: string[] = []
    for (const {value} of valuesOf(node['@type'] ?? [], '')) {
      const name = typeof value === 'string' ? this.schemaName(value) : undefined
      if (name !== undefined && this.terms.vocabulary.classes.has(name)) known.push(name)
    }
    return known
  }

  /**
   * Read the document's context; returns whether to check the document as schema.org. A
   * context of other vocabularies only is noted, not checked; a missing or empty one is an
   * error, and the document is read as schema.org, which it most likely means.
   */
  #checkContext(document: JsonObject): boolean {
    const context = document['@context']
    const info = contextOf(context)
    this.context = info
    const {vocabIri} = info
    if (vocabIri !== undefined && /^https?:\/\/(?:www\.)?schema\.org$/.test(vocabIri)) {
      this.findings.error(
        'context',
        '@context',
        `@vocab "${vocabIri}" lacks the final slash: name expands to ${vocabIri}name`,
      )
    } else if (info.schemaOrg) {
      if (info.legacy !== undefined) {
        this.findings.warn(
          'context',
          '@context',
          `${info.legacy} is not schema.org's context URL: Google reads it as schema.org, other consumers may not; write "https://schema.org"`,
        )
      }
      return true
    } else if (info.others.length > 0 || info.terms.size > 0 || vocabIri !== undefined) {
      this.findings.note(
        'not-checked',
        '@context',
        `The @context names no schema.org vocabulary (${describe(context)}): the document is not checked`,
      )
      return false
    } else {
      this.findings.error(
        'context',
        '@context',
        context === undefined
          ? 'Missing @context: expected "https://schema.org"'
          : `Expected @context "https://schema.org", found ${describe(context)}`,
      )
    }
    this.context = contextOf('https://schema.org')
    return true
  }

  /**
   * Check a node and the nodes in it; returns its context (`undefined` if it is no node).
   *
   * @param via
   *   The property the node is the value of: a Role node repeats it (schema.org's Role pattern),
   *   and it decides whether Google reads the node as a feature.
   */
  #checkNode(
    node: unknown,
    path: string,
    topLevel: boolean,
    via: string | undefined,
    depth: number,
  ): NodeContext | undefined {
    if (!isObject(node)) {
      this.findings.error('not-a-node', path, `Expected a node object, found ${describe(node)}`)
      return undefined
    }
    if (depth > MAX_DEPTH) {
      this.findings.error('too-deep', path, tooDeep)
      return undefined
    }
    const id = node['@id']
    if (isReference(node)) {
      this.#checkReference(id as string, undefined, [], path, noNode)
      return undefined
    }
    if (id !== undefined && typeof id !== 'string') {
      this.findings.error(
        'invalid-id',
        joinPath(path, '@id'),
        `Expected @id to be a string (an IRI), found ${describe(id)}`,
      )
    }
    const context: NodeContext = {
      id: typeof id === 'string' ? id : undefined,
      types: this.#checkTypes(node, path),
    }
    const feature = readAs(this.terms, context.types, topLevel, via)
    this.nodes.push({path, node, context, topLevel, feature})
    const isRole = context.types.some((type) => this.terms.isA(type, 'Role'))
    for (const [key, value] of Object.entries(node)) {
      const propertyPath = joinPath(path, key)
      // The document's own @graph is checked by `run`, as top-level nodes.
      if (key === '@graph' && path !== '') {
        for (const item of valuesOf(value, propertyPath))
          this.#checkNode(item.value, item.path, false, undefined, depth + 1)
      }
      if (key.startsWith('@')) continue
      const keyword = this.context.aliases.get(key)
      if (keyword !== undefined && keyword in node) {
        // expandAliases kept the alias: the node has the keyword too.
        this.findings.error(
          'colliding-keywords',
          propertyPath,
          `${key} stands for ${keyword}, which the node also has (JSON-LD: colliding keywords)`,
          context,
        )
        continue
      }
      const name = this.#checkProperty(
        key,
        context,
        propertyPath,
        isRole && this.schemaName(key) === via,
      )
      const place = {node: context, depth: depth + 1}
      this.#checkValue(
        value,
        name,
        this.terms.vocabulary.properties.get(name ?? ''),
        propertyPath,
        place,
      )
    }
    if (context.types.some((type) => this.terms.isA(type, 'BreadcrumbList'))) {
      this.#checkBreadcrumb(node, path, context)
    }
    return context
  }

  /** The node's known types; reports missing, unknown, superseded and pending ones. */
  #checkTypes(node: JsonObject, path: string): string[] {
    const known: string[] = []
    const {vocabulary} = this.terms
    const typePath = joinPath(path, '@type')
    const types = valuesOf(node['@type'] ?? [], typePath)
    if ('@type' in node && (types.length === 0 || node['@type'] === '')) {
      this.findings.error('empty-type', typePath, 'Expected a type, found an empty @type')
      return known
    }
    for (const {value, path: itemPath} of types) {
      const resolved = typeof value === 'string' ? resolveTerm(value, this.context) : undefined
      if (resolved?.kind === 'other' || resolved?.kind === 'unmapped') {
        this.#notChecked('type', value as string, resolved, itemPath, noNode)
        continue
      }
      const name = resolved?.name
      if (name === undefined || !vocabulary.classes.has(name)) {
        if (typeof value === 'string' && this.context.others.length > 0) {
          this.#notChecked('type', value, {kind: 'other', iri: value}, itemPath, noNode)
          continue
        }
        this.findings.error(
          'unknown-type',
          itemPath,
          `${describe(value)} is not a schema.org type${this.#suggestion(name, (term) => this.suggester.type(term))}`,
        )
        continue
      }
      known.push(name)
      const replacement = vocabulary.supersededBy.get(name)
      if (replacement !== undefined) {
        this.findings.error('superseded-type', itemPath, `${name} is superseded by ${replacement}`)
      }
      if (vocabulary.pending.has(name)) {
        this.findings.note(
          'pending-type',
          itemPath,
          `${name} is pending (https://pending.schema.org)`,
        )
      }
    }
    return known
  }

  #suggestion(name: string | undefined, suggest: (name: string) => string | undefined): string {
    const suggestion = name === undefined ? undefined : suggest(name)
    return suggestion === undefined ? '' : `; did you mean \`${suggestion}\`?`
  }

  #notChecked(
    what: 'type' | 'property',
    term: string,
    resolved: {kind: 'other'; iri: string} | {kind: 'unmapped'},
    path: string,
    node: NodeContext,
  ): void {
    if (resolved.kind === 'unmapped') {
      this.findings.warn(
        'unmapped-term',
        path,
        `${term} is not defined by the @context (it sets no @vocab): JSON-LD processors drop it`,
        node,
      )
      return
    }
    const source =
      resolved.iri === term
        ? this.context.others.length > 0
          ? `it may come from ${this.context.others.join(', ')}`
          : 'an IRI'
        : resolved.iri
    this.findings.note(
      'not-checked',
      path,
      `The ${what} ${term} is not schema.org's (${source}): not checked`,
      node,
    )
  }

  /**
   * The property's schema.org name, if it is one; reports unknown, superseded, pending and
   * out-of-domain use, and notes terms of other vocabularies.
   *
   * @param roleProperty
   *   The property repeated in a Role node: it belongs to the Role's subject, not the Role.
   */
  #checkProperty(
    key: string,
    node: NodeContext,
    path: string,
    roleProperty: boolean,
  ): string | undefined {
    const resolved = resolveTerm(key, this.context)
    if (resolved.kind !== 'schema') {
      this.#notChecked('property', key, resolved, path, node)
      return undefined
    }
    const {name} = resolved
    const {vocabulary} = this.terms
    const property = vocabulary.properties.get(name)
    if (property === undefined) {
      const annotated = ACTION_ANNOTATION.exec(name)?.[1]
      if (annotated !== undefined && vocabulary.properties.has(annotated)) return undefined
      if (this.context.others.length > 0) {
        this.#notChecked('property', key, {kind: 'other', iri: key}, path, node)
        return undefined
      }
      this.findings.error(
        'unknown-property',
        path,
        `${key} is not a schema.org property${this.#suggestion(name, (term) => this.suggester.property(term))}`,
        node,
      )
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
      this.findings.note(
        'pending-property',
        path,
        `${name} is pending (https://pending.schema.org)`,
        node,
      )
    }
    // A term with no domainIncludes (superseded ones) has no domain to be outside of.
    if (
      !roleProperty &&
      node.types.length > 0 &&
      property.domain.length > 0 &&
      !this.terms.fitsRange(node.types, property.domain)
    ) {
      this.findings.error(
        'domain',
        path,
        `${name} is not a property of ${node.types.join(', ')} (it is one of ${property.domain.join(', ')})`,
        node,
      )
    }
    return name
  }

  /**
   * One value of a property; `property` is undefined for an unknown one (nodes still checked).
   * Arrays are walked in place: an item that is itself an array is read as its items.
   */
  #checkValue(
    value: unknown,
    name: string | undefined,
    property: PropertyTerm | undefined,
    path: string,
    place: Place,
  ): void {
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        this.#checkItem(item, name, property, `${path}[${index}]`, place)
      })
    } else {
      this.#checkItem(value, name, property, path, place)
    }
  }

  #checkItem(
    value: unknown,
    name: string | undefined,
    property: PropertyTerm | undefined,
    path: string,
    place: Place,
  ): void {
    const range = property?.range ?? []
    const {node} = place
    if (Array.isArray(value)) {
      // JSON-LD flattens nested arrays; deep ones are reported, not followed.
      if (place.depth > MAX_DEPTH) {
        this.findings.error('too-deep', path, tooDeep)
        return
      }
      this.#checkValue(value, name, property, path, {...place, depth: place.depth + 1})
    } else if (isObject(value)) {
      if (isReference(value)) this.#checkReference(value['@id'], name, range, path, node)
      else if ('@value' in value) {
        this.#checkItem(value['@value'], name, property, path, {...place, depth: place.depth + 1})
      } else if ('@list' in value || '@set' in value) {
        const key = '@list' in value ? '@list' : '@set'
        this.#checkValue(value[key], name, property, joinPath(path, key), {
          ...place,
          depth: place.depth + 1,
        })
      } else {
        const inner = this.#checkNode(value, path, false, name, place.depth)
        // A Role stands in for the value it qualifies, which it holds under the same property.
        if (
          inner !== undefined &&
          name !== undefined &&
          !inner.types.some((type) => this.terms.isA(type, 'Role'))
        ) {
          this.#checkRange(inner.types, name, range, path, node)
        }
      }
    } else if (name !== undefined && range.length > 0) {
      this.#checkLiteral(value, name, range, path, place)
    }
  }

  #checkLiteral(
    value: unknown,
    name: string,
    range: readonly string[],
    path: string,
    place: Place,
  ): void {
    const {terms} = this
    const {node} = place
    if (name === 'latitude' || name === 'longitude') {
      const problem = coordinateProblem(name, value)
      if (problem !== undefined) this.findings.warn('invalid-value', path, problem, node)
      return
    }
    const member = typeof value === 'string' ? terms.memberOf(value) : undefined
    if (member !== undefined) {
      this.#checkMember(member, name, range, path, node)
      return
    }
    if (typeof value === 'string' || typeof value === 'number') {
      const problem = literalProblem(terms, name, value, range)
      if (problem !== undefined) {
        if (problem !== null) this.findings.warn('invalid-value', path, problem, node)
        return
      }
    }
    if (typeof value === 'string') {
      // A string of a data type with a checked form (URL, Date…) was checked above. A
      // breadcrumb's `item` as a URL is the form Google documents (checked with the crumbs).
      if (!terms.takesText(range) && name !== 'item') {
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

  // What to say of text where the range has no text type: name the member it means, or the type.
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
   * the input. As the value of a property that takes a URL (`url`, `sameAs`, `image`, `logo`)
   * it is an IRI, which is such a value. Otherwise a relative or blank-node `@id` that names
   * nothing is an error; an absolute IRI may name a node on another page, which no checker
   * (Google's either) reads from here.
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
    } else if (range.includes('URL') && !id.startsWith('_:')) {
      // An IRI where a URL is expected.
    } else if (/^[a-z][\w+.-]*:/i.test(id) && !id.startsWith('_:')) {
      this.findings.warn(
        'unresolved-reference',
        path,
        `@id ${id} names no node of the input: what it says of that node is not here to check`,
        node,
      )
    } else {
      // `{"@id": "Female"}` is resolved against the page, not schema.org.
      const term = this.terms.vocabulary
      const hint =
        term.members.has(id) || term.classes.has(id) || term.properties.has(id)
          ? `; a relative @id is resolved against the page, not schema.org: write https://schema.org/${id}`
          : ''
      this.findings.error(
        'dangling-reference',
        path,
        `@id ${id} names no node of the input${hint}`,
        node,
      )
    }
  }

  /**
   * Breadcrumbs: a position on every crumb (Google requires it), ideally whole numbers 1…n,
   * each once, in any order (JSON-LD lists are sets unless `@list`); every item a URL, absolute
   * ideally (Google resolves a relative one against the page, and warns); the last crumb may
   * omit it. Linear in the number of crumbs.
   */
  #checkBreadcrumb(node: JsonObject, path: string, context: NodeContext): void {
    const crumbs: {item: JsonObject; path: string; position: number | undefined}[] = []
    for (const {value, path: itemPath} of valuesOf(
      node.itemListElement ?? [],
      joinPath(path, 'itemListElement'),
    )) {
      const item = isObject(value) && isReference(value) ? this.registry.get(value['@id']) : value
      if (isObject(item)) crumbs.push({item, path: itemPath, position: positionOf(item.position)})
    }
    const count = crumbs.length
    const seen = new Map<number, number>()
    for (const {position} of crumbs) {
      if (position !== undefined) seen.set(position, (seen.get(position) ?? 0) + 1)
    }
    for (const {item, path: itemPath, position} of crumbs) {
      const positionPath = joinPath(itemPath, 'position')
      if (item.position === undefined || typeof positionOfAny(item.position) !== 'number') {
        this.findings.error(
          'breadcrumb-position',
          positionPath,
          `Expected the crumb's position, a whole number from 1, found ${describe(item.position)}`,
          context,
        )
      } else {
        const repeated = position !== undefined && (seen.get(position) as number) > 1
        if (position === undefined || position > count || repeated) {
          this.findings.warn(
            'breadcrumb-position',
            positionPath,
            `Expected positions 1…${count}, each once, found ${describe(item.position)}${repeated ? ' twice or more' : ''}`,
            context,
          )
        }
      }
      const target = isObject(item.item) ? item.item['@id'] : item.item
      // The last crumb is the page itself: its item may be left out (or empty).
      if (position === count && (target === undefined || target === '')) continue
      if (isAbsoluteUrl(target)) continue
      if (
        typeof target === 'string' &&
        target.trim() !== '' &&
        !URL.canParse(target) &&
        URL.canParse(target, 'https://example.com/')
      ) {
        this.findings.warn(
          'breadcrumb-item',
          joinPath(itemPath, 'item'),
          `The crumb's item ${describe(target)} is relative: Google resolves it against the page, and warns`,
          context,
        )
      } else {
        this.findings.error(
          'breadcrumb-item',
          joinPath(itemPath, 'item'),
          `Expected the crumb's item to be the URL of a page, found ${describe(target)}`,
          context,
        )
      }
    }
  }
}

/** A crumb's position as a whole number from 1, if it is one. */
function positionOf(value: unknown): number | undefined {
  const number = positionOfAny(value)
  return typeof number === 'number' && Number.isInteger(number) && number >= 1 ? number : undefined
}

/** A crumb's position as a number, whole or not (numeric text too). */
function positionOfAny(value: unknown): number | undefined {
  const number =
    typeof value === 'string' && /^\s*\d+(?:\.\d+)?\s*$/.test(value) ? Number(value) : value
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined
}

function isAbsoluteUrl(value: unknown): boolean {
  return (
    typeof value === 'string' && URL.canParse(value) && /^https?:$/.test(new URL(value).protocol)
  )
}

/** A value, briefly, for messages: its JSON, cut at 60 characters (objects shown as JSON). */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  const json = JSON.stringify(value)
  return json.length > 60 ? `${json.slice(0, 57)}...` : json
}
