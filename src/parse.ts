import * as v from 'valibot'
import {didYouMean} from './did-you-mean.js'
import {describeValue, type FieldPath, SciaticaContentError} from './errors.js'

/** What went wrong with a value, in the terms of `SciaticaContentError`. */
export interface Problem {
  path: FieldPath
  expected: string
  received: string
}

// What `fieldsAt` reads of valibot's schemas: an optional field's schema wraps the field's, an
// object's has its entries, an array's its item.
interface SchemaShape {
  readonly wrapped?: SchemaShape
  readonly entries: Readonly<Record<string, SchemaShape>>
  readonly item: SchemaShape
}

const unwrap = (schema: SchemaShape) => {
  let current = schema
  while (current.wrapped !== undefined) current = current.wrapped
  return current
}

// The fields of the object `schema` describes at `path`, a path valibot reported an unknown field
// below: every step of it is an object's field or an array's item.
function fieldsAt(schema: SchemaShape, path: FieldPath): string[] {
  let current = schema
  for (const key of path) {
    const step = unwrap(current)
    current = typeof key === 'number' ? step.item : (step.entries[key] as SchemaShape)
  }
  return Object.keys(unwrap(current).entries)
}

// An unknown field, and the field of the schema it may be a misspelling of.
function unknownField(schema: v.GenericSchema, path: FieldPath, value: unknown): Problem {
  const fields = fieldsAt(schema as unknown as SchemaShape, path.slice(0, -1))
  const suggestion = didYouMean(String(path.at(-1)), fields)
  return {
    path: [...path],
    expected:
      suggestion === undefined
        ? 'no such field (unknown fields are rejected)'
        : `no such field (unknown fields are rejected; did you mean \`${suggestion}\`?)`,
    received: describeValue(value),
  }
}

/**
 * Describe a valibot issue: the path of the value, what was expected and what came.
 *
 * Schemas here give, as their message, what they expect ("an absolute http(s) URL"). An object
 * schema reports an unknown key or a missing one itself; those get their own wording, and an
 * unknown key the field of `schema` it may be a misspelling of.
 */
export function describeIssue(issue: v.BaseIssue<unknown>, schema: v.GenericSchema): Problem {
  const items = issue.path ?? []
  const path = items.map((item) => item.key as string | number)
  const isObjectIssue = issue.type === 'strict_object' && items.length > 0
  if (isObjectIssue && issue.expected === 'never') {
    const suggestion = didYouMean(
      String(path.at(-1)),
      fieldsAt(schema as unknown as SchemaShape, path.slice(0, -1)),
    )
    return {
      path,
      expected:
        suggestion === undefined
          ? 'no such field (unknown fields are rejected)'
          : `no such field (unknown fields are rejected; did you mean \`${suggestion}\`?)`,
      received: describeValue(items.at(-1)?.value),
    }
  }
  if (isObjectIssue && issue.received === 'undefined') {
    return {path, expected: 'a value (the field is required)', received: 'nothing'}
  }
  return {path, expected: issue.message, received: describeValue(issue.input)}
}

/**
 * Check `input` against `schema`.
 *
 * @param prefix
 *   Path of `input` in the caller's options (such as `['clinic']`), for error messages.
 * @returns
 *   The schema's output.
 * @throws {SciaticaContentError}
 *   On the first problem, naming the field, what was expected and what came.
 */
export function parseOrThrow<Schema extends v.GenericSchema>(
  schema: Schema,
  input: unknown,
  prefix: FieldPath,
): v.InferOutput<Schema> {
  const result = v.safeParse(schema, input, {abortEarly: true})
  if (result.success) return result.output
  // `abortEarly` stops at the first issue, and a failed parse has at least one.
  const problem = describeIssue(result.issues[0] as v.BaseIssue<unknown>, schema)
  throw new SciaticaContentError('invalid-option', {...problem, path: [...prefix, ...problem.path]})
}

/**
 * Every problem of `input` against `schema` (none when it is valid), as errors, for a file
 * that is reported whole.
 *
 * @param prefix
 *   Path of `input` in the caller's options (such as `['clinic']`), for error messages.
 */
export function problemsOf(
  schema: v.GenericSchema,
  input: unknown,
  prefix: FieldPath,
): SciaticaContentError[] {
  const result = v.safeParse(schema, input)
  const problems = (result.issues ?? []).flatMap((issue) => {
    const problem = describeIssue(issue, schema)
    const item = issue.path?.at(-1)
    if (!problem.expected.startsWith('no such field') || item === undefined) return [problem]
    // valibot names the first unknown field of an object; here every one is named.
    const object = item.input as Record<string, unknown>
    const fields = fieldsAt(schema as unknown as SchemaShape, problem.path.slice(0, -1))
    return Object.keys(object)
      .filter((key) => !fields.includes(key))
      .map((key) => unknownField(schema, [...problem.path.slice(0, -1), key], object[key]))
  })
  return problems.map(
    (problem) =>
      new SciaticaContentError('invalid-option', {...problem, path: [...prefix, ...problem.path]}),
  )
}
