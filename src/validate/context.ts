import {isObject, type JsonObject} from './findings.js'

// The ways a context names schema.org: its URL (with or without the slash, http too) or its
// context file.
const SCHEMA_ORG_CONTEXTS = new Set(
  [
    'schema.org',
    'schema.org/',
    'schema.org/docs/jsonldcontext.json',
    'schema.org/docs/jsonldcontext.jsonld',
  ].flatMap((rest) => [`https://${rest}`, `http://${rest}`]),
)

const SCHEMA_ORG_IRI = /^https?:\/\/schema\.org\//

// schema.org's other hosts (www., and the extension hosts health-lifesci., pending., bib.) serve
// the same vocabulary and context.
const SCHEMA_ORG_HOST = /^https?:\/\/(?:[\w-]+\.)*schema\.org\/?$/

// Google's old address for schema.org's context, still in Apple's and Spotify's markup.
const GOOGLE_LEGACY = /^https?:\/\/schema\.googleapis\.com\/?$/

/**
 * What a document's `@context` says about its terms. The schema.org context file
 * (`schemaorgcontext.jsonld`) sets `@vocab` to schema.org, defines the prefix `schema` and the
 * aliases `type` → `@type` and `id` → `@id`.
 */
export interface ContextInfo {
  /** Some context is schema.org's, or maps a prefix or `@vocab` to it. */
  readonly schemaOrg: boolean
  /** Plain terms are schema.org terms (`@vocab`, or schema.org's own context). */
  readonly vocab: boolean
  /** Keyword aliases: `type` → `@type` where schema.org's context is named. */
  readonly aliases: ReadonlyMap<string, string>
  /** Terms and prefixes the context defines, to their IRIs. */
  readonly terms: ReadonlyMap<string, string>
  /** Other contexts named by URL, whose terms this validator cannot read. */
  readonly others: readonly string[]
  /** The `@vocab` IRI, if an object sets one. */
  readonly vocabIri: string | undefined
  /** Google's old schema.googleapis.com address, where it names schema.org. */
  readonly legacy: string | undefined
}

/** Read a document's `@context` (a URL, an object or a list of them). */
export function contextOf(context: unknown): ContextInfo {
  let schemaOrg = false
  let vocab = false
  let vocabIri: string | undefined
  let legacy: string | undefined
  const aliases = new Map<string, string>()
  const terms = new Map<string, string>()
  const others: string[] = []
  // A context list is as deep as the input: read it with a queue, not recursion.
  const pending: unknown[] = [context]
  for (let index = 0; index < pending.length; index++) {
    const item = pending[index]
    if (Array.isArray(item)) {
      for (const entry of item) pending.push(entry)
    } else if (typeof item === 'string') {
      if (GOOGLE_LEGACY.test(item)) legacy = item
      if (SCHEMA_ORG_CONTEXTS.has(item) || SCHEMA_ORG_HOST.test(item) || GOOGLE_LEGACY.test(item)) {
        schemaOrg = true
        vocab = true
        aliases.set('type', '@type').set('id', '@id')
        terms.set('schema', 'https://schema.org/')
      } else {
        others.push(item)
      }
    } else if (isObject(item)) {
      readObject(item)
    }
  }

  function readObject(object: JsonObject): void {
    for (const [key, value] of Object.entries(object)) {
      const iri = isObject(value) ? value['@id'] : value
      if (typeof iri !== 'string') continue
      if (key === '@vocab') {
        vocabIri = iri
        vocab = SCHEMA_ORG_IRI.test(iri)
        schemaOrg ||= vocab
      } else if (iri.startsWith('@')) {
        aliases.set(key, iri)
      } else if (!key.startsWith('@')) {
        terms.set(key, iri)
        schemaOrg ||= SCHEMA_ORG_IRI.test(iri)
      }
    }
  }

  return {schemaOrg, vocab, aliases, terms, others, vocabIri, legacy}
}

/** A term as the context maps it. */
export type ResolvedTerm =
  /** A schema.org term, by its local name (`name`). */
  | {readonly kind: 'schema'; readonly name: string}
  /** A term of another vocabulary: its IRI, or the term when it comes from a context not read. */
  | {readonly kind: 'other'; readonly iri: string}
  /** A plain term no `@vocab` or definition maps: JSON-LD processors drop it. */
  | {readonly kind: 'unmapped'}

/** What a property name or a type means under a context. */
export function resolveTerm(term: string, context: ContextInfo): ResolvedTerm {
  const defined = context.terms.get(term)
  if (defined !== undefined) return fromIri(defined)
  const colon = term.indexOf(':')
  if (colon > 0) {
    const prefix = context.terms.get(term.slice(0, colon))
    return fromIri(prefix === undefined ? term : prefix + term.slice(colon + 1))
  }
  if (context.vocab) return {kind: 'schema', name: term}
  return context.others.length > 0 ? {kind: 'other', iri: term} : {kind: 'unmapped'}
}

function fromIri(iri: string): ResolvedTerm {
  const match = SCHEMA_ORG_IRI.exec(iri)
  return match === null ? {kind: 'other', iri} : {kind: 'schema', name: iri.slice(match[0].length)}
}

/**
 * The document with keyword aliases written as the keywords they stand for (`type` → `@type`),
 * so that nodes written with schema.org's aliases are checked as nodes. Findings then name the
 * keyword. Returns the value itself when it uses no alias.
 *
 * @param limit
 *   How deep to copy: below it the value is kept as it is (the check reports it as too deep).
 */
export function expandAliases(
  value: unknown,
  aliases: ReadonlyMap<string, string>,
  limit: number,
): unknown {
  if (aliases.size === 0 || limit === 0) return value
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined
    value.forEach((item, index) => {
      const expanded = expandAliases(item, aliases, limit - 1)
      if (expanded !== item) {
        copy ??= value.slice()
        copy[index] = expanded
      }
    })
    return copy ?? value
  }
  if (!isObject(value)) return value
  let changed = false
  const copy: JsonObject = {}
  // Which alias gave a keyword, to keep both sides of a collision.
  const aliasOf = new Map<string, string>()
  for (const [key, item] of Object.entries(value)) {
    const keyword = key === '@context' ? undefined : aliases.get(key)
    const expanded = key === '@context' ? item : expandAliases(item, aliases, limit - 1)
    changed ||= keyword !== undefined || expanded !== item
    const target = keyword ?? key
    if (!(target in copy)) {
      copy[target] = expanded
      if (keyword !== undefined) aliasOf.set(target, key)
    } else if (target === '@type') {
      // JSON-LD 1.1 merges the types given both ways.
      copy['@type'] = [copy['@type'], expanded].flat()
    } else if (keyword !== undefined) {
      // Another keyword given twice is JSON-LD's “colliding keywords” error: kept under the
      // alias, for the check to report.
      copy[key] = expanded
    } else {
      const alias = aliasOf.get(target) as string
      copy[alias] = copy[target]
      copy[target] = expanded
    }
  }
  return changed ? copy : value
}
