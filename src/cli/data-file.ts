import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {visit} from 'jsonc-parser'
import type * as v from 'valibot'
import {isNode, LineCounter, parseDocument} from 'yaml'
import {type FieldPath, SciaticaContentError} from '../errors.js'
import {problemsOf} from './problems.js'

/** A JSON or YAML file of options, read; `place` names the file's line in an error about it. */
export interface DataFile {
  readonly value: unknown
  /**
   * For an option error about a value from this file, an error saying `file:line:column:` and
   * the message; any other error as it is.
   */
  place(error: unknown): unknown
}

/** What a data file must hold: a schema, and where its value goes in the options object. */
export interface DataFileSchema {
  readonly schema: v.GenericSchema
  /** Where the value goes: `['clinic']` for a clinic, `[]` for the whole options object. */
  readonly prefix: FieldPath
}

// Line and column (1-based) of an offset in a text.
function linePos(text: string, offset: number): {line: number; col: number} {
  const before = text.slice(0, offset).split('\n')
  return {line: before.length, col: (before.at(-1) as string).length + 1}
}

const startsWith = (path: FieldPath, prefix: FieldPath) =>
  prefix.every((key, index) => path[index] === key)

// The most problems a file is reported with; a count says how many more it has.
const MOST_PROBLEMS = 20

// One error for the problems of a file: the first alone, or all of them, one a line.
function fileError(file: string, what: string, problems: readonly string[]): Error {
  if (problems.length === 1) return new Error(problems[0])
  const shown = problems.slice(0, MOST_PROBLEMS).map((problem) => `  ${problem}`)
  const more = problems.length - shown.length
  return new Error(
    [
      `${file}: the ${what} file has ${problems.length} problems:`,
      ...shown,
      ...(more > 0 ? [`  and ${more} more`] : []),
    ].join('\n'),
  )
}

// Where the first byte that is not UTF-8 is: its offset, and the index of the replacement
// character it decodes to (not one the file holds as text).
function firstInvalidByte(bytes: Uint8Array, decoded: string): {offset: number; index: number} {
  let from = 0
  for (;;) {
    const index = decoded.indexOf('\ufffd', from)
    const offset = Buffer.byteLength(decoded.slice(0, index))
    const literal =
      bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd
    if (!literal) return {offset, index}
    from = index + 1
  }
}

/**
 * The text of a file: UTF-8, without a byte order mark. A file in another encoding (Latin-1,
 * UTF-16) is refused, naming the first byte that is not UTF-8, rather than published with `�`.
 */
function decode(bytes: Uint8Array, file: string, what: string): string {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  const body = bytes.subarray(bom)
  try {
    return new TextDecoder('utf-8', {fatal: true, ignoreBOM: true}).decode(body)
  } catch {
    const decoded = new TextDecoder('utf-8', {ignoreBOM: true}).decode(body)
    const {offset, index} = firstInvalidByte(body, decoded)
    const {line, col} = linePos(decoded, index)
    const byte = (body[offset] as number).toString(16).toUpperCase().padStart(2, '0')
    throw new Error(
      `${file}:${line}:${col}: the ${what} file is not UTF-8: byte 0x${byte} at offset ${offset + bom} (save it as UTF-8)`,
    )
  }
}

// `file:line:col:` of each key an object of JSON text repeats (JSON.parse keeps the last silently).
function duplicateKeys(text: string, file: string): string[] {
  const problems: string[] = []
  const objects: Map<string, number>[] = []
  visit(text, {
    onObjectBegin: () => {
      objects.push(new Map())
    },
    onObjectEnd: () => {
      objects.pop()
    },
    onObjectProperty: (property, offset) => {
      const keys = objects.at(-1) as Map<string, number>
      const first = keys.get(property)
      if (first === undefined) keys.set(property, offset)
      else {
        const {line, col} = linePos(text, offset)
        const was = linePos(text, first)
        problems.push(
          `${file}:${line}:${col}: key ${JSON.stringify(property)} is given twice (first at line ${was.line}, column ${was.col}): give it once`,
        )
      }
    },
  })
  return problems
}

// The value of JSON text; a syntax error names its line.
function parseJson(text: string, file: string, what: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const message = (error as Error).message
    const position = /at position (\d+)/.exec(message)?.[1]
    const where =
      position === undefined ? '' : `:${Object.values(linePos(text, Number(position))).join(':')}`
    const reason = message.split('\n')[0]?.replace(/ at position \d+.*$/, '')
    throw new Error(`${file}${where}: the ${what} file is not valid JSON: ${reason}`)
  }
}

// The value of YAML text: every syntax error (a repeated key among them) names its line; an
// alias that expands past 100 nodes (a "billion laughs" file) is refused.
function parseYaml(text: string, file: string, what: string): unknown {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: true})
  const problems = document.errors.map((error) => {
    const {line, col} = lineCounter.linePos(error.pos[0])
    return `${file}:${line}:${col}: the ${what} file is not valid YAML: ${error.message.split('\n')[0]}`
  })
  if (problems.length > 0) throw fileError(file, what, problems)
  try {
    return document.toJS({maxAliasCount: 100})
  } catch (error) {
    throw new Error(`${file}: the ${what} file is not valid YAML: ${(error as Error).message}`)
  }
}

/**
 * Read options from a JSON or YAML file (by its extension: `.json` is JSON, anything else YAML,
 * of which JSON is a part), and check them against `expected`: every problem of the file is
 * reported at once, each with its line, and an unknown field with the one it may be a
 * misspelling of.
 *
 * @param what
 *   What the file holds, for messages (`'clinic'`, `'options'`).
 * @param expected
 *   The schemas the file's value must pass (an options file: the options, and its clinic).
 */
export async function readDataFile(
  file: string,
  cwd: string,
  what: string,
  prefix: FieldPath,
  expected: readonly DataFileSchema[] = [],
): Promise<DataFile> {
  let bytes: Uint8Array
  try {
    bytes = await readFile(path.resolve(cwd, file))
  } catch (error) {
    throw new Error(`Cannot read ${what} file ${file}: ${(error as Error).message}`)
  }
  const text = decode(bytes, file, what)
  const json = path.extname(file).toLowerCase() === '.json'
  const value = json ? parseJson(text, file, what) : parseYaml(text, file, what)
  if (
    prefix.length === 0 &&
    (typeof value !== 'object' || value === null || Array.isArray(value))
  ) {
    throw new Error(`${file}: the ${what} file must hold an object`)
  }

  // Where each value is: parsed again only when needed (a document with positions costs much
  // more memory than the data, for thousands of locations).
  let positions: {document: ReturnType<typeof parseDocument>; lineCounter: LineCounter} | undefined
  // The nearest value that exists: a missing field is placed at the object that lacks it. A
  // whole options object does not place a later error about a field it does not hold (such as
  // `outDir`): `least` is 1 then.
  const placeError = (
    error: SciaticaContentError & {path: FieldPath},
    least = prefix.length === 0 ? 1 : prefix.length,
  ): string | undefined => {
    if (positions === undefined) {
      const lineCounter = new LineCounter()
      positions = {
        document: parseDocument(text, {lineCounter, prettyErrors: false}),
        lineCounter,
      }
    }
    for (let length = error.path.length; length >= least; length--) {
      const node = positions.document.getIn(error.path.slice(prefix.length, length), true)
      if (isNode(node) && node.range) {
        const {line, col} = positions.lineCounter.linePos(node.range[0])
        return `${file}:${line}:${col}: ${error.message}`
      }
    }
    return prefix.length === 0 ? undefined : `${file}: ${error.message}`
  }

  const problems = json ? duplicateKeys(text, file) : []
  for (const {schema, prefix: at} of expected) {
    const inFile = at.slice(prefix.length)
    const part = inFile.reduce<unknown>(
      (object, key) => (object as Record<string, unknown> | undefined)?.[key],
      value,
    )
    if (part === undefined && inFile.length > 0) continue
    for (const error of problemsOf(schema, part, at)) {
      // Down to the file's root, which is a value here: every problem has a place.
      problems.push(
        placeError(error as SciaticaContentError & {path: FieldPath}, prefix.length) as string,
      )
    }
  }
  if (problems.length > 0) throw fileError(file, what, problems)

  return {
    value,
    place(error) {
      const errorPath = error instanceof SciaticaContentError ? error.path : undefined
      if (errorPath === undefined || !startsWith(errorPath, prefix)) return error
      const placed = placeError(error as SciaticaContentError & {path: FieldPath})
      return placed === undefined ? error : new Error(placed)
    },
  }
}
