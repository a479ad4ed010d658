/**
 * Issue 14, item 10: the CLI's output. v0.1 crashed with an `EPIPE` stack trace when its reader
 * went away (`sciatica-content validate site | head`), and `npm run demo` printed about 400
 * lines (the whole graph, every finding, a line a thousand pages).
 */
import {spawn} from 'node:child_process'
import {EventEmitter} from 'node:events'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {exitWhenReaderGoes} from '../../src/cli/io.js'
import {temporaryDirectory} from '../helpers/files.js'

// Run after `npm run build` (`npm test` builds first): the CLI as users run it.
const cli = path.resolve(import.meta.dirname, '../../dist/cli.js')

// Run the built CLI, its standard output read by a reader that closes at once, as `head -c 0`.
function runIntoClosedPipe(
  args: string[],
  cwd: string,
): Promise<{status: number | null; stderr: string}> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {cwd, stdio: ['ignore', 'pipe', 'pipe']})
    child.stdout.destroy()
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk
    })
    child.on('error', reject)
    child.on('close', (status) => resolve({status, stderr}))
  })
}

describe('CLI output', () => {
  it('exits quietly (status 0) when the reader of its output goes', async () => {
    const directory = await temporaryDirectory()
    for (const args of [
      ['jsonld', '--site-url', 'https://example.com', '--pretty'],
      ['page', '--site-url', 'https://example.com'],
      ['--help'],
    ]) {
      expect(await runIntoClosedPipe(args, directory), args.join(' ')).toEqual({
        status: 0,
        stderr: '',
      })
    }
  })

  it('exitWhenReaderGoes: EPIPE ends the process with 0, other errors are thrown', () => {
    const stream = new EventEmitter()
    const statuses: number[] = []
    exitWhenReaderGoes(stream, (status) => statuses.push(status))
    stream.emit('error', Object.assign(new Error('write EPIPE'), {code: 'EPIPE'}))
    expect(statuses).toEqual([0])
    expect(() =>
      stream.emit('error', Object.assign(new Error('write EIO'), {code: 'EIO'})),
    ).toThrow('write EIO')
  })

  it('npm run demo prints a few lines: what the build wrote and the validation summary', async () => {
    const {scripts} = JSON.parse(
      await readFile(path.resolve(import.meta.dirname, '../../package.json'), 'utf8'),
    ) as {scripts: Record<string, string>}
    expect(scripts.demo).toBe(
      'npm run build && node dist/cli.js build --site-url https://example.com --out site && node dist/cli.js validate --quiet site',
    )
    const directory = await temporaryDirectory()
    const output = await new Promise<string>((resolve) => {
      let text = ''
      const child = spawn(
        'sh',
        [
          '-c',
          `node ${cli} build --site-url https://example.com --out site && node ${cli} validate --quiet site`,
        ],
        {cwd: directory},
      )
      child.stdout.on('data', (chunk: Buffer) => {
        text += chunk
      })
      child.stderr.on('data', (chunk: Buffer) => {
        text += chunk
      })
      child.on('close', () => resolve(text))
    })
    expect(output).toMatch(/^Wrote \d+ files to site\n\d+ files: 0 errors, \d+ warnings — ok\n$/)
  })
})
