import {mkdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {parseArgs} from 'node:util'
import type {ClinicInput} from '../content/schema.js'
import {buildJsonLd} from '../jsonld/json-ld.js'
import {serializeJsonLd} from '../jsonld/script.js'
import {renderPage} from '../render/page.js'
import {buildSite} from '../site/build.js'
import {readClinicFile} from './clinic-file.js'
import type {CliIo} from './io.js'
import {ValidateFlagError, validateCliOptions, validateFiles} from './validate.js'

export type {CliIo} from './io.js'

export const USAGE = `Usage: sciatica-content <command> [options]

Commands:
  jsonld                Print the schema.org JSON-LD graph for a host site
  page                  Write the article as a complete HTML page
  build                 Write the static site: article, a page per location, home, sitemap, robots, 404
  validate <paths...>   Check JSON-LD in .html, .json and .jsonld files (folders: all of those in them)

Options:
  --site-url <url>    The host site's URL (required), such as https://example.com
  --path <path>       The article's path on the site (default: /can-physical-therapy-help-with-sciatica/)
  --clinic <file>     A JSON or YAML file with the host's clinic (default: the clinic that published the article)
  --pretty            jsonld: indent the JSON
  --out <path>        jsonld, page: write to this file (and its folders) instead of standard output;
                      build: the site's folder (required)
  --quiet             build: no progress on standard error
  --json              validate: print the reports as JSON
  --strict            validate: fail on warnings too
  -h, --help          Show this help

Exit status: 0 on success, 1 on invalid input (validate: on errors), 2 on a usage error.
`

class UsageError extends Error {}

// Write to a temporary file beside the target, then rename: never half a file.
async function writeAtomically(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), {recursive: true})
  const temporary = `${file}.${process.pid}.tmp`
  try {
    await writeFile(temporary, text)
    await rename(temporary, file)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}

// `build`: the site, with progress on standard error for long builds (each 1,000 pages).
async function build(
  options: {siteUrl: string; path?: string; clinic?: ClinicInput},
  out: string | undefined,
  quiet: boolean,
  io: CliIo,
): Promise<number> {
  if (out === undefined) throw new UsageError('Missing --out <folder> for `build`')
  // Ctrl-C stops the build between pages; the site is then as it was, with nothing left behind.
  const controller = new AbortController()
  const stop = () => controller.abort()
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  try {
    const result = await buildSite({
      ...options,
      outDir: out,
      cwd: io.cwd,
      signal: controller.signal,
      onProgress: (done, total) => {
        if (!quiet && total >= 1000 && (done % 1000 === 0 || done === total)) {
          io.stderr(`Built ${done} of ${total} pages\n`)
        }
      },
    })
    if (!quiet) io.stderr(`Wrote ${result.files.length} files to ${out}\n`)
    return 0
  } catch (error) {
    if (!controller.signal.aborted) throw error
    io.stderr(`sciatica-content: stopped; ${out} is as it was\n`)
    return 130
  } finally {
    process.off('SIGINT', stop)
    process.off('SIGTERM', stop)
  }
}

/**
 * Run the CLI.
 *
 * @param argv
 *   The arguments after the program name.
 * @returns
 *   The exit status: 0 on success, 1 on invalid input, 2 on a usage error.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const {values, positionals} = (() => {
      try {
        return parseArgs({
          args: [...argv],
          allowPositionals: true,
          options: {
            'site-url': {type: 'string'},
            path: {type: 'string'},
            clinic: {type: 'string'},
            pretty: {type: 'boolean'},
            out: {type: 'string'},
            json: {type: 'boolean'},
            strict: {type: 'boolean'},
            format: {type: 'string'},
            ignore: {type: 'string', multiple: true},
            'max-findings': {type: 'string'},
            jobs: {type: 'string'},
            quiet: {type: 'boolean'},
            help: {type: 'boolean', short: 'h'},
          },
        })
      } catch (error) {
        throw new UsageError((error as Error).message)
      }
    })()

    const [command, ...rest] = positionals
    if (values.help) {
      io.stdout(USAGE)
      return 0
    }
    if (command === 'validate') {
      for (const option of ['site-url', 'path', 'clinic', 'pretty', 'out'] as const) {
        if (values[option] !== undefined)
          throw new UsageError(`--${option} is not for \`validate\``)
      }
      if (rest.length === 0) throw new UsageError('Missing files or folders to validate')
      const options = validateCliOptions({
        json: values.json,
        strict: values.strict,
        format: values.format,
        ignore: values.ignore,
        maxFindings: values['max-findings'],
        jobs: values.jobs,
      })
      return await validateFiles(rest, options, io)
    }
    if (command !== 'jsonld' && command !== 'page' && command !== 'build') {
      throw new UsageError(
        command === undefined ? 'Missing command' : `Unknown command \`${command}\``,
      )
    }
    if (values.json || values.strict) throw new UsageError('--json and --strict are for `validate`')
    for (const option of ['format', 'ignore', 'max-findings', 'jobs'] as const) {
      if (values[option] !== undefined) throw new UsageError(`--${option} is for \`validate\``)
    }
    if (rest.length > 0) throw new UsageError(`Unexpected argument \`${rest[0]}\``)
    if (values['site-url'] === undefined) throw new UsageError('Missing --site-url <url>')
    if (values.pretty && command !== 'jsonld') throw new UsageError('--pretty is for `jsonld`')
    if (values.quiet && command !== 'build') throw new UsageError('--quiet is for `build`')

    const clinicFile =
      values.clinic === undefined ? undefined : await readClinicFile(values.clinic, io.cwd)
    const options = {
      siteUrl: values['site-url'],
      ...(values.path === undefined ? {} : {path: values.path}),
      ...(clinicFile === undefined ? {} : {clinic: clinicFile.clinic}),
    }
    try {
      if (command === 'build') return await build(options, values.out, values.quiet === true, io)
      const output =
        command === 'jsonld'
          ? `${serializeJsonLd(buildJsonLd(options), values.pretty ? 2 : undefined)}\n`
          : await renderPage(options)
      if (values.out === undefined) io.stdout(output)
      else {
        await writeAtomically(path.resolve(io.cwd, values.out), output)
        io.stderr(`Wrote ${values.out}\n`)
      }
      return 0
    } catch (error) {
      throw clinicFile === undefined ? error : clinicFile.place(error)
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof ValidateFlagError) {
      io.stderr(`sciatica-content: ${error.message}\n\n${USAGE}`)
      return 2
    }
    // Everything the commands call throws Error objects.
    io.stderr(`sciatica-content: ${(error as Error).message}\n`)
    return 1
  }
}
