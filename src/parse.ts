import * as v from 'valibot'
import {describeValue, type FieldPath, SciaticaContentError} from './errors.js'

/** What an unknown field gets as its "expected". */
export const UNKNOWN_FIELD = 'no such field (unknown fields are rejected)'

/** What went wrong with a value, in the terms of `SciaticaContentError`. */
export interface Problem {
  path: FieldPath
  expected: string
  received: string
}

/**
 * Describe a valibot issue: the path of the value, what was expected and what came.
 *
 * Schemas here give, as their message, what they expect ("an absolute http(s) URL"). An object
 * schema reports an unknown key or a missing one itself; those get their own wording.
 */
export function describeIssue(issue: v.BaseIssue<unknown>): Problem {
  const items = issue.path ?? []
  const path = items.map((item) => item.key as string | number)
  const isObjectIssue = issue.type === 'strict_object' && items.length > 0
  if (isObjectIssue && issue.expected === 'never') {
    return {
      path,
      expected: UNKNOWN_FIELD,
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
  const problem = describeIssue(result.issues[0] as v.BaseIssue<unknown>)
  throw new SciaticaContentError('invalid-option', {...problem, path: [...prefix, ...problem.path]})
}
