/**
 * Issue 14, item 11: `npm run examples` worked in one fixed folder under the system's temporary
 * folder, `sciatica-content-examples`, and left about 530 MB there; two runs at once shared it.
 * Now each run has a folder of its own, removed afterwards.
 */
import {existsSync} from 'node:fs'
import {readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {withTemporaryFolder} from '../../tools/temporary-folder.js'

const root = path.resolve(import.meta.dirname, '../..')

describe('the examples’ work folder', () => {
  it('is unique to a run and removed afterwards, also when the run fails', async () => {
    const folders: string[] = []
    const work = (folder: string) => {
      folders.push(folder)
      return writeFile(path.join(folder, 'file'), 'x')
    }
    await Promise.all([
      withTemporaryFolder('sciatica-test-examples-', work),
      withTemporaryFolder('sciatica-test-examples-', work),
    ])
    await expect(
      withTemporaryFolder('sciatica-test-examples-', async (folder) => {
        folders.push(folder)
        throw new Error('failed')
      }),
    ).rejects.toThrow('failed')
    expect(new Set(folders).size).toBe(3)
    for (const folder of folders) {
      expect(path.dirname(folder)).toBe(tmpdir())
      expect(existsSync(folder)).toBe(false)
    }
    expect(process.listenerCount('SIGINT')).toBe(0)
  })

  it('is what `npm run examples` works in', async () => {
    const source = await readFile(path.join(root, 'tools/examples.ts'), 'utf8')
    expect(source).toContain("withTemporaryFolder('sciatica-content-examples-', async (work) =>")
    expect(source).not.toContain('tmpdir()')
  })

  it('README: how to install from a tarball until the package is on the registry', async () => {
    const readme = await readFile(path.join(root, 'README.md'), 'utf8')
    const install = readme.slice(readme.indexOf('\n## Install\n'), readme.indexOf('\n## Use\n'))
    expect(install).toContain('npm pack')
    expect(install).toContain('npm install /path/to/sciatica-content-0.1.0.tgz')
  })
})
