import * as v from 'valibot'
import type {VFile} from 'vfile'
import {isNode, LineCounter, parseDocument} from 'yaml'
import {type FieldPath, formatField} from '../../src/errors.js'
import {describeIssue} from '../../src/parse.js'

/** A YAML document read from a content file, with what is needed to point at its nodes. */
export interface YamlSource {
  /** The file, for messages. */
  file: VFile
  /** The parsed document. */
  document: ReturnType<typeof parseDocument>
  /** Line of the file on which the YAML text starts (1 for a whole file). */
  startLine: number
  lineCounter: LineCounter
}

/**
 * Parse YAML text from a content file; a syntax error fails with its line and column.
 *
 * @param startLine
 *   Line of `file` on which `text` starts, so that places in front matter are right.
 */
export function readYaml(file: VFile, text: string, startLine = 1): YamlSource {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: true})
  const source = {file, document, startLine, lineCounter}
  const [error] = document.errors
  if (error) {
    fail(source, `YAML syntax: ${error.message.split('\n')[0]}`, error.pos[0], 'yaml-syntax')
  }
  return source
}

/**
 * Fail with a message placed at `offset` in the YAML text.
 */
export function fail(source: YamlSource, reason: string, offset: number, ruleId: string): never {
  const {line, col} = source.lineCounter.linePos(offset)
  source.file.fail(reason, {
    place: {line: line + source.startLine - 1, column: col},
    ruleId,
    source: 'sciatica-content',
  })
}

/**
 * Offset of the value at `path` in the document, or of its nearest ancestor that exists.
 */
export function offsetOf(source: YamlSource, path: FieldPath): number {
  for (let length = path.length; length >= 0; length--) {
    const node = source.document.getIn(path.slice(0, length), true)
    if (isNode(node) && node.range) return node.range[0]
  }
  return 0
}

/**
 * Check the document against `schema`; the first problem fails at its place, naming the field.
 */
export function validateYaml<Schema extends v.GenericSchema>(
  source: YamlSource,
  schema: Schema,
): v.InferOutput<Schema> {
  const result = v.safeParse(schema, source.document.toJS(), {abortEarly: true})
  if (result.success) return result.output
  const problem = describeIssue(result.issues[0] as v.BaseIssue<unknown>)
  failField(source, problem.path, problem.expected, problem.received)
}

/**
 * Fail at the value at `path`, naming the field, what was expected and what came.
 */
export function failField(
  source: YamlSource,
  path: FieldPath,
  expected: string,
  received: string,
): never {
  fail(
    source,
    `\`${formatField(path)}\`: expected ${expected}, received ${received}`,
    offsetOf(source, path),
    'invalid-field',
  )
}
