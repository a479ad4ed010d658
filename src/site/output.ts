import {existsSync, mkdirSync, statSync, writeFileSync} from 'node:fs'
import {chmod, mkdir, mkdtemp, readFile, rename, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {SciaticaContentError} from '../errors.js'

/** The file in the output folder that lists what the build wrote, so that only those are replaced. */
export const MANIFEST = '.sciatica-content.json'

/**
 * Refuse an output folder that a build must never write over: the filesystem root, the home
 * folder, the current folder or a folder that holds it, a project's root (a folder with
 * `package.json` or `.git`), or a file.
 */
export function checkOutDir(outDir: string, cwd: string): string {
  const resolved = path.resolve(cwd, outDir)
  const current = path.resolve(cwd)
  const reason =
    resolved === path.parse(resolved).root
      ? 'the filesystem root'
      : resolved === os.homedir()
        ? 'the home folder'
        : current === resolved || current.startsWith(`${resolved}${path.sep}`)
          ? 'the current folder, or a folder that holds it'
          : ['package.json', '.git'].some((name) => existsSync(path.join(resolved, name)))
            ? 'a project root'
            : existsSync(resolved) && !statSync(resolved).isDirectory()
              ? 'a file'
              : undefined
  if (reason !== undefined) {
    throw new SciaticaContentError('out-dir-refused', {
      path: ['outDir'],
      expected: 'a folder for the site alone (such as "site")',
      received: `${JSON.stringify(outDir)}, ${reason}`,
    })
  }
  return resolved
}

/**
 * A site being written: files go to a temporary folder beside the output folder, then move into
 * place when the build is done. A failed or stopped build leaves the previous site as it was. A
 * lock file beside the output folder keeps two builds from writing it at once. A file the build
 * did not write (by its manifest) is never replaced or deleted.
 */
export class SiteWriter {
  readonly files: string[] = []
  readonly #staging: string
  readonly #lock: string
  readonly #folders = new Set<string>()

  private constructor(
    readonly outDir: string,
    staging: string,
    lock: string,
  ) {
    this.#staging = staging
    this.#lock = lock
  }

  static async open(outDir: string): Promise<SiteWriter> {
    await mkdir(path.dirname(outDir), {recursive: true})
    const lock = `${outDir}.lock`
    try {
      await writeFile(lock, `${process.pid}\n`, {flag: 'wx'})
    } catch {
      throw new SciaticaContentError('out-dir-locked', {
        expected: 'a folder no other build is writing',
        received: `${JSON.stringify(outDir)}, locked by ${JSON.stringify(lock)} (remove it if no build is running)`,
      })
    }
    const staging = await mkdtemp(`${outDir}.building-`)
    // mkdtemp makes the folder private; a site is for a web server to read.
    await chmod(staging, 0o755)
    return new SiteWriter(outDir, staging, lock)
  }

  /**
   * Write a file of the site (`relative` uses `/`). Synchronously: a build makes one page after
   * another, and the system's page cache takes each write at once; asynchronous writes, one by
   * one or several in flight, cost more (see docs/benchmarks.md).
   */
  write(relative: string, content: string | Uint8Array): void {
    const target = path.join(this.#staging, relative)
    const folder = path.dirname(target)
    if (!this.#folders.has(folder)) {
      mkdirSync(folder, {recursive: true})
      this.#folders.add(folder)
    }
    writeFileSync(target, content)
    this.files.push(relative)
  }

  /**
   * Move the site into place, and delete what the previous build wrote that this one did not.
   *
   * @throws {SciaticaContentError}
   *   Before moving anything, when the output folder holds a file of the same name that the
   *   previous build did not write.
   */
  async commit(): Promise<void> {
    const files = [...this.files].sort()
    await writeFile(path.join(this.#staging, MANIFEST), `${JSON.stringify({files}, null, 2)}\n`)
    if (!existsSync(this.outDir)) {
      await rename(this.#staging, this.outDir)
      await this.#release()
      return
    }
    const previous = await readManifest(this.outDir)
    const ours = new Set(previous)
    const theirs = files.filter(
      (file) => !ours.has(file) && existsSync(path.join(this.outDir, file)),
    )
    if (theirs.length > 0) {
      throw new SciaticaContentError('out-dir-conflict', {
        expected: "a folder whose files are the build's own (or an empty one)",
        received: `${JSON.stringify(this.outDir)}, which has files the build did not write: ${theirs.slice(0, 5).join(', ')}${theirs.length > 5 ? ', …' : ''}`,
      })
    }
    for (const file of [...files, MANIFEST]) {
      const target = path.join(this.outDir, file)
      await mkdir(path.dirname(target), {recursive: true})
      await rename(path.join(this.#staging, file), target)
    }
    const current = new Set(files)
    for (const file of previous) {
      if (!current.has(file)) await rm(path.join(this.outDir, file), {force: true})
    }
    await rm(this.#staging, {recursive: true, force: true})
    await this.#release()
  }

  /** Give up: remove the temporary folder and the lock, leave the output folder as it was. */
  async abort(): Promise<void> {
    await rm(this.#staging, {recursive: true, force: true})
    await this.#release()
  }

  async #release(): Promise<void> {
    await rm(this.#lock, {force: true})
  }
}

// The files a previous build wrote, from its manifest (none when there is no readable one).
async function readManifest(outDir: string): Promise<string[]> {
  const text = await readFile(path.join(outDir, MANIFEST), 'utf8').catch(() => '{"files": []}')
  try {
    const {files} = JSON.parse(text) as {files?: unknown}
    return Array.isArray(files)
      ? files.filter((file): file is string => typeof file === 'string' && !file.includes('..'))
      : []
  } catch {
    return []
  }
}
