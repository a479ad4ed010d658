import {readdir, readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {formatReport} from '../validate/format.js'
import {type ValidationReport, validateJsonLd} from '../validate/index.js'
import type {CliIo} from './io.js'

const extensions = new Set(['.html', '.htm', '.json', '.jsonld'])

/** What `validate` found in one file. */
type FileResult = {file: string; report: ValidationReport} | {file: string; error: string}

// The files to check: each file named, and the .html, .json and .jsonld files in each folder
// named (recursively, sorted, so the output is the same every run).
async function expand(paths: readonly string[], cwd: string): Promise<string[]> {
  const files: string[] = []
  for (const name of paths) {
    const full = path.resolve(cwd, name)
    // A path that cannot be read is passed on: reading it reports why.
    const info = await stat(full).catch(() => undefined)
    if (info?.isDirectory() === true) {
      const entries = await readdir(full, {recursive: true, withFileTypes: true})
      files.push(
        ...entries
          .filter(
            (entry) =>
              // A link is followed when read; a broken one is reported then. Hidden files (such
              // as a build's manifest) are not the site's pages.
              (entry.isFile() || entry.isSymbolicLink()) &&
              !entry.name.startsWith('.') &&
              extensions.has(path.extname(entry.name).toLowerCase()),
          )
          // Named as the folder was named: `site/a.html` for `site`, `/tmp/site/a.html` for `/tmp/site`.
          .map((entry) =>
            path.join(name, path.relative(full, path.join(entry.parentPath, entry.name))),
          )
          .sort(),
      )
    } else {
      files.push(name)
    }
  }
  return files
}

const decoder = new TextDecoder('utf-8', {fatal: true})

async function check(file: string, cwd: string): Promise<FileResult> {
  let text: string
  try {
    text = decoder.decode(await readFile(path.resolve(cwd, file)))
  } catch (error) {
    return {
      file,
      error:
        error instanceof TypeError
          ? 'cannot read: not UTF-8 text'
          : `cannot read: ${(error as Error).message}`,
    }
  }
  const extension = path.extname(file).toLowerCase()
  const format = extension === '.html' || extension === '.htm' ? 'html' : 'json'
  return {file, report: validateJsonLd(text, {format})}
}

/**
 * `sciatica-content validate`: check every file, print the reports and a summary line.
 *
 * @returns
 *   1 when a file has errors (or, with `strict`, warnings) or cannot be read; else 0.
 */
export async function validateFiles(
  paths: readonly string[],
  options: {json: boolean; strict: boolean},
  io: CliIo,
): Promise<number> {
  const files = await expand(paths, io.cwd)
  if (files.length === 0) {
    io.stderr('sciatica-content: no .html, .htm, .json or .jsonld files to validate\n')
    return 1
  }
  const results: FileResult[] = []
  for (const file of files) results.push(await check(file, io.cwd))

  let errors = 0
  let warnings = 0
  let unreadable = 0
  for (const result of results) {
    if ('error' in result) unreadable++
    else {
      errors += result.report.errors.length
      warnings += result.report.warnings.length
    }
  }
  const failed = errors > 0 || unreadable > 0 || (options.strict && warnings > 0)
  const summary = {files: results.length, unreadable, errors, warnings}

  if (options.json) {
    io.stdout(`${JSON.stringify({summary, results}, null, 2)}\n`)
  } else {
    for (const result of results) {
      io.stdout(
        'error' in result
          ? `${result.file}\n  error   ${result.error}\n`
          : formatReport(result.report, result.file),
      )
    }
    const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`
    const unreadableNote = unreadable > 0 ? `, ${unreadable} unreadable` : ''
    io.stdout(
      `${count(results.length, 'file')}: ${count(errors, 'error')}, ${count(warnings, 'warning')}${unreadableNote}${failed ? '' : ' — ok'}\n`,
    )
  }
  return failed ? 1 : 0
}
