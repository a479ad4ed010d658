/**
 * How bad a finding is: an error makes the document wrong, a warning makes it loose, a note
 * says something worth knowing that is not wrong (a pending term, a term of another vocabulary).
 */
export type Severity = 'error' | 'warning' | 'note'

/** One problem in a JSON-LD document. */
export interface Finding {
  /** The rule, such as `unknown-property` or `google-recommended`. */
  readonly rule: string
  readonly severity: Severity
  readonly message: string
  /** Which document of the input: the index of the `<script>` (HTML) or of the item (array). */
  readonly document: number
  /** JSON path of the value in its document, such as `@graph[3].riskFactor[1]`. */
  readonly path: string
  /** `@id` of the node the value belongs to, if it has one. */
  readonly nodeId?: string
  /** `@type`s of the node the value belongs to. */
  readonly nodeType?: readonly string[]
  /**
   * Line (from 1) in the HTML page of the `<script>` the document is in, or of a JSON syntax
   * error; absent for a JSON-LD value given as such.
   */
  readonly line?: number
  /** Column (from 1) that goes with `line`. */
  readonly column?: number
}

/** The node a finding is about. */
export interface NodeContext {
  readonly id: string | undefined
  readonly types: readonly string[]
}

/** Collects the findings of one document. */
export class Findings {
  readonly list: Finding[] = []
  constructor(readonly document: number) {}

  add(severity: Severity, rule: string, path: string, message: string, node?: NodeContext): void {
    this.list.push({
      rule,
      severity,
      message,
      document: this.document,
      path,
      ...(node?.id === undefined ? {} : {nodeId: node.id}),
      ...(node === undefined || node.types.length === 0 ? {} : {nodeType: node.types}),
    })
  }

  error(rule: string, path: string, message: string, node?: NodeContext): void {
    this.add('error', rule, path, message, node)
  }

  warn(rule: string, path: string, message: string, node?: NodeContext): void {
    this.add('warning', rule, path, message, node)
  }

  note(rule: string, path: string, message: string, node?: NodeContext): void {
    this.add('note', rule, path, message, node)
  }
}

/**
 * How deep the checker follows nested objects and arrays. Real documents nest a dozen levels;
 * the bound keeps every walk off the call stack's limit (deeper parts are reported, not read).
 */
export const MAX_DEPTH = 500

/** A JSON object. */
export type JsonObject = Record<string, unknown>

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `path.key` (`key` at the root), or `path["key"]` for a key that is not a plain name. */
export function joinPath(path: string, key: string): string {
  if (!/^[@$\w]+$/.test(key)) return `${path}[${JSON.stringify(key)}]`
  return path === '' ? key : `${path}.${key}`
}

/** Each value with its path: `key[i]` for the items of an array, `key` for a single value. */
export function valuesOf(value: unknown, path: string): {value: unknown; path: string}[] {
  return Array.isArray(value)
    ? value.map((item, index) => ({value: item, path: `${path}[${index}]`}))
    : [{value, path}]
}

/** An object whose only key is `@id`. */
export function isReference(value: JsonObject): value is {'@id': string} {
  const keys = Object.keys(value)
  return keys.length === 1 && keys[0] === '@id' && typeof value['@id'] === 'string'
}
