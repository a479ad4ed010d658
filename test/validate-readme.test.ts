/** The README's validator section shows real output: the CLI on a page of the corpus. */
import {copyFile, mkdtemp, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {expect, it} from 'vitest'
import {runCli} from '../src/cli/run.js'

it('shows what `validate` prints for a third-party page of the corpus', async () => {
  const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8')
  const start = readme.indexOf('### `sciatica-content/validate`')
  const section = readme.slice(start, readme.indexOf('\n### ', start + 1))
  const [output] = [...section.matchAll(/```txt\n([\s\S]*?)```/g)].map((match) => match[1])
  const directory = await mkdtemp(path.join(tmpdir(), 'sciatica-readme-validate-'))
  try {
    await copyFile(
      new URL('fixtures/corpus/trafilatura/tests_eval_ambito.com-paritarias.html', import.meta.url),
      path.join(directory, 'ambito.html'),
    )
    let stdout = ''
    const status = await runCli(['validate', 'ambito.html'], {
      stdout: (text) => {
        stdout += text
      },
      stderr: () => {},
      cwd: directory,
    })
    expect([status, stdout]).toEqual([1, output])
  } finally {
    await rm(directory, {recursive: true})
  }
})
