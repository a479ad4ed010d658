import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs'
import os from 'node:os'
import {SciaticaContentError} from '../errors.js'
import {unwritable} from './unwritable.js'

/**
 * How old an empty or unreadable lock must be to be taken for a dead build's. A build writes its
 * lock in one call right after creating it, so a live build's lock is empty for microseconds; an
 * empty lock is what a full disk or a crash between the two leaves.
 */
export const UNREADABLE_LOCK_GRACE_MS = 5000

/** Who holds a lock, as its file says: `<pid>\n<hostname>\n`. */
interface LockHolder {
  readonly pid: number
  readonly hostname: string | undefined
}

/** The holder written in a lock's text, or `undefined` for an empty or damaged one. */
export function parseLock(text: string): LockHolder | undefined {
  const [pid, hostname] = text.split('\n')
  if (pid === undefined || !/^[1-9]\d{0,9}$/.test(pid)) return undefined
  return {pid: Number(pid), hostname: hostname === '' ? undefined : hostname}
}

/** Whether a process of this host is running (`EPERM`: it is, but is not ours to signal). */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Why a lock still holds (a running build's), or `undefined` when it is stale: its process is
 * gone from this host, or it is empty or damaged and older than `UNREADABLE_LOCK_GRACE_MS`.
 */
function liveHolder(text: string, modified: number): string | undefined {
  const holder = parseLock(text)
  if (holder === undefined) {
    return Date.now() - modified < UNREADABLE_LOCK_GRACE_MS
      ? 'a build that is writing its lock'
      : undefined
  }
  if (holder.hostname !== undefined && holder.hostname !== os.hostname()) {
    return `process ${holder.pid} on host ${JSON.stringify(holder.hostname)}, which this host cannot check (remove the lock if no build runs there)`
  }
  return isRunning(holder.pid) ? `process ${holder.pid}, which is running` : undefined
}

/**
 * Take over a stale lock whose text was `stale`: move it aside (one rename: of two builds that
 * try at once, one moves it), then check that what was moved is that lock and not a lock another
 * build made in between; if it is another's, put it back.
 */
export function takeOver(lock: string, stale: string): void {
  const aside = `${lock}.stale-${process.pid}`
  try {
    renameSync(lock, aside)
  } catch {
    // Gone already: another build took it over, or its own build ended.
    return
  }
  if (readFileSync(aside, 'utf8') !== stale) {
    try {
      linkSync(aside, lock)
    } catch {
      // A third build made a lock meanwhile: it holds the folder now.
    }
  }
  rmSync(aside, {force: true})
}

/**
 * Lock an output folder for a build: create `<outDir>.lock` (exclusively) with this process's
 * id and host. A lock left by a build that is gone is taken over.
 *
 * @param outDir
 *   The output folder's real path (symbolic links resolved), so that every path to it shares
 *   one lock.
 * @returns
 *   The lock's path, for `releaseLock`.
 * @throws {SciaticaContentError}
 *   `out-dir-locked` when a running build holds the lock; `out-dir-unwritable` when it cannot be
 *   created (`EACCES`, `ENOSPC`, `EROFS`…).
 */
export function acquireLock(outDir: string): string {
  const lock = `${outDir}.lock`
  const text = lockText()
  for (;;) {
    let descriptor: number
    try {
      descriptor = openSync(lock, 'wx')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw unwritable(error, outDir, 'creating its lock')
      }
      let stale: string
      let modified: number
      try {
        modified = statSync(lock).mtimeMs
        stale = readFileSync(lock, 'utf8')
      } catch (error) {
        // Released between the two calls: try again.
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue
        throw unwritable(error, outDir, 'reading its lock')
      }
      const holder = liveHolder(stale, modified)
      if (holder === undefined) {
        // Then try again: a lock another build made meanwhile is judged as any other.
        takeOver(lock, stale)
        continue
      }
      throw new SciaticaContentError('out-dir-locked', {
        expected: 'a folder no other build is writing',
        received: `${JSON.stringify(outDir)}, locked by ${holder} (${lock})`,
      })
    }
    try {
      writeSync(descriptor, text)
    } catch (error) {
      // A full disk: remove the empty lock rather than leave it.
      closeSync(descriptor)
      rmSync(lock, {force: true})
      throw unwritable(error, outDir, 'writing its lock')
    }
    closeSync(descriptor)
    return lock
  }
}

/** Remove a lock this process holds (and leave one that another build has taken over). */
export function releaseLock(lock: string): void {
  let text: string
  try {
    text = readFileSync(lock, 'utf8')
  } catch {
    return
  }
  if (text === lockText()) rmSync(lock, {force: true})
}

const lockText = () => `${process.pid}\n${os.hostname()}\n`
