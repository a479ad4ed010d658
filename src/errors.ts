/** A path to a value in options or content: keys and array indices. */
export type FieldPath = readonly (string | number)[]

/**
 * What kind of problem a `SciaticaContentError` reports; stable across releases, for code that
 * handles one kind (as `VFileMessage` carries `ruleId`).
 */
export type ErrorCode =
  /** An option (or a value inside one, such as `clinic.locations[0].telephone`) is invalid, unknown or missing. */
  | 'invalid-option'
  /** A value to serialize as JSON-LD is not JSON (a cycle, a BigInt, a function). */
  | 'invalid-json'
  /** `outDir` is a folder a build must not write over (the home folder, a project root…). */
  | 'out-dir-refused'
  /** Another build, still running, holds the lock of `outDir`. */
  | 'out-dir-locked'
  /** `outDir`, its lock or its temporary folder cannot be written (`EACCES`, `ENOSPC`, `EROFS`…: the cause is the system's error). */
  | 'out-dir-unwritable'
  /** `outDir` holds files the build did not write, where the build would write. */
  | 'out-dir-conflict'

/**
 * Format a path as people write it: `clinic.locations[2].address`.
 */
export function formatField(path: FieldPath): string {
  let field = ''
  for (const key of path) {
    field += typeof key === 'number' ? `[${key}]` : field === '' ? key : `.${key}`
  }
  return field === '' ? '(root)' : field
}

/** What went wrong: what was expected and what came, and, for an option, which one. */
export interface Problem {
  /** The option's path, such as `['clinic', 'telephone']`; none when the problem is not an option's. */
  readonly path?: FieldPath | undefined
  /** What was expected, such as `an absolute http(s) URL`. */
  readonly expected: string
  /** What came, described briefly (see `describeValue`). */
  readonly received: string
}

/**
 * Error thrown for invalid input: an option, a value to serialize, an output folder.
 *
 * `code` says what kind of problem it is; `field` names the offending option when the problem is
 * an option's (such as `clinic.locations[2].address.addressCountry`), `expected` says what was
 * expected and `received` what came.
 */
export class SciaticaContentError extends Error {
  override readonly name = 'SciaticaContentError'
  /** The kind of problem, such as `'invalid-option'`. */
  readonly code: ErrorCode
  /** The invalid option's path, such as `['clinic', 'locations', 0, 'telephone']`, or `undefined`. */
  readonly path: FieldPath | undefined
  /** The invalid option's path as text, such as `clinic.locations[0].telephone`, or `undefined`. */
  readonly field: string | undefined
  /** What was expected, such as `an absolute http(s) URL`. */
  readonly expected: string
  /** A short description of what was received, such as `"ftp://example.com"`. */
  readonly received: string

  constructor(code: ErrorCode, problem: Problem, options?: ErrorOptions) {
    const field = problem.path === undefined ? undefined : formatField(problem.path)
    const what = `expected ${problem.expected}, received ${problem.received}`
    super(
      field === undefined
        ? `${what[0]?.toUpperCase()}${what.slice(1)}`
        : `Invalid \`${field}\`: ${what}`,
      options,
    )
    this.code = code
    this.path = problem.path
    this.field = field
    this.expected = problem.expected
    this.received = problem.received
  }
}

/**
 * Describe a received value for an error message, briefly and on one line.
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value
    return JSON.stringify(shown)
  }
  if (typeof value === 'object') return 'an object'
  return String(value)
}
