/**
 * Issue 14, item 9: clinic and options files. v0.1 refused a UTF-8 byte order mark, published a
 * Latin-1 file's "Café" as "Caf�", kept the last of two equal JSON keys silently, called a YAML
 * alias bomb "not valid JSON", and reported only the first problem of a file (a misspelled
 * `location:` gave "`clinic.locations` required" without naming `location`).
 */
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {didYouMean} from '../../src/cli/did-you-mean.js'
import {runCli} from '../../src/cli/run.js'
import {temporaryDirectory} from '../helpers/files.js'

const clinicJson = (name = 'Café Spine') =>
  `{"name": "${name}", "telephone": "404-555-0100", "locations": [{"address": {"addressLocality": "Atlanta", "addressCountry": "US"}}]}`

async function jsonld(files: Record<string, string | Uint8Array>, flags: string[]) {
  const directory = await temporaryDirectory()
  for (const [name, content] of Object.entries(files)) {
    await writeFile(path.join(directory, name), content)
  }
  let stdout = ''
  let stderr = ''
  const status = await runCli(['jsonld', '--site-url', 'https://example.com', ...flags], {
    stdout: (text) => {
      stdout += text
    },
    stderr: (text) => {
      stderr += text
    },
    cwd: directory,
  })
  return {status, stdout, stderr}
}

describe('clinic and options files', () => {
  it('reads UTF-8 with a byte order mark, in JSON and YAML', async () => {
    for (const [name, text] of [
      ['clinic.json', clinicJson()],
      [
        'clinic.yaml',
        `name: Café Spine\ntelephone: 404-555-0100\nlocations:\n  - address: {addressLocality: Atlanta, addressCountry: US}\n`,
      ],
    ] as const) {
      const result = await jsonld({[name]: `\ufeff${text}`}, ['--clinic', name])
      expect(result.stderr).toBe('')
      expect(result.stdout).toContain('"name":"Café Spine"')
    }
  })

  it('refuses a file that is not UTF-8, naming the byte', async () => {
    const latin1 = Buffer.from(clinicJson(), 'latin1')
    const result = await jsonld({'clinic.json': latin1}, ['--clinic', 'clinic.json'])
    expect(result).toEqual({
      status: 1,
      stdout: '',
      stderr:
        'sciatica-content: clinic.json:1:14: the clinic file is not UTF-8: byte 0xE9 at offset 13 (save it as UTF-8)\n',
    })
    // A real U+FFFD before it is text, not the error; the offset counts the byte order mark.
    const withReplacement = Buffer.concat([
      Buffer.from('\ufeff# \ufffd\n'),
      Buffer.from('name: Caf\xe9\n', 'latin1'),
    ])
    expect((await jsonld({'c.yaml': withReplacement}, ['--clinic', 'c.yaml'])).stderr).toBe(
      'sciatica-content: c.yaml:2:10: the clinic file is not UTF-8: byte 0xE9 at offset 18 (save it as UTF-8)\n',
    )
  })

  it('refuses a key given twice in JSON, as in YAML', async () => {
    const json =
      '{\n  "name": "A",\n  "name": "B",\n  "telephone": "404-555-0100",\n  "locations": [{"address": {"addressLocality": "X", "addressCountry": "US", "addressCountry": "GB"}}]\n}'
    const result = await jsonld({'clinic.json': json}, ['--clinic', 'clinic.json'])
    expect(result.status).toBe(1)
    expect(result.stderr).toBe(
      'sciatica-content: clinic.json: the clinic file has 2 problems:\n' +
        '  clinic.json:3:3: key "name" is given twice (first at line 2, column 3): give it once\n' +
        '  clinic.json:5:78: key "addressCountry" is given twice (first at line 5, column 54): give it once\n',
    )
    const yaml = await jsonld({'c.yaml': 'name: A\nname: B\n'}, ['--clinic', 'c.yaml'])
    expect(yaml.stderr).toBe(
      'sciatica-content: c.yaml:2:1: the clinic file is not valid YAML: Map keys must be unique\n',
    )
  })

  it('calls a YAML alias bomb a YAML error, and does not expand it', async () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...'bcdefghi'.split('').map((name, index) => {
        const previous = 'abcdefghi'[index] as string
        return `${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`
      }),
    ].join('\n')
    const start = performance.now()
    const result = await jsonld({'bomb.yaml': bomb}, ['--clinic', 'bomb.yaml'])
    expect(performance.now() - start).toBeLessThan(2000)
    expect(result.stderr).toBe(
      'sciatica-content: bomb.yaml: the clinic file is not valid YAML: Excessive alias count indicates a resource exhaustion attack\n',
    )
  })

  it('reports every problem of a file at once, with its line and "did you mean"', async () => {
    const yaml = [
      'name: Example Spine',
      'telephone: "404\\r555\\r0100"',
      'url: "https://example.com/\\0"',
      'location:',
      '  - address: {addressLocality: Atlanta, addressCountry: US}',
      '',
    ].join('\n')
    const result = await jsonld({'clinic.yaml': yaml}, ['--clinic', 'clinic.yaml'])
    expect(result.status).toBe(1)
    expect(result.stderr.split('\n')).toEqual([
      'sciatica-content: clinic.yaml: the clinic file has 4 problems:',
      expect.stringMatching(
        /^ {2}clinic\.yaml:2:12: Invalid `clinic\.telephone`: expected an E\.164/,
      ),
      '  clinic.yaml:3:6: Invalid `clinic.url`: expected an absolute http(s) URL of at most 2000 characters, without control characters, noncharacters or lone surrogates, received "https://example.com/\\u0000"',
      '  clinic.yaml:1:1: Invalid `clinic.locations`: expected a value (the field is required), received nothing',
      '  clinic.yaml:5:3: Invalid `clinic.location`: expected no such field (unknown fields are rejected; did you mean `locations`?), received an array',
      '',
    ])
  })

  it('reports the problems of an options file and of the clinic in it', async () => {
    const options = JSON.stringify({
      siteNmae: 'X',
      image: ['https://example.com/\ud800'],
      clinic: {name: 'A', telephone: '404-555-0100', locatoins: []},
    })
    const result = await jsonld({'options.json': options}, ['--options', 'options.json'])
    expect(result.stderr.split('\n')).toEqual([
      'sciatica-content: options.json: the options file has 4 problems:',
      expect.stringContaining(
        'Invalid `image[0]`: expected an absolute http(s) URL of at most 2000 characters, without control characters',
      ),
      expect.stringContaining(
        'Invalid `siteNmae`: expected no such field (unknown fields are rejected; did you mean `siteName`?)',
      ),
      expect.stringContaining(
        'Invalid `clinic.locations`: expected a value (the field is required)',
      ),
      expect.stringContaining(
        'Invalid `clinic.locatoins`: expected no such field (unknown fields are rejected; did you mean `locations`?)',
      ),
      '',
    ])
  })

  it('suggests fields inside optional objects, and places the clinic’s later errors', async () => {
    const options =
      'reviewedBy:\n  name: Jane Doe\n  urll: https://example.com/jane\nlastReviewed: 2024-05-01\n'
    expect((await jsonld({'o.yaml': options}, ['--options', 'o.yaml'])).stderr).toBe(
      'sciatica-content: o.yaml:3:9: Invalid `reviewedBy.urll`: expected no such field (unknown fields are rejected; did you mean `url`?), received "https://example.com/jane"\n',
    )
    const misspelt =
      'name: A\ntelephone: 404-555-0100\nlocations:\n  - address: {addressLocality: Macon, addressCountry: US}\n    telephon: 404-555-0101\n'
    expect((await jsonld({'m.yaml': misspelt}, ['--clinic', 'm.yaml'])).stderr).toBe(
      'sciatica-content: m.yaml:5:15: Invalid `clinic.locations[0].telephon`: expected no such field (unknown fields are rejected; did you mean `telephone`?), received "404-555-0101"\n',
    )
    // Two locations in one town: found when the clinic is resolved, still named by its line.
    const clinic =
      'name: A\ntelephone: 404-555-0100\nlocations:\n  - address: {addressLocality: Macon, addressCountry: US}\n  - address: {addressLocality: Macon, addressCountry: US}\n'
    expect((await jsonld({'c.yaml': clinic}, ['--clinic', 'c.yaml'])).stderr).toBe(
      'sciatica-content: c.yaml:5:5: Invalid `clinic.locations[1].id`: expected an id no other location has (give `id` where two locations share a locality), received "macon"\n',
    )
  })

  it('shows at most 20 problems of a file, and how many more it has', async () => {
    const options = Object.fromEntries(Array.from({length: 25}, (_, index) => [`x${index}`, 1]))
    const result = await jsonld({'o.json': JSON.stringify(options)}, ['--options', 'o.json'])
    const lines = result.stderr.trimEnd().split('\n')
    expect(lines[0]).toBe('sciatica-content: o.json: the options file has 25 problems:')
    expect(lines).toHaveLength(22)
    expect(lines.at(-1)).toBe('  and 5 more')
  })

  it('suggests a field only for a likely misspelling', () => {
    const fields = ['name', 'telephone', 'locations', 'sameAs']
    expect(didYouMean('location', fields)).toBe('locations')
    expect(didYouMean('telefone', fields)).toBe('telephone')
    expect(didYouMean('Name', fields)).toBe('name')
    expect(didYouMean('naem', fields)).toBe('name')
    expect(didYouMean('samaeAs', fields)).toBe('sameAs')
    expect(didYouMean('hours', fields)).toBeUndefined()
    expect(didYouMean('x'.repeat(65), ['x'.repeat(64)])).toBeUndefined()
  })
})
