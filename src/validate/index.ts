import {DocumentCheck} from './check.js'
import type {Finding} from './findings.js'
import {type GoogleStatus, googleStatus} from './google.js'
import {documentsOf, type InputFormat} from './input.js'
import {Terms} from './terms.js'

/** A top-level node of the input and what Google does with it. */
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
  /** How many JSON-LD documents the input held (`<script>` elements, for HTML). */
  readonly documents: number
  readonly errors: readonly Finding[]
  readonly warnings: readonly Finding[]
  /** Every top-level node, in order. */
  readonly nodes: readonly NodeReport[]
}

/** Options of `validateJsonLd`. */
export interface ValidateOptions {
  /**
   * How to read a string: `'html'` (a page), `'json'` (JSON text) or `'auto'` (HTML when it
   * starts with `<`) (default: `'auto'`).
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
 *   what Google does with each top-level node.
 */
export function validateJsonLd(
  input: unknown,
  options?: Readonly<ValidateOptions> | null | undefined,
): ValidationReport {
  terms ??= new Terms()
  const findings: Finding[] = []
  const nodes: NodeReport[] = []
  const documents = documentsOf(input, options?.format ?? 'auto')

  documents.forEach((document, index) => {
    const check = new DocumentCheck(terms as Terms, index)
    if ('parseError' in document) {
      check.findings.error('json-parse', '', `The JSON does not parse: ${document.parseError}`)
    } else {
      check.run(document.json)
      for (const node of check.topLevel) {
        nodes.push({
          document: index,
          path: node.path,
          ...(node.context.id === undefined ? {} : {id: node.context.id}),
          types: node.context.types,
          google: googleStatus(check, node),
        })
      }
    }
    findings.push(...check.findings.list)
  })

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
