import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {isNode, LineCounter, parse, parseDocument, YAMLParseError} from 'yaml'
import type {ClinicInput} from '../content/schema.js'
import {SciaticaContentError} from '../errors.js'

/** A host's clinic file, read; `place` turns an option error into one that names the file's line. */
export interface ClinicFile {
  readonly clinic: ClinicInput
  /** `file:line:column: message` for an error in the clinic (other errors as they are). */
  place(error: unknown): unknown
}

// Line and column (1-based) of an offset in a text.
function linePos(text: string, offset: number): {line: number; col: number} {
  const before = text.slice(0, offset).split('\n')
  return {line: before.length, col: (before.at(-1) as string).length + 1}
}

/**
 * Read a clinic from a JSON or YAML file. Errors name the file's line: YAML's parser knows where
 * each value is, in JSON (which is YAML) too.
 */
export async function readClinicFile(file: string, cwd: string): Promise<ClinicFile> {
  let text: string
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8')
  } catch (error) {
    throw new Error(`Cannot read clinic file ${file}: ${(error as Error).message}`)
  }
  // Where each value is, for error messages: parsed again only when an error needs it (a
  // document with positions costs much more memory than the data, for thousands of locations).
  const locate = () => {
    const lineCounter = new LineCounter()
    const document = parseDocument(text, {lineCounter, prettyErrors: false, uniqueKeys: true})
    return {lineCounter, document}
  }
  let clinic: unknown
  try {
    clinic =
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
    throw new Error(`${file}${where}: the clinic file is not valid ${kind}: ${reason}`)
  }
  return {
    clinic: clinic as ClinicInput,
    place(error) {
      if (!(error instanceof SciaticaContentError) || error.path?.[0] !== 'clinic') return error
      const errorPath = error.path
      const {lineCounter, document} = locate()
      // The nearest value that exists: a missing field is placed at the object that lacks it.
      for (let length = errorPath.length; length > 0; length--) {
        const node = document.getIn(errorPath.slice(1, length), true)
        if (isNode(node) && node.range) {
          const {line, col} = lineCounter.linePos(node.range[0])
          return new Error(`${file}:${line}:${col}: ${error.message}`)
        }
      }
      return new Error(`${file}: ${error.message}`)
    },
  }
}
