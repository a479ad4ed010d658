/** A path to a value in options or content: keys and array indices. */
export type FieldPath = readonly (string | number)[]

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

/**
 * Error thrown when an option or a host-supplied value is invalid.
 *
 * `field` names the offending value (such as `clinic.locations[2].address.addressCountry`),
 * `expected` says what was expected and `received` what came.
 */
export class SciaticaContentError extends Error {
  override readonly name = 'SciaticaContentError'
  /** The invalid value's path, such as `['clinic', 'locations', 0, 'telephone']`. */
  readonly path: FieldPath
  /** The invalid value's path as text, such as `clinic.locations[0].telephone`. */
  readonly field: string
  /** What was expected, such as `an absolute http(s) URL`. */
  readonly expected: string
  /** A short description of what was received, such as `"ftp://example.com"`. */
  readonly received: string

  constructor(path: FieldPath, expected: string, received: string) {
    const field = formatField(path)
    super(`Invalid \`${field}\`: expected ${expected}, received ${received}`)
    this.path = path
    this.field = field
    this.expected = expected
    this.received = received
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
