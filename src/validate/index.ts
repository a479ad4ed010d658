import {DocumentCheck} from './check.js'
import {contextOf, expandAliases} from './context.js'
import {type Finding, isObject, MAX_DEPTH} from './findings.js'
import {type GoogleStatus, googleStatus} from './google.js'
import {documentsOf, type InputFormat} from './input.js'
import {Registry} from './registry.js'
import {Suggester, Terms} from './terms.js'

/** A node of the input and what Google does with it. */
export interface NodeReport {
  /** Which document of the input (see `Finding.document`). */
  readonly document: number
  readonly path: string
  readonly id?: string
  readonly types: readonly string[]
  readonly google: GoogleStatus
}

/** The result of `validateJsonLd`. */
export interface ValidationReport {
  /** No errors (warnings and notes allowed), counting those past `maxFindings`. */
  readonly valid: boolean
  /** How many JSON-LD documents the input held (a script, or an item of a top-level array). */
  readonly documents: number
  readonly errors: readonly Finding[]
  readonly warnings: readonly Finding[]
  /** Pending terms, terms of other vocabularies, literal values merged under one `@id`. */
  readonly notes: readonly Finding[]
  /** How many findings of each severity there are, those past `maxFindings` included. */
  readonly totals: {readonly errors: number; readonly warnings: number; readonly notes: number}
  /** Every top-level node, and nested nodes Google reads as a rich result of their own. */
  readonly nodes: readonly NodeReport[]
}

/** Options of `validateJsonLd`. */
export interface ValidateOptions {
  /**
   * How to read a string: `'html'` (a page), `'json'` (JSON text) or `'auto'` (JSON when it
   * starts with `{` or `[`, HTML otherwise) (default: `'auto'`).
   */
  format?: InputFormat | undefined
  /** Rules whose findings are left out, such as `['google-recommended']` (default: none). */
  ignore?: readonly string[] | undefined
  /**
   * At most this many findings in the report, errors first (default: `Infinity`); `totals`
   * still counts them all.
   */
  maxFindings?: number | undefined
}

let terms: Terms | undefined

/**
 * Check JSON-LD against the schema.org vocabulary (release 30.0), the rules of a linked graph and
 * Google's documented requirements, offline.
 *
 * @param input
 *   A JSON-LD object (a node, or a document with `@graph`), an array of them, JSON text, an
 *   HTML page whose `<script type="application/ld+json">` elements are checked, or the bytes of
 *   a file (a `Uint8Array`: an HTML page is decoded as its BOM or `<meta charset>` says, JSON as
 *   UTF-8).
 * @param options
 *   See `ValidateOptions`.
 * @returns
 *   Errors, warnings and notes (rule, message, document, JSON path, the node's `@id` and
 *   `@type`, the line and column of the script), and what Google does with each node. `@id`s are
 *   resolved across all the documents of the input, as the scripts of one page name each other's
 *   nodes.
 */
export function validateJsonLd(
  input: unknown,
  options?: Readonly<ValidateOptions> | null | undefined,
): ValidationReport {
  terms ??= new Terms()
  const registry = new Registry()
  const suggester = new Suggester(terms)
  const findings: Finding[] = []
  const nodes: NodeReport[] = []
  const documents = documentsOf(input, options?.format ?? 'auto')

  const checks = documents.map((document, index) => {
    const check = new DocumentCheck(terms as Terms, registry, index, suggester)
    if ('parseError' in document) {
      check.findings.error('json-parse', '', document.parseError)
      return {check, json: undefined, ok: false, document}
    }
    const context = isObject(document.json) ? contextOf(document.json['@context']) : undefined
    const json =
      context === undefined
        ? document.json
        : expandAliases(document.json, context.aliases, MAX_DEPTH)
    for (const conflict of registry.collect(json, '', index)) {
      const {first} = conflict
      const where = first.document === index ? first.path : `#${first.document} ${first.path}`
      check.findings.note(
        'conflicting-id',
        conflict.path,
        `@id ${conflict.id} gives this property another value than at ${where}; JSON-LD keeps both`,
      )
    }
    return {check, json, ok: true, document}
  })

  // A node given by several objects with one @id is reported once, as Google reads it merged.
  const reported = new Set<string>()
  for (const [index, {check, json, ok, document}] of checks.entries()) {
    if (ok) {
      check.run(json)
      const errorPaths = prefixesOf(check.findings.list)
      for (const node of check.nodes) {
        if (!node.topLevel && node.feature === undefined) continue
        const {id} = node.context
        if (id !== undefined) {
          if (reported.has(id)) continue
          reported.add(id)
        }
        nodes.push({
          document: index,
          path: node.path,
          ...(id === undefined ? {} : {id}),
          types: node.context.types,
          google: googleStatus(check, node, errorPaths),
        })
      }
    }
    const {location} = document
    for (const finding of check.findings.list) {
      const at = 'parseError' in document ? document.errorLocation : location
      findings.push(at === undefined ? finding : {...finding, line: at.line, column: at.column})
    }
  }

  if (documents.length === 0) {
    findings.push({
      rule: 'no-json-ld',
      severity: 'warning',
      message: 'The page has no <script type="application/ld+json">',
      document: 0,
      path: '',
    })
  }

  return report(findings, nodes, documents.length, options)
}

// The report: ignored rules left out, then at most `maxFindings` findings, errors first.
function report(
  all: readonly Finding[],
  nodes: readonly NodeReport[],
  documents: number,
  options: Readonly<ValidateOptions> | null | undefined,
): ValidationReport {
  const ignore = new Set(options?.ignore ?? [])
  const kept = all.filter((finding) => !ignore.has(finding.rule))
  const bySeverity = (severity: Finding['severity']) =>
    kept.filter((finding) => finding.severity === severity)
  const errors = bySeverity('error')
  const warnings = bySeverity('warning')
  const notes = bySeverity('note')
  let room = options?.maxFindings ?? Number.POSITIVE_INFINITY
  const take = (list: Finding[]) => {
    const taken = list.slice(0, Math.max(0, room))
    room -= taken.length
    return taken
  }
  return {
    valid: errors.length === 0,
    documents,
    errors: take(errors),
    warnings: take(warnings),
    notes: take(notes),
    totals: {errors: errors.length, warnings: warnings.length, notes: notes.length},
    nodes,
  }
}

// The paths an error is under (`a.b[0].c` gives `a`, `a.b`, `a.b[0]`, `a.b[0].c`), to tell
// whether a required property has errors. A feature's node is at most three steps deep
// (`@graph[0].breadcrumb`), so its properties are within the first four: deeper prefixes are
// not needed, and not made (a path 500 levels deep would make 500 long strings).
function prefixesOf(findings: readonly Finding[]): Set<string> {
  const prefixes = new Set<string>()
  for (const {severity, path} of findings) {
    if (severity !== 'error') continue
    let taken = 0
    for (const match of path.matchAll(/(?=[.[])|$/g)) {
      prefixes.add(path.slice(0, match.index))
      if (++taken === 4) break
    }
  }
  return prefixes
}
