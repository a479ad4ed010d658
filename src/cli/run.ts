import {mkdir, readFile, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {clinicInputSchema} from '../content/schema.js'
import {formatField, SciaticaContentError} from '../errors.js'
import {buildJsonLd} from '../jsonld/json-ld.js'
import {serializeJsonLd} from '../jsonld/script.js'
import {optionsSchema, type PageOptions} from '../options.js'
import {renderPage} from '../render/page.js'
import {type BuildSiteOptions, buildSite} from '../site/build.js'
import {type DataFile, readDataFile} from './data-file.js'
import type {CliIo} from './io.js'
import {ValidateFlagError, validateCliOptions, validateFiles} from './validate.js'

export type {CliIo} from './io.js'

/**
 * The flags that set a field of the options object (`PageOptions`), by flag. A flag beats the
 * same field in `--options`; errors about the field name the flag.
 */
const optionFlags = {
  'site-url': {field: 'siteUrl', kind: 'string'},
  path: {field: 'path', kind: 'string'},
  'site-name': {field: 'siteName', kind: 'string'},
  'in-language': {field: 'inLanguage', kind: 'string'},
  title: {field: 'title', kind: 'string'},
  'home-name': {field: 'homeName', kind: 'string'},
  image: {field: 'image', kind: 'strings'},
  'date-modified': {field: 'dateModified', kind: 'string'},
  'last-reviewed': {field: 'lastReviewed', kind: 'string'},
  'article-section': {field: 'articleSection', kind: 'string'},
  'is-based-on': {field: 'isBasedOn', kind: 'string'},
  'publishing-principles': {field: 'publishingPrinciples', kind: 'string'},
  toc: {field: 'toc', kind: 'boolean'},
} as const satisfies Record<
  string,
  {field: keyof PageOptions; kind: 'string' | 'strings' | 'boolean'}
>

type OptionFlag = keyof typeof optionFlags

export const USAGE = `Usage: sciatica-content <command> [options]

Commands:
  jsonld                Print the schema.org JSON-LD graph for a host site
  page                  Write the article as a complete HTML page
  build                 Write the static site: article, a page per location, home, sitemap, robots, 404
  validate <paths...>   Check JSON-LD in .html, .json and .jsonld files (folders: all of those in them)

Options of jsonld, page and build (the API's options object; a flag beats --options):
  --site-url <url>              The host site's URL (required here or in --options)
  --options <file>              A JSON or YAML file with the options object, as the API takes it
  --clinic <file>               A JSON or YAML file with the host's clinic (the option \`clinic\`)
  --path <path>                 The article's path on the site (default: /can-physical-therapy-help-with-sciatica/)
  --site-name <name>            The site's name (default: the clinic's)
  --in-language <tag>           BCP 47 language of the page (default: en-US)
  --title <text>                The page's <title>
  --home-name <name>            The first breadcrumb's name (default: Home)
  --image <url>                 An image of the article (repeat for more)
  --date-modified <date>        When the host last changed the page (ISO 8601)
  --last-reviewed <date>        When the reviewer in --options (\`reviewedBy\`) reviewed it
  --article-section <name>      The section of the host's publication, such as Health
  --is-based-on <url>           The article's original URL
  --publishing-principles <url> The host's editorial policy
  --toc                         A table of contents
  --pretty                      jsonld: indent the JSON
  --out <path>                  jsonld, page: write to this file (and its folders) instead of standard output;
                                build: the site's folder (required)
  --quiet                       build: say nothing on standard error;
                                validate: show only files with errors, and the summary
  --stylesheet <url>            build: the pages' stylesheet instead of the theme (none: no stylesheet)
  --social-cards <pages>        build: article (default), all or none

Options of validate:
  --format <format>             text (default), json or sarif (SARIF 2.1.0, for code scanning)
  --json                        the same as --format json
  --strict                      fail on warnings too
  --ignore <rule>               leave out a rule's findings (repeat for more)
  --max-findings <n>            findings shown a document (default: 100; 0: all)
  --jobs <n>                    check files on n threads (default: 1)

  -h, --help                    Show this help
  -v, --version                 Show the version

Exit status: 0 on success, 1 on invalid input (validate: on errors), 2 on a usage error.
`

const HINT = 'Run `sciatica-content --help` for the commands and options.'

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

/** The options of `buildSite` that flags set beside the page options. */
type SiteFlags = Pick<BuildSiteOptions, 'stylesheet' | 'socialCards'>

/** The flags of `build` alone, and the `buildSite` option each sets. */
const siteFlags = {stylesheet: 'stylesheet', 'social-cards': 'socialCards'} as const

type SiteFlag = keyof typeof siteFlags

// `build`: the site. On a terminal, its progress on one line, updated as each percent is done;
// otherwise (a log, CI) only the line that says what it wrote.
async function build(
  options: PageOptions & SiteFlags,
  out: string | undefined,
  quiet: boolean,
  io: CliIo,
): Promise<number> {
  if (out === undefined) throw new UsageError('Missing --out <folder> for `build`')
  const progress = !quiet && io.interactive === true
  let shown = -1
  // The progress line, cleared before a message takes its place.
  const say = (text: string) => io.stderr(`${shown >= 0 ? '\r\u001B[K' : ''}${text}`)
  // Ctrl-C stops the build between pages; the site is then as it was, with nothing left behind.
  // Every Ctrl-C, not only the first, is heard this way: a second one must not kill the process
  // while it cleans up (a stop that the folder survives anyway, but leaves leftovers).
  const controller = new AbortController()
  const stop = () => controller.abort()
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  try {
    const result = await buildSite({
      ...options,
      outDir: out,
      cwd: io.cwd,
      signal: controller.signal,
      onProgress: (done, total) => {
        const percent = Math.floor((done * 100) / total)
        if (!progress || percent === shown) return
        shown = percent
        io.stderr(`\rBuilding ${out}: ${done} of ${total} pages (${percent}%)`)
      },
    })
    if (!quiet) say(`Wrote ${result.files.length} files to ${out}\n`)
    return 0
  } catch (error) {
    if (!controller.signal.aborted) throw error
    say(`sciatica-content: stopped; ${out} is as it was\n`)
    return 130
  } finally {
    process.off('SIGINT', stop)
    process.off('SIGTERM', stop)
  }
}

// The package's version, from its package.json: one folder up from `dist/cli.js`, two from
// `src/cli/run.ts`.
async function version(): Promise<string> {
  const here = path.dirname(fileURLToPath(import.meta.url))
  const text = await readFile(path.join(here, '../package.json'), 'utf8').catch(() =>
    readFile(path.join(here, '../../package.json'), 'utf8'),
  )
  return (JSON.parse(text) as {version: string}).version
}

/**
 * An option error about a field a flag set, told in the flag's terms: `Invalid --site-url:
 * expected …`; any other error as it is.
 */
function inFlagTerms(error: unknown, flags: readonly (OptionFlag | SiteFlag)[]): unknown {
  if (!(error instanceof SciaticaContentError) || error.path === undefined) return error
  const [field] = error.path
  const flag = flags.find(
    (name) =>
      (name in siteFlags ? siteFlags[name as SiteFlag] : optionFlags[name as OptionFlag].field) ===
      field,
  )
  if (flag === undefined) return error
  // `--image` takes a list: name the item (`--image [1]`).
  const item = error.path.length > 1 ? ` ${formatField(error.path.slice(1))}` : ''
  return new Error(
    `Invalid --${flag}${item}: expected ${error.expected}, received ${error.received}`,
  )
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
    const {values, positionals, tokens} = (() => {
      try {
        return parseArgs({
          args: [...argv],
          allowPositionals: true,
          tokens: true,
          options: {
            ...Object.fromEntries(
              Object.entries(optionFlags).map(([flag, {kind}]) => [
                flag,
                kind === 'boolean'
                  ? {type: 'boolean' as const}
                  : {type: 'string' as const, multiple: kind === 'strings'},
              ]),
            ),
            options: {type: 'string'},
            clinic: {type: 'string'},
            pretty: {type: 'boolean'},
            out: {type: 'string'},
            quiet: {type: 'boolean'},
            stylesheet: {type: 'string'},
            'social-cards': {type: 'string'},
            json: {type: 'boolean'},
            strict: {type: 'boolean'},
            format: {type: 'string'},
            ignore: {type: 'string', multiple: true},
            'max-findings': {type: 'string'},
            jobs: {type: 'string'},
            help: {type: 'boolean', short: 'h'},
            version: {type: 'boolean', short: 'v'},
          },
        })
      } catch (error) {
        throw new UsageError((error as Error).message)
      }
    })()
    // A flag given twice is a mistake, but for those that take a list.
    const seen = new Set<string>()
    for (const token of tokens) {
      if (token.kind !== 'option') continue
      const name: string = token.name
      if (seen.has(name) && name !== 'image' && name !== 'ignore') {
        throw new UsageError(`${token.rawName} is given twice: give it once`)
      }
      seen.add(name)
    }
    const flag = (name: string) => (values as Record<string, unknown>)[name]

    const [command, ...rest] = positionals
    if (values.help) {
      io.stdout(USAGE)
      return 0
    }
    if (values.version) {
      io.stdout(`${await version()}\n`)
      return 0
    }
    if (command === 'validate') {
      for (const name of [...Object.keys(optionFlags), 'options', 'clinic', 'pretty', 'out']) {
        if (flag(name) !== undefined) throw new UsageError(`--${name} is not for \`validate\``)
      }
      if (rest.length === 0) throw new UsageError('Missing files or folders to validate')
      const options = validateCliOptions({
        json: values.json,
        strict: values.strict,
        format: values.format,
        ignore: values.ignore,
        maxFindings: values['max-findings'],
        jobs: values.jobs,
        quiet: values.quiet,
      })
      return await validateFiles(rest, options, io)
    }
    if (command !== 'jsonld' && command !== 'page' && command !== 'build') {
      throw new UsageError(
        command === undefined ? 'Missing command' : `Unknown command \`${command}\``,
      )
    }
    for (const name of ['json', 'strict', 'format', 'ignore', 'max-findings', 'jobs']) {
      if (flag(name) !== undefined) throw new UsageError(`--${name} is for \`validate\``)
    }
    if (rest.length > 0) throw new UsageError(`Unexpected argument \`${rest[0]}\``)
    if (values.pretty && command !== 'jsonld') throw new UsageError('--pretty is for `jsonld`')
    for (const name of ['stylesheet', 'social-cards']) {
      if (flag(name) !== undefined && command !== 'build') {
        throw new UsageError(`--${name} is for \`build\``)
      }
    }
    if (values.quiet && command !== 'build') {
      throw new UsageError('--quiet is for `build` and `validate`')
    }

    const files: DataFile[] = []
    // Each file is checked whole: every problem of it at once.
    const clinic = {schema: clinicInputSchema, prefix: ['clinic']}
    const optionsFile =
      values.options === undefined
        ? undefined
        : await readDataFile(
            values.options,
            io.cwd,
            'options',
            [],
            [{schema: optionsSchema, prefix: []}, clinic],
          )
    const clinicFile =
      values.clinic === undefined
        ? undefined
        : await readDataFile(values.clinic, io.cwd, 'clinic', ['clinic'], [clinic])
    if (optionsFile !== undefined) files.push(optionsFile)
    if (clinicFile !== undefined) files.push(clinicFile)
    const fromFile = optionsFile?.value
    const given = (Object.keys(optionFlags) as OptionFlag[]).filter(
      (name) => flag(name) !== undefined,
    )
    const options = {
      ...(fromFile as object | undefined),
      ...(clinicFile === undefined ? {} : {clinic: clinicFile.value}),
      ...Object.fromEntries(given.map((name) => [optionFlags[name].field, flag(name)])),
    } as PageOptions
    if (options.siteUrl === undefined) {
      throw new UsageError('Missing --site-url <url> (or `siteUrl` in --options)')
    }
    try {
      if (command === 'build') {
        const site: SiteFlags = {
          ...(values.stylesheet === undefined
            ? {}
            : {stylesheet: values.stylesheet === 'none' ? false : values.stylesheet}),
          ...(values['social-cards'] === undefined
            ? {}
            : {socialCards: values['social-cards'] as SiteFlags['socialCards']}),
        }
        // A site flag's error names the flag, as the page options' flags do.
        const siteGiven = (Object.keys(siteFlags) as SiteFlag[]).filter(
          (name) => flag(name) !== undefined,
        )
        return await build({...options, ...site}, values.out, values.quiet === true, io).catch(
          (error: unknown) => {
            throw inFlagTerms(error, siteGiven)
          },
        )
      }
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
      // The clinic file is the more precise place for a clinic's field; flags before files.
      const flagged = inFlagTerms(error, given)
      if (flagged !== error) throw flagged
      for (const file of [...files].reverse()) {
        const placed = file.place(error)
        if (placed !== error) throw placed
      }
      throw error
    }
  } catch (error) {
    if (error instanceof UsageError || error instanceof ValidateFlagError) {
      io.stderr(`sciatica-content: ${error.message}\n${HINT}\n`)
      return 2
    }
    // Everything the commands call throws Error objects.
    io.stderr(`sciatica-content: ${(error as Error).message}\n`)
    return 1
  }
}
