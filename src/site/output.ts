import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {SciaticaContentError} from '../errors.js'
import {carryOver, MANIFEST, readManifest, sameOwnerAndMode} from './carry-over.js'
import {acquireLock, releaseLock} from './lock.js'
import {collisionKey, relativePathProblem, SitePathError} from './paths.js'
import {unwritable} from './unwritable.js'

export {MANIFEST} from './carry-over.js'

/**
 * Refuse an output folder that a build must never write over: the filesystem root, the home
 * folder, the current folder or a folder that holds it, a project's root (a folder with
 * `package.json` or `.git`), a file, or a path below a file or through a broken symbolic link.
 * Each is judged on the real path (symbolic links resolved), so a link to the home folder is
 * the home folder.
 *
 * @returns
 *   The output folder's real path: for a folder that does not exist yet, its nearest existing
 *   ancestor's real path and the rest.
 */
export function checkOutDir(outDir: string, cwd: string): string {
  const refuse = (reason: string) =>
    new SciaticaContentError('out-dir-refused', {
      path: ['outDir'],
      expected: 'a folder for the site alone (such as "site")',
      received: `${JSON.stringify(outDir)}, ${reason}`,
    })
  const real = realPathOf(path.resolve(cwd, outDir), refuse)
  const current = realPathOrSelf(path.resolve(cwd))
  const reason =
    real === path.parse(real).root
      ? 'the filesystem root'
      : real === realPathOrSelf(os.homedir())
        ? 'the home folder'
        : current === real || current.startsWith(`${real}${path.sep}`)
          ? 'the current folder, or a folder that holds it'
          : ['package.json', '.git'].some((name) => existsSync(path.join(real, name)))
            ? 'a project root'
            : existsSync(real) && !statSync(real).isDirectory()
              ? 'a file'
              : undefined
  if (reason !== undefined) throw refuse(reason)
  return real
}

// The real path of a path that may not exist yet: its real path if it exists, else its
// parent's real path and its name.
function realPathOf(absolute: string, refuse: (reason: string) => Error): string {
  try {
    return realpathSync.native(absolute)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' && lstatSync(absolute, {throwIfNoEntry: false}) === undefined) {
      return path.join(realPathOf(path.dirname(absolute), refuse), path.basename(absolute))
    }
    throw refuse(
      code === 'ENOENT'
        ? 'a symbolic link to nothing'
        : code === 'ENOTDIR'
          ? 'a path below a file'
          : `a path that cannot be resolved (${code})`,
    )
  }
}

function realPathOrSelf(absolute: string): string {
  try {
    return realpathSync.native(absolute)
  } catch {
    return absolute
  }
}

// A leftover of a build that stopped (killed, power cut) beside `<name>`: its temporary folder
// (`<name>.building-XXXXXX`) or the previous site it swapped out (`<name>.previous-XXXXXX`).
function isLeftover(name: string, base: string): boolean {
  return (
    name.startsWith(`${base}.`) &&
    /^(?:building|previous)-[\dA-Za-z]{6}$/.test(name.slice(base.length + 1))
  )
}

/**
 * Put things right after a build that stopped without cleaning up (holding the lock, so no
 * build is running): when the output folder is missing but the previous site it was swapping
 * out is there (a stop between the swap's two renames), put that back; remove the rest.
 */
function recover(outDir: string): void {
  const parent = path.dirname(outDir)
  const base = path.basename(outDir)
  const leftovers = readdirSync(parent)
    .filter((name) => isLeftover(name, base))
    .sort()
  const previous = leftovers.find((name) => name.startsWith(`${base}.previous-`))
  if (previous !== undefined && lstatSync(outDir, {throwIfNoEntry: false}) === undefined) {
    renameSync(path.join(parent, previous), outDir)
    leftovers.splice(leftovers.indexOf(previous), 1)
  }
  for (const name of leftovers) rmSync(path.join(parent, name), {recursive: true, force: true})
}

/**
 * A site being written. Files go to a temporary folder beside the output folder (on the same
 * file system); `commit` carries into it what the output folder holds that the previous build
 * did not write (by its manifest), then swaps the two folders with two renames and deletes the
 * old one. So at any moment the output folder is one build's site, never a mix; a stop between
 * the two renames leaves it missing, and the next build puts the old site back.
 *
 * Nothing is ever written, replaced or deleted inside the output folder itself, so a symbolic
 * link there is never followed. A lock file beside the output folder keeps two builds from
 * writing it at once; a lock left by a build that is gone is taken over, with its leftovers.
 */
export class SiteWriter {
  readonly files: string[] = []
  readonly #staging: string
  readonly #lock: string
  // Paths written (by `collisionKey`), and their folders, to refuse a file above or below another.
  readonly #written = new Set<string>([collisionKey(MANIFEST)])
  readonly #folders = new Set<string>()

  private constructor(
    readonly outDir: string,
    staging: string,
    lock: string,
  ) {
    this.#staging = staging
    this.#lock = lock
  }

  /**
   * Lock `outDir`, recover from a build that stopped, and make the temporary folder.
   *
   * @param outDir
   *   The output folder's real path (as `checkOutDir` returns it).
   * @throws {SciaticaContentError}
   *   `out-dir-locked`, or `out-dir-unwritable` (with the system's error).
   */
  static async open(outDir: string): Promise<SiteWriter> {
    try {
      mkdirSync(path.dirname(outDir), {recursive: true})
    } catch (error) {
      throw unwritable(error, outDir, 'making its parent folder')
    }
    const lock = acquireLock(outDir)
    try {
      recover(outDir)
      const staging = mkdtempSync(`${outDir}.building-`)
      // mkdtemp makes the folder private; a site is for a web server to read.
      chmodSync(staging, 0o755)
      return new SiteWriter(outDir, staging, lock)
    } catch (error) {
      releaseLock(lock)
      throw unwritable(error, outDir, 'making its temporary folder')
    }
  }

  /**
   * Write a file of the site (`relative` uses `/`). Synchronously: a build makes one page after
   * another, and the system's page cache takes each write at once; asynchronous writes, one by
   * one or several in flight, cost more (see docs/benchmarks.md).
   *
   * @throws {SitePathError}
   *   Before writing, for a path that is not a file name a file system takes (empty, `.` or `..`
   *   segments, control characters, a name over 255 bytes) or that is a file the build wrote
   *   already, a folder of one, or below one (`sitemap.xml/index.html` and `sitemap.xml`),
   *   letter case and Unicode normalization aside.
   * @throws {SciaticaContentError}
   *   `out-dir-unwritable` when the system refuses the write (`ENOSPC`…).
   */
  write(relative: string, content: string | Uint8Array): void {
    const problem = relativePathProblem(relative)
    if (problem !== undefined) throw new SitePathError(relative, problem)
    const key = collisionKey(relative)
    if (this.#written.has(key)) {
      throw new SitePathError(relative, 'the build writes that path already', relative)
    }
    if (this.#folders.has(key)) {
      const below = this.files.find((file) => collisionKey(file).startsWith(`${key}/`))
      throw new SitePathError(relative, `the build writes \`${below}\` below it`, below)
    }
    const segments = relative.split('/')
    const keys = key.split('/')
    for (let end = segments.length - 1; end > 0; end--) {
      const folder = keys.slice(0, end).join('/')
      if (this.#folders.has(folder)) break
      if (this.#written.has(folder)) {
        const other = segments.slice(0, end).join('/')
        throw new SitePathError(relative, `the build writes \`${other}\`, a file, there`, other)
      }
    }
    const target = path.join(this.#staging, relative)
    try {
      for (let end = 1; end < segments.length; end++) {
        const folder = keys.slice(0, end).join('/')
        if (!this.#folders.has(folder)) {
          this.#folders.add(folder)
          mkdirSync(path.join(this.#staging, ...segments.slice(0, end)), {recursive: true})
        }
      }
      // `wx`: a new file, never one that is there (nor a link).
      writeFileSync(target, content, {flag: 'wx'})
    } catch (error) {
      throw unwritable(error, this.outDir, `writing ${relative}`)
    }
    this.#written.add(key)
    this.files.push(relative)
  }

  /**
   * Put the site in place: write the manifest, carry over what the previous build did not
   * write, swap the folders, delete the old one.
   *
   * @throws {SciaticaContentError}
   *   Before changing the output folder: `out-dir-conflict` when it holds something the previous
   *   build did not write (a file, a folder, a symbolic link) where this build writes;
   *   `out-dir-refused` when it is no longer a folder or holds a mount point;
   *   `out-dir-unwritable` when the system refuses a step.
   * @returns
   *   The files written, sorted: the manifest's list.
   */
  async commit(): Promise<string[]> {
    const files = [...this.files].sort()
    const staging = this.#staging
    const previous = `${this.outDir}.previous-${staging.slice(-6)}`
    try {
      writeFileSync(path.join(staging, MANIFEST), `${JSON.stringify({files}, null, 2)}\n`)
      const current = lstatSync(this.outDir, {throwIfNoEntry: false})
      if (current === undefined) {
        renameSync(staging, this.outDir)
      } else {
        if (!current.isDirectory()) {
          throw new SciaticaContentError('out-dir-refused', {
            path: ['outDir'],
            expected: 'a folder for the site alone',
            received: `${JSON.stringify(this.outDir)}, replaced by a file or a link during the build`,
          })
        }
        const theirs = carryOver(this.outDir, staging, readManifest(this.outDir))
        if (theirs.length > 0) {
          throw new SciaticaContentError('out-dir-conflict', {
            expected: "a folder whose files are the build's own (or an empty one)",
            received: `${JSON.stringify(this.outDir)}, which has files the build did not write: ${theirs.slice(0, 5).join(', ')}${theirs.length > 5 ? ', …' : ''}`,
          })
        }
        sameOwnerAndMode(staging, current)
        // The swap: between these two renames the folder is missing (never a mix of sites);
        // a stop there is put right by the next build (`recover`).
        renameSync(this.outDir, previous)
        try {
          renameSync(staging, this.outDir)
        } catch (error) {
          renameSync(previous, this.outDir)
          throw error
        }
      }
    } catch (error) {
      throw unwritable(error, this.outDir, 'putting the site in place')
    }
    try {
      rmSync(previous, {recursive: true, force: true})
    } catch {
      // The old site is out of sight already; the next build removes what is left of it.
    }
    releaseLock(this.#lock)
    return files
  }

  /** Give up: remove the temporary folder and the lock, leave the output folder as it was. */
  async abort(): Promise<void> {
    rmSync(this.#staging, {recursive: true, force: true})
    releaseLock(this.#lock)
  }
}
