import {mkdtemp, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {onTestFinished} from 'vitest'

/**
 * A new folder under the system's temporary folder (or under `parent`), removed when the test
 * finishes.
 */
export async function temporaryDirectory(parent = tmpdir()): Promise<string> {
  const directory = await mkdtemp(path.join(parent, 'sciatica-test-'))
  onTestFinished(() => rm(directory, {recursive: true, force: true}))
  return directory
}

/** Every file below a folder, relative, sorted. */
export async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, {recursive: true, withFileTypes: true})
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)))
    .sort()
}
