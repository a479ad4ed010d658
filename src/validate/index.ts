import {DocumentCheck} from './check.js'
import type {Finding} from './findings.js'
import {checksNested, type GoogleStatus, googleStatus} from './google.js'
import {documentsOf, type InputFormat} from './input.js'
import {Registry} from './registry.js'
import {Terms} from './terms.js'

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
  /** No errors (warnings allowed). */
  readonly valid: boolean
  /** How many JSON-LD documents the input held (a script, or an item of a top-level array). */
  readonly documents: number
  readonly errors: readonly Finding[]
  readonly warnings: readonly Finding[]
  /** Every top-level node, and nested nodes of a type Google shows a rich result for. */
  readonly nodes: readonly NodeReport[]
}

/** Options of `validateJsonLd`. */
export interface ValidateOptions {
  /**
   * How to read a string: `'html'` (a page), `'json'` (JSON text) or `'auto'` (JSON when it
   * starts with `{` or `[`, HTML otherwise) (default: `'auto'`).
   */
  format?: InputFormat | undefined
}

let terms: Terms | undefined

/**
 * Check JSON-LD against the schema.org vocabulary (release 30.0), the rules of a linked graph and
 * Google's documented requirements, offline.
 *
 * @param input
 *   A JSON-LD object (a node, or a document with `@graph`), an array of them, JSON text, or an
 *   HTML page whose `<script type="application/ld+json">` elements are checked.
 * @param options
 *   See `ValidateOptions`.
 * @returns
 *   Errors and warnings (rule, message, document, JSON path, the node's `@id` and `@type`), and
 *   what Google does with each node. `@id`s are resolved across all the documents of the input,
 *   as the scripts of one page name each other's nodes.
 */
export function validateJsonLd(
  input: unknown,
  options?: Readonly<ValidateOptions> | null | undefined,
): ValidationReport {
  terms ??= new Terms()
  const registry = new Registry()
  const findings: Finding[] = []
  const nodes: NodeReport[] = []
  const documents = documentsOf(input, options?.format ?? 'auto')

  const checks = documents.map((document, index) => {
    const check = new DocumentCheck(terms as Terms, registry, index)
    if ('parseError' in document) {
      check.findings.error('json-parse', '', document.parseError)
      return {check, json: undefined, ok: false}
    }
    const ok = guard(check, () => {
      for (const conflict of registry.collect(document.json, '', index)) {
        const {first} = conflict
        const where = first.document === index ? first.path : `#${first.document} ${first.path}`
        check.findings.error(
          'conflicting-id',
          conflict.path,
          `@id ${conflict.id} gives this property another value than at ${where}`,
        )
      }
    })
    return {check, json: document.json, ok}
  })

  for (const [index, {check, json, ok}] of checks.entries()) {
    if (ok && guard(check, () => check.run(json))) {
      for (const node of check.nodes) {
        if (node.topLevel || checksNested(check, node.context.types)) {
          nodes.push({
            document: index,
            path: node.path,
            ...(node.context.id === undefined ? {} : {id: node.context.id}),
            types: node.context.types,
            google: googleStatus(check, node),
          })
        }
      }
    }
    findings.push(...check.findings.list)
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

  const errors = findings.filter((finding) => finding.severity === 'error')
  return {
    valid: errors.length === 0,
    documents: documents.length,
    errors,
    warnings: findings.filter((finding) => finding.severity === 'warning'),
    nodes,
  }
}

// Run a step of a check; a document nested deeper than the stack allows is reported as such
// (the rest of the input is still checked). Other errors are bugs, and are thrown.
function guard(check: DocumentCheck, step: () => void): boolean {
  try {
    step()
    return true
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    check.findings.error('too-deep', '', `The document nests too deeply to check: ${error.message}`)
    return false
  }
}
