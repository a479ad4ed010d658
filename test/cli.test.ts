import {existsSync} from 'node:fs'
import {mkdir, readdir, readFile, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli, USAGE} from '../src/cli/run.js'
import type {PageOptions} from '../src/index.js'
import {buildJsonLd} from '../src/index.js'
import {renderPage} from '../src/render.js'
import {validateJsonLd} from '../src/validate.js'
import {temporaryDirectory} from './helpers/files.js'
import {hostClinic} from './helpers/fixtures.js'

async function run(argv: string[], cwd = process.cwd(), interactive = false) {
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
    interactive,
  })
  return {status, stdout, stderr}
}

describe('sciatica-content CLI', () => {
  it('prints help', async () => {
    expect(await run(['--help'])).toEqual({status: 0, stdout: USAGE, stderr: ''})
    expect((await run(['jsonld', '-h'])).stdout).toBe(USAGE)
  })

  it('prints the JSON-LD graph', async () => {
    const result = await run([
      'jsonld',
      '--site-url',
      'https://example.com',
      '--path',
      '/sciatica/',
    ])
    expect(result.status).toBe(0)
    expect(result.stderr).toBe('')
    expect(result.stdout).toBe(
      `${JSON.stringify(buildJsonLd({siteUrl: 'https://example.com', path: '/sciatica/'}))}\n`,
    )
    expect((await run(['jsonld', '--site-url', 'https://example.com', '--pretty'])).stdout).toBe(
      `${JSON.stringify(buildJsonLd({siteUrl: 'https://example.com'}), null, 2)}\n`,
    )
  })

  it('reads a host clinic from a JSON file', async () => {
    const directory = await temporaryDirectory()
    await writeFile(path.join(directory, 'clinic.json'), JSON.stringify(hostClinic))
    const result = await run(
      ['jsonld', '--site-url', 'https://clinic.example', '--clinic', 'clinic.json'],
      directory,
    )
    expect(result.status).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual(
      buildJsonLd({siteUrl: 'https://clinic.example', clinic: hostClinic}),
    )
  })

  it('writes the JSON-LD to a file', async () => {
    const directory = await temporaryDirectory()
    const result = await run(
      ['jsonld', '--site-url', 'https://example.com', '--out', 'graph.jsonld'],
      directory,
    )
    expect(result).toEqual({status: 0, stdout: '', stderr: 'Wrote graph.jsonld\n'})
    expect(JSON.parse(await readFile(path.join(directory, 'graph.jsonld'), 'utf8'))).toEqual(
      buildJsonLd({siteUrl: 'https://example.com'}),
    )
  })

  it('writes a page to standard output or, atomically, to a file', async () => {
    const expected = await renderPage({siteUrl: 'https://example.com'})
    expect((await run(['page', '--site-url', 'https://example.com'])).stdout).toBe(expected)

    const directory = await temporaryDirectory()
    const result = await run(
      ['page', '--site-url', 'https://example.com', '--out', 'site/a/index.html'],
      directory,
    )
    expect(result).toEqual({status: 0, stdout: '', stderr: 'Wrote site/a/index.html\n'})
    expect(await readFile(path.join(directory, 'site/a/index.html'), 'utf8')).toBe(expected)
    expect(await readdir(path.join(directory, 'site/a'))).toEqual(['index.html'])
  })

  it('leaves no file behind when the page cannot be written', async () => {
    const directory = await temporaryDirectory()
    await writeFile(path.join(directory, 'taken'), 'previous')
    await mkdir(path.join(directory, 'folder'))
    // A folder where the file should go: the temporary file is written, the rename fails.
    const intoFolder = await run(
      ['page', '--site-url', 'https://example.com', '--out', 'folder'],
      directory,
    )
    expect(intoFolder.status).toBe(1)
    expect(intoFolder.stderr).toMatch(/^sciatica-content: EISDIR/)
    // A file where a folder should go.
    const underFile = await run(
      ['page', '--site-url', 'https://example.com', '--out', 'taken/a.html'],
      directory,
    )
    expect(underFile.status).toBe(1)
    expect((await readdir(directory)).sort()).toEqual(['folder', 'taken'])
    expect(await readdir(path.join(directory, 'folder'))).toEqual([])
    expect(await readFile(path.join(directory, 'taken'), 'utf8')).toBe('previous')
  })

  it('validates files and folders: readable report, summary, exit status', async () => {
    const directory = await temporaryDirectory()
    await mkdir(path.join(directory, 'site/deep'), {recursive: true})
    await writeFile(
      path.join(directory, 'site/index.html'),
      await renderPage({siteUrl: 'https://example.com'}),
    )
    await writeFile(
      path.join(directory, 'site/deep/graph.jsonld'),
      JSON.stringify(buildJsonLd({siteUrl: 'https://example.com'})),
    )
    await writeFile(path.join(directory, 'site/notes.txt'), 'not checked')
    const ok = await run(['validate', 'site'], directory)
    expect(ok.status).toBe(0)
    expect(ok.stderr).toBe('')
    expect(ok.stdout.split('\n').filter((line) => !line.startsWith(' '))).toEqual([
      path.join('site', 'deep', 'graph.jsonld'),
      path.join('site', 'index.html'),
      `2 files: 0 errors, ${2 * validateJsonLd(buildJsonLd({siteUrl: 'https://example.com'})).warnings.length} warnings — ok`,
      '',
    ])
    expect((await run(['validate', '--strict', 'site'], directory)).status).toBe(1)
  })

  it('validates broken and unreadable files, checking the rest', async () => {
    const directory = await temporaryDirectory()
    await writeFile(
      path.join(directory, 'bad.json'),
      '{"@context": "https://schema.org", "@type": "MedicalClinic", "name": "X", "branchOf": {"@id": "#x"}}',
    )
    await writeFile(
      path.join(directory, 'latin1.html'),
      Buffer.from([0x3c, 0x70, 0x3e, 0xe9, 0x3c, 0x2f, 0x70, 0x3e]),
    )
    const result = await run(['validate', 'bad.json', 'latin1.html', 'missing.jsonld'], directory)
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(
      'bad.json\n  error   branchOf  branchOf is superseded by parentOrganization  superseded-property [MedicalClinic]\n',
    )
    expect(result.stdout).toContain('latin1.html\n  error   cannot read: not UTF-8 text\n')
    expect(result.stdout).toContain('missing.jsonld\n  error   cannot read: ENOENT')
    expect(result.stdout).toMatch(/\n3 files: 3 errors, \d+ warnings, 2 unreadable\n$/)

    const json = await run(['validate', '--json', 'bad.json', 'missing.jsonld'], directory)
    expect(json.status).toBe(1)
    const parsed = JSON.parse(json.stdout)
    expect(parsed.summary).toEqual({
      files: 2,
      unreadable: 1,
      errors: 3,
      warnings: parsed.results[0].report.warnings.length,
    })
    expect(parsed.summary.warnings).toBeGreaterThan(0)
    expect(parsed.results[0]).toMatchObject({
      file: 'bad.json',
      report: {valid: false, documents: 1},
    })
    expect(parsed.results[1]).toMatchObject({
      file: 'missing.jsonld',
      error: expect.stringMatching(/^cannot read: ENOENT/),
    })
  })

  it('follows links in folders, and refuses a folder with nothing to check', async () => {
    const directory = await temporaryDirectory()
    await mkdir(path.join(directory, 'site'))
    await mkdir(path.join(directory, 'empty'))
    await writeFile(
      path.join(directory, 'real.json'),
      '{"@context": "https://schema.org", "@type": "Thing", "colour": "red"}',
    )
    await symlink(path.join(directory, 'real.json'), path.join(directory, 'site', 'linked.json'))
    await symlink(path.join(directory, 'gone.json'), path.join(directory, 'site', 'broken.json'))
    const result = await run(['validate', 'site'], directory)
    expect(result.status).toBe(1)
    expect(result.stdout).toContain(
      `${path.join('site', 'broken.json')}\n  error   cannot read: ENOENT`,
    )
    expect(result.stdout).toContain(
      `${path.join('site', 'linked.json')}\n  error   colour  colour is not a schema.org property`,
    )

    expect(await run(['validate', 'empty'], directory)).toEqual({
      status: 1,
      stdout: '',
      stderr: 'sciatica-content: no .html, .htm, .json or .jsonld files to validate\n',
    })
  })

  it('builds a site with the host’s stylesheet, or none, and a card for every page', async () => {
    const directory = await temporaryDirectory()
    const flags = ['build', '--site-url', 'https://example.com', '--out', 'site', '--quiet']
    expect(
      await run([...flags, '--stylesheet', '/css/site.css', '--social-cards', 'all'], directory),
    ).toEqual({status: 0, stdout: '', stderr: ''})
    const page = await readFile(path.join(directory, 'site', 'index.html'), 'utf8')
    expect(page).toContain('<link rel="stylesheet" href="/css/site.css">')
    expect(
      existsSync(path.join(directory, 'site', 'locations', 'marietta', 'social-card.png')),
    ).toBe(true)
    await run([...flags, '--stylesheet', 'none'], directory)
    expect(await readFile(path.join(directory, 'site', 'index.html'), 'utf8')).not.toContain(
      'rel="stylesheet"',
    )
    for (const [name, value, expected] of [
      ['--social-cards', 'some', '"article", "all" or "none"'],
      ['--stylesheet', 'site.css', 'false, an absolute http(s) URL'],
    ] as const) {
      const result = await run([...flags, name, value], directory)
      expect(result.status).toBe(1)
      expect(result.stderr).toContain(`Invalid ${name}: expected ${expected}`)
    }
    // An options file's site option keeps its own name.
    await writeFile(path.join(directory, 'options.json'), '{"socialCards": "some"}')
    const fromFile = await run([...flags, '--options', 'options.json'], directory)
    expect(fromFile.stderr).toContain('Invalid `socialCards`')
  })

  it('builds a site, quietly or with progress', async () => {
    const directory = await temporaryDirectory()
    const result = await run(
      ['build', '--site-url', 'https://example.com', '--out', 'site'],
      directory,
    )
    expect(result).toEqual({status: 0, stdout: '', stderr: 'Wrote 19 files to site\n'})
    expect(
      await run(
        ['build', '--site-url', 'https://example.com', '--out', 'site', '--quiet'],
        directory,
      ),
    ).toEqual({status: 0, stdout: '', stderr: ''})
    expect((await run(['validate', 'site'], directory)).status).toBe(0)

    const locations = Array.from({length: 1000}, (_, index) => ({
      id: `l${index}`,
      address: {addressLocality: 'Atlanta', addressCountry: 'US'},
    }))
    await writeFile(
      path.join(directory, 'big.json'),
      JSON.stringify({name: 'Big', telephone: '404-555-0100', locations}),
    )
    const big = await run(
      ['build', '--site-url', 'https://example.com', '--out', 'big', '--clinic', 'big.json'],
      directory,
    )
    // Not a terminal (a log, CI): one line, whatever the size of the site.
    expect(big.stderr).toBe('Wrote 2017 files to big\n')
    // A terminal: one line, updated as each percent is done, then what was written.
    const shown = await run(
      ['build', '--site-url', 'https://example.com', '--out', 'big', '--clinic', 'big.json'],
      directory,
      true,
    )
    const updates = shown.stderr.split('\r').slice(1)
    expect(updates).toHaveLength(102)
    expect(updates[0]).toBe('Building big: 1 of 1005 pages (0%)')
    expect(updates[100]).toBe('Building big: 1005 of 1005 pages (100%)')
    expect(updates[101]).toBe('\u001B[KWrote 2017 files to big\n')
    expect(
      (
        await run(
          ['build', '--site-url', 'https://example.com', '--out', 'big', '--quiet'],
          directory,
          true,
        )
      ).stderr,
    ).toBe('')
  })

  it('validate --quiet: only files with errors, and the summary', async () => {
    const directory = await temporaryDirectory()
    await writeFile(
      path.join(directory, 'a.json'),
      '{"@context": "https://schema.org", "@type": "Thing"}',
    )
    await writeFile(
      path.join(directory, 'b.json'),
      '{"@context": "https://schema.org", "@type": "Thng"}',
    )
    const quiet = await run(['validate', '--quiet', 'a.json'], directory)
    expect(quiet).toEqual({status: 0, stdout: '1 file: 0 errors, 0 warnings — ok\n', stderr: ''})
    const failing = await run(
      ['validate', '--quiet', 'a.json', 'b.json', 'missing.json'],
      directory,
    )
    expect(failing.stdout).not.toContain('a.json')
    expect(failing.stdout).toMatch(/^b\.json\n {2}error /)
    expect(failing.stdout).toContain('missing.json\n  error ')
    const jobs = await run(['validate', '--quiet', '--jobs', '2', 'a.json', 'b.json'], directory)
    expect(jobs.stdout).toMatch(/^b\.json\n {2}error [\s\S]*\n2 files: 1 error/)
  })

  it('stops a build on SIGINT, leaving nothing behind (exit 130)', async () => {
    const directory = await temporaryDirectory()
    const building = run(['build', '--site-url', 'https://example.com', '--out', 'site'], directory)
    process.emit('SIGINT')
    expect(await building).toEqual({
      status: 130,
      stdout: '',
      stderr: 'sciatica-content: stopped; site is as it was\n',
    })
    expect(await readdir(directory)).toEqual([])
    expect(process.listenerCount('SIGINT')).toBe(0)
  })

  it('names the line of a bad value in a clinic file', async () => {
    const directory = await temporaryDirectory()
    const buildWith = async (name: string, text: string, siteUrl = 'https://example.com') => {
      await writeFile(path.join(directory, name), text)
      const result = await run(
        ['build', '--site-url', siteUrl, '--out', 'site', '--clinic', name],
        directory,
      )
      expect(result.status).toBe(1)
      return result.stderr
    }
    expect(
      await buildWith(
        'clinic.yaml',
        'name: Example Spine\ntelephone: 404-555-0100\nlocations:\n  - address:\n      addressLocality: Atlanta\n      addressCountry: USA\n',
      ),
    ).toBe(
      'sciatica-content: clinic.yaml:6:23: Invalid `clinic.locations[0].address.addressCountry`: expected an ISO 3166-1 alpha-2 country code such as "US", received "USA"\n',
    )
    expect(await buildWith('clinic.yaml', 'name: Example Spine\nlocations: []\n')).toBe(
      'sciatica-content: clinic.yaml: the clinic file has 2 problems:\n' +
        '  clinic.yaml:1:1: Invalid `clinic.telephone`: expected a value (the field is required), received nothing\n' +
        '  clinic.yaml:2:12: Invalid `clinic.locations`: expected at least one location, received an array\n',
    )
    expect(await buildWith('comma.json', '{"name": "x",\n "telephone": 5,}')).toBe(
      'sciatica-content: comma.json:2:17: the clinic file is not valid JSON: Expected double-quoted property name in JSON\n',
    )
    // An error that is not the clinic's is said as it is; an empty file has no line to name.
    const ok =
      'name: Example Spine\ntelephone: 404-555-0100\nlocations: [{address: {addressLocality: A, addressCountry: US}}]\n'
    expect(await buildWith('ok.yaml', ok, 'ftp://example.com')).toBe(
      'sciatica-content: Invalid --site-url: expected an absolute http(s) URL, received "ftp://example.com"\n',
    )
    expect(await buildWith('empty.yaml', '')).toBe(
      'sciatica-content: empty.yaml: Invalid `clinic`: expected an object, received null\n',
    )
    expect(await buildWith('clinic.yaml', 'name: [Example\n')).toMatch(
      /^sciatica-content: clinic\.yaml:2:1: the clinic file is not valid YAML: /,
    )
    expect(existsSync(path.join(directory, 'site'))).toBe(false)
  })

  it('validates one clean file', async () => {
    const directory = await temporaryDirectory()
    await writeFile(
      path.join(directory, 'a.json'),
      '{"@context": "https://schema.org", "@type": "Thing", "name": "x"}',
    )
    expect(await run(['validate', 'a.json'], directory)).toEqual({
      status: 0,
      stdout:
        'a.json\n  node    Thing: no Google rich result for this type\n1 file: 0 errors, 0 warnings — ok\n',
      stderr: '',
    })
  })

  it.each([
    [['validate'], 'Missing files or folders to validate'],
    [['build', '--site-url', 'https://example.com'], 'Missing --out <folder> for `build`'],
    [['page', '--site-url', 'https://example.com', '--quiet'], '--quiet is for `build`'],
    [
      ['page', '--site-url', 'https://example.com', '--stylesheet', 'none'],
      '--stylesheet is for `build`',
    ],
    [
      ['jsonld', '--site-url', 'https://example.com', '--social-cards', 'all'],
      '--social-cards is for `build`',
    ],
    [
      ['validate', 'a.json', '--site-url', 'https://example.com'],
      '--site-url is not for `validate`',
    ],
    [['jsonld', '--site-url', 'https://example.com', '--strict'], '--strict is for `validate`'],
    [[], 'Missing command'],
    [['serve'], 'Unknown command `serve`'],
    [['jsonld'], 'Missing --site-url <url> (or `siteUrl` in --options)'],
    [
      ['jsonld', '--site-url', 'https://a.example', '--site-url', 'https://b.example'],
      '--site-url is given twice: give it once',
    ],
    [['validate', 'a.json', '--toc'], '--toc is not for `validate`'],
    [['jsonld', '--site-url', 'https://example.com', '--jobs', '2'], '--jobs is for `validate`'],
    [['jsonld', 'extra', '--site-url', 'https://example.com'], 'Unexpected argument `extra`'],
    [['jsonld', '--site-url'], "Option '--site-url <value>' argument missing"],
    [['jsonld', '--color'], "Unknown option '--color'"],
    [['page', '--site-url', 'https://example.com', '--pretty'], '--pretty is for `jsonld`'],
  ])('exits 2 with usage on %j', async (argv, message) => {
    const result = await run(argv)
    expect(result.status).toBe(2)
    expect(result.stdout).toBe('')
    // One line and a hint, not the whole help.
    expect(result.stderr).toMatch(
      new RegExp(
        `^sciatica-content: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*\nRun \`sciatica-content --help\` for the commands and options.\n$`,
      ),
    )
  })

  it.each([
    [
      ['--site-url', 'ftp://example.com'],
      'Invalid --site-url: expected an absolute http(s) URL, received "ftp://example.com"',
    ],
    [
      ['--site-url', 'https://example.com', '--clinic', 'missing.json'],
      'Cannot read clinic file missing.json: ENOENT',
    ],
    [
      ['--site-url', 'https://example.com', '--clinic', 'broken.json'],
      'broken.json: the clinic file is not valid JSON: ',
    ],
    [
      ['--site-url', 'https://example.com', '--clinic', 'invalid.json'],
      'invalid.json:1:37: Invalid `clinic.telephone`: expected an E.164',
    ],
  ])('exits 1 with the reason on %j', async (argv, message) => {
    const directory = await temporaryDirectory()
    await writeFile(path.join(directory, 'broken.json'), '{"name": ')
    await writeFile(
      path.join(directory, 'invalid.json'),
      JSON.stringify({...hostClinic, telephone: 'x'}),
    )
    for (const command of ['jsonld', 'page']) {
      const result = await run([command, ...argv], directory)
      expect(result.status).toBe(1)
      expect(result.stdout).toBe('')
      expect(result.stderr).toContain(`sciatica-content: ${message}`)
    }
  })

  it('prints its version', async () => {
    const {version} = JSON.parse(
      await readFile(new URL('../package.json', import.meta.url), 'utf8'),
    ) as {version: string}
    expect(await run(['--version'])).toEqual({status: 0, stdout: `${version}\n`, stderr: ''})
    expect((await run(['-v'])).stdout).toBe(`${version}\n`)
  })

  it('takes the options object from a file, and flags for its fields', async () => {
    const directory = await temporaryDirectory()
    const options = {
      siteUrl: 'https://clinic.example',
      path: '/learn/sciatica/',
      clinic: hostClinic,
      reviewedBy: {name: 'Jane Doe', jobTitle: 'Physiatrist'},
      lastReviewed: '2025-03-01',
      citation: [{name: 'A source', url: 'https://example.org/source'}],
    } satisfies PageOptions
    await writeFile(path.join(directory, 'options.json'), JSON.stringify(options))
    const fromFile = await run(['jsonld', '--options', 'options.json'], directory)
    expect(fromFile.status).toBe(0)
    expect(JSON.parse(fromFile.stdout)).toEqual(buildJsonLd(options))

    // Flags beat the file; `--image` repeats.
    const flagged = await run(
      [
        'jsonld',
        '--options',
        'options.json',
        '--site-name',
        'Spine & Joint',
        '--image',
        'https://clinic.example/a.jpg',
        '--image',
        'https://clinic.example/b.jpg',
        '--date-modified',
        '2025-03-02',
        '--last-reviewed',
        '2025-03-02',
        '--article-section',
        'Back pain',
        '--is-based-on',
        'https://example.org/original',
        '--publishing-principles',
        'https://clinic.example/policy',
        '--home-name',
        'Start',
        '--in-language',
        'en-GB',
      ],
      directory,
    )
    expect(JSON.parse(flagged.stdout)).toEqual(
      buildJsonLd({
        ...options,
        siteName: 'Spine & Joint',
        image: ['https://clinic.example/a.jpg', 'https://clinic.example/b.jpg'],
        dateModified: '2025-03-02',
        lastReviewed: '2025-03-02',
        articleSection: 'Back pain',
        isBasedOn: 'https://example.org/original',
        publishingPrinciples: 'https://clinic.example/policy',
        homeName: 'Start',
        inLanguage: 'en-GB',
      }),
    )
    const page = await run(
      ['page', '--options', 'options.json', '--toc', '--title', 'Sciatica'],
      directory,
    )
    expect(page.stdout).toBe(await renderPage({...options, toc: true, title: 'Sciatica'}))
  })

  it('names the flag, or the file’s line, of a bad option', async () => {
    const directory = await temporaryDirectory()
    await writeFile(
      path.join(directory, 'options.yaml'),
      'siteUrl: https://clinic.example\nreviewedBy:\n  name: Jane Doe\nlastReviewed: 2020-01-01\n',
    )
    expect((await run(['jsonld', '--options', 'options.yaml'], directory)).stderr).toMatch(
      /^sciatica-content: options\.yaml:4:15: Invalid `lastReviewed`: expected a date from the article's publication \(2021-08-13\) to today/,
    )
    expect(
      (
        await run(
          ['jsonld', '--options', 'options.yaml', '--last-reviewed', '2020-01-01'],
          directory,
        )
      ).stderr,
    ).toMatch(/^sciatica-content: Invalid --last-reviewed: expected a date from/)
    await writeFile(path.join(directory, 'list.json'), '[1]')
    expect((await run(['jsonld', '--options', 'list.json'], directory)).stderr).toBe(
      'sciatica-content: list.json: the options file must hold an object\n',
    )
    await writeFile(
      path.join(directory, 'typo.yaml'),
      'siteUrl: https://clinic.example\nsiteNme: X\n',
    )
    expect((await run(['jsonld', '--options', 'typo.yaml'], directory)).stderr).toBe(
      'sciatica-content: typo.yaml:2:10: Invalid `siteNme`: expected no such field (unknown fields are rejected; did you mean `siteName`?), received "X"\n',
    )
  })

  it('places an error in the file that gave the value, and nowhere when no file did', async () => {
    const directory = await temporaryDirectory()
    await writeFile(path.join(directory, 'options.yaml'), 'siteUrl: ftp://example.com\n')
    await writeFile(path.join(directory, 'clinic.json'), JSON.stringify(hostClinic))
    // The clinic file does not hold `siteUrl`: the options file does.
    expect(
      (await run(['jsonld', '--options', 'options.yaml', '--clinic', 'clinic.json'], directory))
        .stderr,
    ).toBe(
      'sciatica-content: options.yaml:1:10: Invalid `siteUrl`: expected an absolute http(s) URL, received "ftp://example.com"\n',
    )
    // `outDir` is in neither file: the error is said as it is.
    await writeFile(path.join(directory, 'good.yaml'), 'siteUrl: https://example.com\n')
    expect(
      (await run(['build', '--options', 'good.yaml', '--out', '.'], directory)).stderr,
    ).toMatch(/^sciatica-content: Invalid `outDir`: expected a folder for the site alone/)
  })

  it('names the item of a list flag, and says a write error as it is', async () => {
    const directory = await temporaryDirectory()
    expect(
      (
        await run(
          [
            'jsonld',
            '--site-url',
            'https://example.com',
            '--image',
            'https://example.com/a.jpg',
            '--image',
            'a.jpg',
          ],
          directory,
        )
      ).stderr,
    ).toBe(
      'sciatica-content: Invalid --image [1]: expected an absolute http(s) URL, received "a.jpg"\n',
    )
    await writeFile(path.join(directory, 'clinic.json'), JSON.stringify(hostClinic))
    await mkdir(path.join(directory, 'taken'))
    const written = await run(
      ['jsonld', '--site-url', 'https://example.com', '--clinic', 'clinic.json', '--out', 'taken'],
      directory,
    )
    expect(written.status).toBe(1)
    expect(written.stderr).toMatch(/^sciatica-content: E[A-Z]+: /)
  })
})
