/**
 * Every problem of a file's value at once, for the CLI: the API stops at the first (it throws),
 * a file is better reported whole. An unknown field gets the field it may be a misspelling of.
 */
import * as v from 'valibot'
import {describeValue, type FieldPath, SciaticaContentError} from '../errors.js'
import {describeIssue, type Problem, UNKNOWN_FIELD} from '../parse.js'
import {didYouMean} from './did-you-mean.js'

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
        ? UNKNOWN_FIELD
        : `${UNKNOWN_FIELD.slice(0, -1)}; did you mean \`${suggestion}\`?)`,
    received: describeValue(value),
  }
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
    const problem = describeIssue(issue)
    const item = issue.path?.at(-1)
    if (problem.expected !== UNKNOWN_FIELD || item === undefined) return [problem]
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
