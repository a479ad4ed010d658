import {rmSync} from 'node:fs'
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'

/**
 * Run `work` in a new folder under the system's temporary folder, unique to this run (two runs
 * at once do not share it), and remove the folder afterwards: when `work` ends, fails, or is
 * stopped with Ctrl-C.
 *
 * @param prefix
 *   The start of the folder's name, such as `sciatica-content-examples-`.
 */
export async function withTemporaryFolder<Result>(
  prefix: string,
  work: (folder: string) => Promise<Result>,
): Promise<Result> {
  const folder = await mkdtemp(path.join(tmpdir(), prefix))
  const stop = (signal: NodeJS.Signals) => {
    rmSync(folder, {recursive: true, force: true})
    process.exit(signal === 'SIGINT' ? 130 : 143)
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  try {
    return await work(folder)
  } finally {
    process.off('SIGINT', stop)
    process.off('SIGTERM', stop)
    await rm(folder, {recursive: true, force: true})
  }
}
