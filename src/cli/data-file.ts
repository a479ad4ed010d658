import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {isNode, LineCounter, parse, parseDocument, YAMLParseError} from 'yaml'
import {type FieldPath, SciaticaContentError} from '../errors.js'

/** A JSON or YAML file of options, read; `place` names the file's line in an error about it. */
export interface DataFile {
  readonly value: unknown
  /**
   * For an option error about a value from this file, an error saying `file:line:column:` and
   * the message; any other error as it is.
   */
  place(error: unknown): unknown
}

// Line and column (1-based) of an offset in a text.
function linePos(text: string, offset: number): {line: number; col: number} {
  const before = text.slice(0, offset).split('\n')
  return {line: before.length, col: (before.at(-1) as string).length + 1}
}

const startsWith = (path: FieldPath, prefix: FieldPath) =>
  prefix.every((key, index) => path[index] === key)

/**
 * Read options from a JSON or YAML file (by its extension: `.json` is JSON, anything else YAML,
 * of which JSON is a part). Errors name the file's line: YAML's parser knows where each value is.
 *
 * @param what
 *   What the file holds, for messages (`'clinic'`, `'options'`).
 * @param prefix
 *   Where the file's value goes in the options object: `['clinic']` for a clinic, `[]` for the
 *   whole object.
 */
export async function readDataFile(
  file: string,
  cwd: string,
  what: string,
  prefix: FieldPath,
): Promise<DataFile> {
  let text: string
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8')
  } catch (error) {
    throw new Error(`Cannot read ${what} file ${file}: ${(error as Error).message}`)
  }
  let value: unknown
  try {
    value =
      path.extname(file).toLowerCase() === '.json'
        ? JSON.parse(text)
        : parse(text, {uniqueKeys: true})
  } catch (error) {
    const message = (error as Error).message
    // yaml's errors know their line; JSON.parse's give a position, made a line here.
    const position = /at position (\d+)/.exec(message)?.[1]
    const place =
      error instanceof YAMLParseError && error.linePos
        ? error.linePos[0]
        : position === undefined
          ? undefined
          : linePos(text, Number(position))
    const where = place === undefined ? '' : `:${place.line}:${place.col}`
    const kind = error instanceof YAMLParseError ? 'YAML' : 'JSON'
    const reason = message
      .split('\n')[0]
      ?.replace(/ at line \d+, column \d+:?$/, '')
      .replace(/ at position \d+.*$/, '')
    throw new Error(`${file}${where}: the ${what} file is not valid ${kind}: ${reason}`)
  }
  return {
    value,
    place(error) {
      const errorPath = error instanceof SciaticaContentError ? error.path : undefined
      if (errorPath === undefined || !startsWith(errorPath, prefix)) return error
      // Where each value is: parsed again only now (a document with positions costs much more
      // memory than the data, for thousands of locations).
      const lineCounter = new LineCounter()
      const document = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: true})
      // The nearest value that exists: a missing field is placed at the object that lacks it. A
      // whole options object does not place a field it does not hold (such as `outDir`).
      const least = prefix.length === 0 ? 1 : prefix.length
      for (let length = errorPath.length; length >= least; length--) {
        const node = document.getIn(errorPath.slice(prefix.length, length), true)
        if (isNode(node) && node.range) {
          const {line, col} = lineCounter.linePos(node.range[0])
          return new Error(`${file}:${line}:${col}: ${(error as Error).message}`)
        }
      }
      return prefix.length === 0 ? error : new Error(`${file}: ${(error as Error).message}`)
    },
  }
}
