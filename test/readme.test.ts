import {mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {inspect} from 'node:util'
import {describe, expect, it} from 'vitest'
import {runCli, USAGE} from '../src/cli/run.js'
import {buildJsonLd, condition} from '../src/index.js'

const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8')

// The fenced blocks of a section, in order.
function blocks(heading: string): string[] {
  const start = readme.indexOf(`\n${heading}\n`)
  expect(start, heading).toBeGreaterThan(-1)
  const end = readme.indexOf('\n## ', start + heading.length + 2)
  const section = readme.slice(start, end === -1 ? undefined : end)
  return [...section.matchAll(/```\w*\n([\s\S]*?)```/g)].map((match) => match[1] as string)
}

describe('README', () => {
  it('shows the exact output of its “Use” example', () => {
    const [, output, json] = blocks('## Use')
    expect(output).toBe(`${inspect(condition.riskFactors.map((riskFactor) => riskFactor.name))}\n`)
    const graph = buildJsonLd({siteUrl: 'https://example.com', nodes: ['clinic']})
    expect(json).toBe(`${JSON.stringify(graph['@graph'][1], null, 2)}\n`)
  })

  it('shows the CLI’s help as it is', () => {
    expect(blocks('### CLI')[0]).toBe(USAGE)
  })

  it('shows what `validate` prints for its example', async () => {
    const [, input, output] = blocks('### CLI')
    const directory = await mkdtemp(path.join(tmpdir(), 'sciatica-readme-'))
    await writeFile(path.join(directory, 'clinic.jsonld'), input as string)
    let stdout = ''
    const status = await runCli(['validate', 'clinic.jsonld'], {
      stdout: (text) => {
        stdout += text
      },
      stderr: () => {},
      cwd: directory,
    })
    await rm(directory, {recursive: true})
    expect([status, stdout]).toEqual([1, output])
  })

  it('takes each “Integrations” snippet word for word from an example', async () => {
    const examples = path.join(import.meta.dirname, '..', 'examples')
    const files = (await readdir(examples, {recursive: true}))
      .filter((file) => /\.(?:[cm]?js|tsx?|sh)$/.test(file) && !file.includes('node_modules'))
      .map((file) => path.join(examples, file))
    const sources = await Promise.all(files.map((file) => readFile(file, 'utf8')))
    const snippets = blocks('## Integrations')
    expect(snippets.length).toBeGreaterThanOrEqual(9)
    for (const snippet of snippets) {
      expect(
        sources.some((source) => source.includes(snippet)),
        snippet,
      ).toBe(true)
    }
  })

  it('shows the two commands a newcomer runs', () => {
    const commands = blocks('## Install')
    expect(commands).toContain('npm ci && npm run demo\n')
    expect(commands).toContain('npm test\n')
  })
})
