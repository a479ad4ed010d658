import {spawn} from 'node:child_process'

/** The id of a process that has ended (a lock with it is a dead build's). */
export async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], {stdio: 'ignore'})
  await new Promise((resolve) => child.once('exit', resolve))
  return child.pid as number
}
