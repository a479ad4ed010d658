/** `sciatica-content validate` on input as it comes from the web and from projects. */
import {mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Worker} from 'node:worker_threads'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {runCli} from '../src/cli/run.js'
import {DocumentCheck} from '../src/validate/check.js'

const directories: string[] = []

afterEach(async () => {
  vi.restoreAllMocks()
  await Promise.all(directories.splice(0).map((directory) => rm(directory, {recursive: true})))
})

/** A temporary folder with these files (paths with folders allowed). */
async function project(files: Record<string, string | Uint8Array>): Promise<string> {
  const directory = await mkdtemp(path.join(tmpdir(), 'sciatica-validate-'))
  directories.push(directory)
  for (const [name, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(directory, name)), {recursive: true})
    await writeFile(path.join(directory, name), content)
  }
  return directory
}

async function run(argv: string[], cwd: string) {
  let stdout = ''
  let stderr = ''
  const status = await runCli(argv, {
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    cwd,
  })
  return {status, stdout, stderr}
}

const thing = (extra: object = {}) =>
  JSON.stringify({'@context': 'https://schema.org', '@type': 'Thing', name: 'x', ...extra})
const page = (json: string, head = '') =>
  `<!doctype html>\n<html><head>${head}\n<script type="application/ld+json">${json}</script></head></html>\n`

describe('validate DIR in a project', () => {
  it('skips node_modules, hidden folders and .json files that are not JSON-LD, and says so', async () => {
    const cwd = await project({
      'site/index.html': page(thing()),
      'site/data.json': thing(),
      'package.json': '{"name": "x", "devDependencies": {"@types/node": "20"}}',
      'tsconfig.json': '{\n  // comments\n  "compilerOptions": {}\n}',
      'node_modules/a/package.json': '{"name": "a"}',
      'node_modules/a/schema.jsonld': '{"bad": ',
      '.git/x.html': '<p>',
      '.cache/y.jsonld': '{',
    })
    const result = await run(['validate', '.'], cwd)
    expect(result.stdout.split('\n').filter((line) => !line.startsWith(' '))).toEqual([
      'site/data.json',
      'site/index.html',
      '2 files: 0 errors, 0 warnings, 2 skipped (.json, not JSON-LD) — ok',
      '',
    ])
    expect(result.status).toBe(0)
    // A .json file named on the command line is checked whatever it holds.
    const named = await run(['validate', 'package.json'], cwd)
    expect(named.stdout).toContain('error   @context  Missing @context')
    const json = JSON.parse((await run(['validate', '--json', '.'], cwd)).stdout)
    expect(json.skipped).toEqual(['package.json', 'tsconfig.json'])
  })
})

describe('validate: encodings', () => {
  const latin1 = (text: string) => Uint8Array.from(text, (character) => character.charCodeAt(0))
  const cafe = thing({name: 'Caf\u00e9'})

  it.each([
    ['<meta charset="windows-1252">', 'a meta charset'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', 'http-equiv'],
  ])('reads a Latin-1 page that declares its encoding with %s (%s)', async (head) => {
    const cwd = await project({'a.html': latin1(page(cafe, head))})
    const result = await run(['validate', '--ignore', 'google-recommended', 'a.html'], cwd)
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('1 file: 0 errors, 0 warnings — ok')
  })

  it('reads UTF-8 with a byte order mark, UTF-16 with one, and undeclared UTF-8', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page(cafe), 'utf16le')])
    const cwd = await project({
      'bom.json': `\uFEFF${cafe}`,
      'bom.html': `\uFEFF${page(cafe)}`,
      'utf16.html': utf16,
      'plain.html': page(cafe),
    })
    const result = await run(['validate', '.'], cwd)
    expect(result.stdout).toMatch(/\n4 files: 0 errors, 0 warnings — ok\n$/)
  })

  it('refuses an encoding TextDecoder does not read, naming it', async () => {
    // WHATWG maps ISO-2022-KR to the “replacement” encoding, which no TextDecoder reads.
    const cwd = await project({'a.html': page(cafe, '<meta charset="iso-2022-kr">')})
    const result = await run(['validate', 'a.html'], cwd)
    expect(result.stdout).toContain(
      "a.html\n  error   cannot read: the page's encoding replacement is not one a TextDecoder reads\n",
    )
    expect(result.status).toBe(1)
  })
})

describe('validate: where each finding is', () => {
  it('gives the line and column of each script and of a JSON syntax error', async () => {
    const cwd = await project({
      'a.html': `<!doctype html>\n<title>t</title>\n    <script type="application/ld+json">${thing({colour: 'x'})}</script>\n<script type="application/ld+json">\n{"@context": "https://schema.org",\n  "name" "x"}</script>`,
      'b.json': '{\n  "@context": "https://schema.org",\n  "@type": "Thing",\n}',
    })
    const result = await run(['validate', 'a.html', 'b.json'], cwd)
    expect(result.stdout).toContain(
      '  error   3:5 colour  colour is not a schema.org property; did you mean `color`?  unknown-property [Thing]\n',
    )
    expect(result.stdout).toContain(
      '  error   6:10 (root)  The JSON does not parse: Unexpected string  json-parse\n',
    )
    expect(result.stdout).toContain(
      'b.json\n  error   4:1 (root)  The JSON does not parse: Expected double-quoted property name  json-parse\n',
    )
  })
})

describe('validate: options', () => {
  const noisy = thing({colour: 'x', flavour: 'y', size: 'z', datePublished: 'soon'})

  it('leaves out the rules given to --ignore (repeatable)', async () => {
    const cwd = await project({'a.jsonld': noisy})
    const result = await run(
      ['validate', '--ignore', 'unknown-property', '--ignore', 'domain', 'a.jsonld'],
      cwd,
    )
    expect(result.stdout).toBe(
      [
        'a.jsonld',
        '  warning datePublished  datePublished has "soon"; expected Date (such as 2024-05-01) or DateTime (such as 2024-05-01T09:30:00+01:00)  invalid-value [Thing]',
        '  note    size  size is pending (https://pending.schema.org)  pending-property [Thing]',
        '  node    Thing: no Google rich result for this type',
        '1 file: 0 errors, 1 warning — ok',
        '',
      ].join('\n'),
    )
  })

  it('caps the findings a file with --max-findings, with a line for the rest; 0 shows all', async () => {
    const cwd = await project({'a.jsonld': noisy})
    const capped = await run(['validate', '--max-findings', '1', 'a.jsonld'], cwd)
    expect(capped.stdout).toContain(
      '  ...     5 more findings not shown (4 errors, 1 warnings, 1 notes in all)\n',
    )
    expect(capped.stdout).toMatch(/\n1 file: 4 errors, 1 warning\n$/)
    const all = await run(['validate', '--max-findings', '0', 'a.jsonld'], cwd)
    expect(all.stdout).not.toContain('more findings')
    expect(all.stdout.split('\n').filter((line) => line.startsWith('  error'))).toHaveLength(4)
  })

  it('prints SARIF 2.1.0 for code scanning', async () => {
    const cwd = await project({
      'site/a b.html': page(thing({colour: 'x'})),
      'site/c.jsonld': '{',
      'site/d.jsonld': thing({codeValue: 'x'}),
    })
    const result = await run(['validate', '--format', 'sarif', 'site', 'missing.json'], cwd)
    expect(result.status).toBe(1)
    const log = JSON.parse(result.stdout)
    expect(log.version).toBe('2.1.0')
    const [sarifRun] = log.runs
    expect(sarifRun.tool.driver).toMatchObject({
      name: 'sciatica-content validate',
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      rules: [
        {id: 'domain'},
        {id: 'json-parse'},
        {id: 'pending-property'},
        {id: 'unknown-property'},
        {id: 'unreadable'},
      ],
    })
    expect(sarifRun.results[0]).toEqual({
      ruleId: 'unknown-property',
      level: 'error',
      message: {text: 'colour is not a schema.org property; did you mean `color`? (at colour)'},
      locations: [
        {
          physicalLocation: {
            artifactLocation: {uri: 'site/a%20b.html'},
            region: {startLine: 3, startColumn: 1},
          },
          logicalLocations: [{fullyQualifiedName: 'colour', kind: 'member'}],
        },
      ],
    })
    expect(
      sarifRun.results.map(
        (item: {ruleId: string; level: string}) => `${item.ruleId} ${item.level}`,
      ),
    ).toEqual([
      'unknown-property error',
      'json-parse error',
      'domain error',
      'pending-property note',
      'unreadable error',
    ])
    expect(sarifRun.results[1].locations[0]).toEqual({
      physicalLocation: {
        artifactLocation: {uri: 'site/c.jsonld'},
        region: {startLine: 1, startColumn: 2},
      },
    })
    expect(sarifRun.results.at(-1)).toMatchObject({
      ruleId: 'unreadable',
      locations: [{physicalLocation: {artifactLocation: {uri: 'missing.json'}}}],
    })
    // Notes are results of level note.
    const notes = JSON.parse(
      (await run(['validate', '--format', 'sarif', '--ignore', 'domain', 'site/d.jsonld'], cwd))
        .stdout,
    )
    expect(notes.runs[0].results).toMatchObject([{ruleId: 'pending-property', level: 'note'}])
  })

  it.each([
    [['--format', 'xml'], '--format takes text, json or sarif, not `xml`'],
    [['--json', '--format', 'sarif'], '--json is --format json: give one of them'],
    [['--max-findings', 'ten'], '--max-findings takes a whole number from 0, not `ten`'],
    [['--jobs', '0'], '--jobs takes a whole number from 1, not `0`'],
  ])('exits 2 on %j', async (flags, message) => {
    const cwd = await project({})
    const result = await run(['validate', ...flags, 'a.json'], cwd)
    expect(result.status).toBe(2)
    expect(result.stderr).toMatch(new RegExp(`^sciatica-content: ${escapeRegExp(message)}\\n`))
  })

  it('refuses the validate flags on other commands', async () => {
    const cwd = await project({})
    for (const flags of [
      ['--format', 'json'],
      ['--ignore', 'x'],
      ['--jobs', '2'],
    ]) {
      const result = await run(['jsonld', '--site-url', 'https://e.com', ...flags], cwd)
      expect(result.status).toBe(2)
      expect(result.stderr).toContain(`${flags[0]} is for \`validate\``)
    }
  })

  it('accepts --json and --format json together', async () => {
    const cwd = await project({'a.json': thing()})
    const result = await run(['validate', '--json', '--format', 'json', 'a.json'], cwd)
    expect(JSON.parse(result.stdout).summary).toEqual({
      files: 1,
      unreadable: 0,
      errors: 0,
      warnings: 0,
    })
  })
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

describe('validate: one file’s failure never costs another file’s report', () => {
  it('reports a validator bug on its file and checks the next', async () => {
    const cwd = await project({'a.json': thing({name: 'boom'}), 'b.json': thing({colour: 'x'})})
    const original = DocumentCheck.prototype.run
    vi.spyOn(DocumentCheck.prototype, 'run').mockImplementation(function (
      this: DocumentCheck,
      value,
    ) {
      if ((value as {name?: string}).name === 'boom') throw new TypeError('a bug')
      original.call(this, value)
    })
    const result = await run(['validate', 'a.json', 'b.json'], cwd)
    expect(result.stdout).toContain('a.json\n  error   cannot check: a bug\n')
    expect(result.stdout).toContain('b.json\n  error   colour')
    expect(result.stdout).toMatch(/\n2 files: 1 error, 0 warnings, 1 unreadable\n$/)
  })
})

describe('validate --jobs', () => {
  it('prints what one thread prints, in the same order', async () => {
    const files: Record<string, string> = {}
    for (let index = 0; index < 12; index++) {
      files[`site/${String(index).padStart(2, '0')}.html`] = page(thing(index % 3 ? {} : {c: 1}))
    }
    files['site/bad.jsonld'] = '['
    const cwd = await project(files)
    const one = await run(['validate', 'site'], cwd)
    const three = await run(['validate', '--jobs', '3', 'site'], cwd)
    expect(three).toEqual(one)
    expect(one.stdout).toMatch(/\n13 files: 5 errors, 0 warnings\n$/)
    for (const format of ['json', 'sarif']) {
      expect(await run(['validate', '--jobs', '2', '--format', format, 'site'], cwd)).toEqual(
        await run(['validate', '--format', format, 'site'], cwd),
      )
    }
    expect(one.stdout).toContain('site/bad.jsonld\n  error   1:2 (root)  The JSON does not parse')
  })

  it('reports a file whose worker dies, and goes on with a new worker', async () => {
    const cwd = await project({'a.json': thing(), 'b.json': thing(), 'c.json': thing()})
    const post = Worker.prototype.postMessage
    let calls = 0
    vi.spyOn(Worker.prototype, 'postMessage').mockImplementation(function (this: Worker, message) {
      calls++
      if (calls === 2) this.emit('error', new Error('out of memory'))
      else post.call(this, message)
    })
    const result = await run(['validate', '--jobs', '2', '.'], cwd)
    expect(result.stdout.split('\n').filter((line) => !line.startsWith('  node'))).toEqual([
      'a.json',
      'b.json',
      '  error   cannot check: out of memory',
      'c.json',
      '3 files: 0 errors, 0 warnings, 1 unreadable',
      '',
    ])
  })

  it('reports a validator error in a worker for its file', async () => {
    const cwd = await project({'a.json': thing()})
    const post = Worker.prototype.postMessage
    vi.spyOn(Worker.prototype, 'postMessage').mockImplementation(function (this: Worker, message) {
      // Options the worker's validateJsonLd cannot read: `ignore` must be iterable.
      post.call(this, {...(message as object), options: {ignore: 5}})
    })
    const result = await run(['validate', '--jobs', '2', 'a.json'], cwd)
    expect(result.stdout).toMatch(/^a\.json\n {2}error {3}cannot check: .*iterable/)
  })
})
