import {readdir, readFile, stat} from 'node:fs/promises'
import {createRequire} from 'node:module'
import path from 'node:path'
import {Worker} from 'node:worker_threads'
import {DecodeError, decodeFile} from '../validate/decode.js'
import {formatReport} from '../validate/format.js'
import {type ValidateOptions, type ValidationReport, validateJsonLd} from '../validate/index.js'
import {toSarif} from '../validate/sarif.js'
import type {CliIo} from './io.js'

const extensions = new Set(['.html', '.htm', '.json', '.jsonld'])

/** The options of `validate`, as given on the command line (all optional strings). */
export interface ValidateFlags {
  readonly json?: boolean | undefined
  readonly strict?: boolean | undefined
  readonly format?: string | undefined
  readonly ignore?: readonly string[] | undefined
  readonly maxFindings?: string | undefined
  readonly jobs?: string | undefined
  readonly quiet?: boolean | undefined
}

/** The options of `validate`, checked. */
export interface ValidateCliOptions {
  readonly format: 'text' | 'json' | 'sarif'
  readonly strict: boolean
  readonly ignore: readonly string[]
  /** Findings shown a file (default: 100); 0 shows them all. */
  readonly maxFindings: number
  /** Worker threads (default: 1, no worker). */
  readonly jobs: number
  /** Show only the files with errors, and the summary (default: `false`). */
  readonly quiet: boolean
}

/** A flag of `validate` with a value it does not take. */
export class ValidateFlagError extends Error {}

function count(flag: string, value: string | undefined, fallback: number, least: number): number {
  if (value === undefined) return fallback
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN
  if (!(number >= least)) {
    throw new ValidateFlagError(`--${flag} takes a whole number from ${least}, not \`${value}\``)
  }
  return number
}

/** Check the flags of `validate`. */
export function validateCliOptions(flags: ValidateFlags): ValidateCliOptions {
  const format = flags.format ?? (flags.json === true ? 'json' : 'text')
  if (format !== 'text' && format !== 'json' && format !== 'sarif') {
    throw new ValidateFlagError(`--format takes text, json or sarif, not \`${format}\``)
  }
  if (flags.json === true && format !== 'json') {
    throw new ValidateFlagError('--json is --format json: give one of them')
  }
  return {
    format,
    strict: flags.strict === true,
    ignore: flags.ignore ?? [],
    maxFindings: count('max-findings', flags.maxFindings, 100, 0),
    jobs: count('jobs', flags.jobs, 1, 1),
    quiet: flags.quiet === true,
  }
}

/** What `validate` found in one file. */
type FileResult =
  | {file: string; report: ValidationReport}
  // From a worker, for text output: the report as printed, and its totals (a report with its
  // nodes costs more to copy between threads than to print).
  | {file: string; formatted: string; totals: ValidationReport['totals']}
  | {file: string; error: string}
  | {file: string; skipped: true}

// Folders named are walked with a queue, in sorted order, so that the output is the same every
// run. `node_modules` and hidden folders and files (`.git`, a build's manifest) are not the
// project's pages.
async function expand(
  paths: readonly string[],
  cwd: string,
): Promise<{file: string; found: boolean}[]> {
  const files: {file: string; found: boolean}[] = []
  for (const name of paths) {
    const full = path.resolve(cwd, name)
    // A path that cannot be read is passed on: reading it reports why.
    const info = await stat(full).catch(() => undefined)
    if (info?.isDirectory() !== true) {
      files.push({file: name, found: false})
      continue
    }
    const found: string[] = []
    const folders = [full]
    for (let folder = folders.pop(); folder !== undefined; folder = folders.pop()) {
      for (const entry of await readdir(folder, {withFileTypes: true})) {
        if (entry.name.startsWith('.')) continue
        const entryPath = path.join(folder, entry.name)
        if (entry.isDirectory()) {
          if (entry.name !== 'node_modules') folders.push(entryPath)
        } else if (extensions.has(path.extname(entry.name).toLowerCase())) {
          // A link is followed when read; a broken one is reported then.
          found.push(entryPath)
        }
      }
    }
    // Named as the folder was named: `site/a.html` for `site`, `/tmp/site/a.html` for `/tmp/site`.
    for (const file of found.sort()) {
      files.push({file: path.join(name, path.relative(full, file)), found: true})
    }
  }
  return files
}

// A `.json` file in a folder is JSON-LD when it uses a JSON-LD keyword as a key: a
// package.json or tsconfig.json is not.
const jsonLdKey = /"@(?:context|graph|type|id)"\s*:/

/** A file read and decoded, ready to validate; or its result already (unreadable, skipped). */
type Prepared =
  | {file: string; text: string; options: ValidateOptions}
  | {file: string; result: FileResult}

async function prepare(
  {file, found}: {file: string; found: boolean},
  options: ValidateCliOptions,
  cwd: string,
): Promise<Prepared> {
  const extension = path.extname(file).toLowerCase()
  const html = extension === '.html' || extension === '.htm'
  let text: string
  try {
    text = decodeFile(await readFile(path.resolve(cwd, file)), html)
  } catch (error) {
    const reason = error instanceof DecodeError ? error.message : (error as Error).message
    return {file, result: {file, error: `cannot read: ${reason}`}}
  }
  if (found && extension === '.json' && !jsonLdKey.test(text)) {
    return {file, result: {file, skipped: true}}
  }
  return {
    file,
    text,
    options: {
      format: html ? 'html' : 'json',
      ignore: options.ignore,
      ...(options.maxFindings === 0 ? {} : {maxFindings: options.maxFindings}),
    },
  }
}

// Validate in this thread; a bug in the validator is reported for its file, and the other files
// are still checked.
function validateHere(file: string, text: string, options: ValidateOptions): FileResult {
  try {
    return {file, report: validateJsonLd(text, options)}
  } catch (error) {
    return {file, error: `cannot check: ${(error as Error).message}`}
  }
}

// The worker: the package's own CommonJS build of `sciatica-content/validate` (self-contained:
// its dependencies are bundled in), one file a message.
const workerSource = `
const {parentPort, workerData} = require('node:worker_threads')
const {formatReport, validateJsonLd} = require(workerData.module)
parentPort.on('message', ({file, text, options, formatted}) => {
  try {
    const report = validateJsonLd(text, options)
    parentPort.postMessage(
      formatted ? {formatted: formatReport(report, file), totals: report.totals} : {report},
    )
  } catch (error) {
    parentPort.postMessage({error: 'cannot check: ' + error.message})
  }
})`

/** A pool of worker threads, each validating one file at a time. */
class Pool {
  readonly #idle: Worker[] = []
  readonly #waiting: ((worker: Worker) => void)[] = []
  readonly #all: Worker[] = []
  readonly #module = createRequire(import.meta.url).resolve('sciatica-content/validate')

  constructor(size: number) {
    for (let index = 0; index < size; index++) this.#release(this.#spawn())
  }

  #spawn(): Worker {
    const worker = new Worker(workerSource, {eval: true, workerData: {module: this.#module}})
    this.#all.push(worker)
    return worker
  }

  #release(worker: Worker): void {
    const next = this.#waiting.shift()
    if (next === undefined) this.#idle.push(worker)
    else next(worker)
  }

  /**
   * Validate a file's text on the next free worker.
   *
   * @param formatted
   *   Return the report as `formatReport` prints it (for text output), not the report.
   */
  async validate(
    file: string,
    text: string,
    options: ValidateOptions,
    formatted: boolean,
  ): Promise<FileResult> {
    const worker =
      this.#idle.pop() ?? (await new Promise<Worker>((resolve) => this.#waiting.push(resolve)))
    return new Promise((resolve) => {
      const done = (result: FileResult, replacement: Worker) => {
        worker.removeAllListeners('message').removeAllListeners('error')
        this.#release(replacement)
        resolve(result)
      }
      worker.once(
        'message',
        (
          message:
            | {report: ValidationReport}
            | {formatted: string; totals: ValidationReport['totals']}
            | {error: string},
        ) => done({file, ...message}, worker),
      )
      // A worker that dies (out of memory) takes only its file with it.
      worker.once('error', (error: Error) => {
        void worker.terminate()
        done({file, error: `cannot check: ${error.message}`}, this.#spawn())
      })
      worker.postMessage({file, text, options, formatted})
    })
  }

  async close(): Promise<void> {
    await Promise.all(this.#all.map((worker) => worker.terminate()))
  }
}

// The errors of a file that was read.
const errorsOf = (result: {report: ValidationReport} | {totals: ValidationReport['totals']}) =>
  ('totals' in result ? result.totals : result.report.totals).errors

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`

/**
 * `sciatica-content validate`: check every file, print each report as soon as it and those
 * before it are done (a file that fails does not take the others' reports with it), then a
 * summary line; or, with `--format json` or `sarif`, everything at the end.
 *
 * @returns
 *   1 when a file has errors (or, with `strict`, warnings) or cannot be read; else 0.
 */
export async function validateFiles(
  paths: readonly string[],
  options: ValidateCliOptions,
  io: CliIo,
): Promise<number> {
  const files = await expand(paths, io.cwd)
  if (files.length === 0) {
    io.stderr('sciatica-content: no .html, .htm, .json or .jsonld files to validate\n')
    return 1
  }
  const pool = options.jobs > 1 ? new Pool(options.jobs) : undefined
  const results: FileResult[] = []
  const pending: Promise<FileResult>[] = []
  let printed = 0
  const print = (result: FileResult) => {
    if (options.format !== 'text' || 'skipped' in result) return
    if (options.quiet && !('error' in result) && errorsOf(result) === 0) return
    io.stdout(
      'error' in result
        ? `${result.file}\n  error   ${result.error}\n`
        : 'formatted' in result
          ? result.formatted
          : formatReport(result.report, result.file),
    )
  }
  try {
    for (const file of files) {
      const prepared = await prepare(file, options, io.cwd)
      pending.push(
        'result' in prepared
          ? Promise.resolve(prepared.result)
          : pool === undefined
            ? Promise.resolve(validateHere(prepared.file, prepared.text, prepared.options))
            : pool.validate(
                prepared.file,
                prepared.text,
                prepared.options,
                options.format === 'text',
              ),
      )
      // Print what is done, in order, without waiting for the files still being checked.
      while (
        printed < pending.length &&
        (pool === undefined || printed < pending.length - options.jobs)
      ) {
        const result = await (pending[printed] as Promise<FileResult>)
        results.push(result)
        print(result)
        printed++
      }
    }
    for (; printed < pending.length; printed++) {
      const result = await (pending[printed] as Promise<FileResult>)
      results.push(result)
      print(result)
    }
  } finally {
    await pool?.close()
  }

  let errors = 0
  let warnings = 0
  let unreadable = 0
  const checked = results.filter(
    (result): result is Exclude<FileResult, {skipped: true}> => !('skipped' in result),
  )
  for (const result of checked) {
    if ('error' in result) unreadable++
    else {
      const {totals} = 'formatted' in result ? result : result.report
      errors += totals.errors
      warnings += totals.warnings
    }
  }
  const skipped = results.length - checked.length
  const failed = errors > 0 || unreadable > 0 || (options.strict && warnings > 0)

  if (options.format === 'json') {
    const summary = {files: checked.length, unreadable, errors, warnings}
    const skippedFiles = results.filter((result) => 'skipped' in result).map(({file}) => file)
    io.stdout(`${JSON.stringify({summary, skipped: skippedFiles, results: checked}, null, 2)}\n`)
  } else if (options.format === 'sarif') {
    const {version} = createRequire(import.meta.url)('sciatica-content/package.json') as {
      version: string
    }
    // Only text output asks workers for formatted reports.
    const reports = checked.filter(
      (result): result is Exclude<typeof result, {formatted: string}> => !('formatted' in result),
    )
    io.stdout(toSarif(reports, version))
  } else {
    // Notes are shown with their files; the summary counts what may fail the run.
    const extra = [
      ...(unreadable > 0 ? [`${unreadable} unreadable`] : []),
      ...(skipped > 0 ? [`${skipped} skipped (.json, not JSON-LD)`] : []),
    ]
    io.stdout(
      `${plural(checked.length, 'file')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}${extra.map((part) => `, ${part}`).join('')}${failed ? '' : ' — ok'}\n`,
    )
  }
  return failed ? 1 : 0
}
