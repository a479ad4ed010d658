import {Tokenizer} from 'htmlparser2'
import {type ParseError, parse as parseJsonc} from 'jsonc-parser'

/** A line and column, both from 1. */
export interface Location {
  readonly line: number
  readonly column: number
}

/** A document to check, or why it could not be read; in a page, where its script is. */
export type Document =
  | {readonly json: unknown; readonly location?: Location | undefined}
  | {
      readonly parseError: string
      readonly location?: Location | undefined
      /** Where the syntax error is (in the page, or in the JSON text). */
      readonly errorLocation: Location
    }

/** How to read a string input. */
export type InputFormat = 'auto' | 'html' | 'json'

/** Lines and columns of offsets in a text, asked in increasing order: one pass over it. */
class Lines {
  #offset = 0
  #line = 1
  #lineStart = 0
  constructor(readonly text: string) {}

  at(offset: number): Location {
    for (let index = this.text.indexOf('\n', this.#offset); index !== -1 && index < offset; ) {
      this.#line++
      this.#lineStart = index + 1
      index = this.text.indexOf('\n', index + 1)
    }
    this.#offset = Math.max(this.#offset, offset)
    return {line: this.#line, column: offset - this.#lineStart + 1}
  }
}

/**
 * The documents of JSON text: each item of a top-level array is one. A syntax error is located
 * by jsonc-parser's scanner (V8's messages do not always give a position).
 *
 * @param start
 *   Where the text starts in its page, to locate a syntax error there.
 */
function parseJson(
  text: string,
  lines: Lines,
  start: number,
  location: Location | undefined,
  documents: Document[],
): void {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    const message = (error as Error).message
    // V8 gives the position of most errors; for the others (`Unexpected token`), jsonc-parser's
    // scanner finds the token; the end of the text stands in if neither says.
    const problems: {offset: number}[] = []
    parseJsonc(text, problems as ParseError[], {
      disallowComments: true,
      allowTrailingComma: false,
    })
    problems.push({offset: text.length})
    const position = / at position (\d+)/.exec(message)?.[1]
    const offset =
      position === undefined ? (problems[0] as {offset: number}).offset : Number(position)
    const errorLocation = lines.at(start + offset)
    // V8 appends a position, or the text itself: the location says it better.
    const reason = message
      .replace(/ (?:in JSON )?at position \d+.*$/s, '')
      .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '')
    documents.push({
      parseError: `The JSON does not parse: ${reason}`,
      location,
      errorLocation,
    })
    return
  }
  if (Array.isArray(json)) {
    for (const item of json) documents.push({json: item, location})
  } else {
    documents.push({json, location})
  }
}

function isJsonLdType(type: string | undefined): boolean {
  return type?.split(';')[0]?.trim().toLowerCase() === 'application/ld+json'
}

const ignore = () => {}

/**
 * The JSON-LD of every `<script type="application/ld+json">` of an HTML page, in order, with
 * the line and column of each script. htmlparser2's tokenizer reads the page: no tree and no
 * stack of open elements is built (a page nested 200,000 deep costs what a flat one does), and
 * the text of other elements is skipped. As in a browser, script text is raw (no entities), the
 * first `type` attribute counts, and a script left open at the end runs to the end.
 */
export function documentsOfHtml(html: string): Document[] {
  const documents: Document[] = []
  const lines = new Lines(html)
  let tag = {name: '', start: 0, type: undefined as string | undefined}
  let attribute = {name: '', value: ''}
  let script: {text: string; start: number; location: Location} | undefined
  const endScript = () => {
    if (script === undefined) return
    parseJson(script.text, lines, script.start, script.location, documents)
    script = undefined
  }
  const openTag = (endIndex: number) => {
    if (tag.name === 'script' && isJsonLdType(tag.type)) {
      script = {text: '', start: endIndex + 1, location: lines.at(tag.start)}
    }
  }
  const tokenizer = new Tokenizer(
    {decodeEntities: true},
    {
      onopentagname(start, endIndex) {
        tag = {name: html.slice(start, endIndex).toLowerCase(), start: start - 1, type: undefined}
      },
      onattribname(start, endIndex) {
        attribute = {name: html.slice(start, endIndex).toLowerCase(), value: ''}
      },
      onattribdata(start, endIndex) {
        attribute.value += html.slice(start, endIndex)
      },
      onattribentity(codepoint) {
        attribute.value += String.fromCodePoint(codepoint)
      },
      onattribend() {
        if (attribute.name === 'type') tag.type ??= attribute.value
      },
      onopentagend: openTag,
      onselfclosingtag: openTag,
      ontext(start, endIndex) {
        if (script !== undefined) script.text += html.slice(start, endIndex)
      },
      onclosetag(start, endIndex) {
        if (html.slice(start, endIndex).toLowerCase() === 'script') endScript()
      },
      onend: endScript,
      oncdata: ignore,
      oncomment: ignore,
      ondeclaration: ignore,
      onprocessinginstruction: ignore,
      ontextentity: ignore,
    },
  )
  tokenizer.write(html)
  tokenizer.end()
  return documents
}

/**
 * The documents in an input: a JSON-LD value (an object, or an array of them), JSON text, or an
 * HTML page. With `format: 'auto'`, text is JSON when it starts with `{` or `[` (after a byte
 * order mark and white space), HTML otherwise.
 */
export function documentsOf(input: unknown, format: InputFormat): Document[] {
  if (typeof input !== 'string') {
    return Array.isArray(input) ? input.map((item) => ({json: item})) : [{json: input}]
  }
  const text = input.replace(/^\uFEFF/, '')
  const html = format === 'html' || (format === 'auto' && !/^\s*[{[]/.test(text))
  if (html) return documentsOfHtml(text)
  const documents: Document[] = []
  parseJson(text, new Lines(text), 0, undefined, documents)
  return documents
}
