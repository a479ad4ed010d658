import * as v from 'valibot'
import {describeValue, type FieldPath, SciaticaContentError} from './errors.js'

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
  const issue = result.issues[0] as v.BaseIssue<unknown>
  const unknownKey = issue.type === 'strict_object' && issue.expected === 'never'
  throw new SciaticaContentError(
    [...prefix, ...(issue.path ?? []).map((item) => item.key as string | number)],
    unknownKey ? 'no such field (unknown fields are rejected)' : issue.message,
    describeValue(issue.input),
  )
}
