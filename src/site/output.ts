import {existsSync} from 'node:fs'
import {chmod, mkdir, mkdtemp, readFile, rename, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {SciaticaContentError} from '../errors.js'

/** The file in the output folder that lists what the build wrote, so that only those are replaced. */
export const MANIFEST = '.sciatica-content.json'

/**
 * Refuse an output folder that a build must never write over: the filesystem root, the home
 * folder, the current folder, or a project's root (a folder with `package.json` or `.git`).
 */
export function checkOutDir(outDir: string, cwd: string): string {
  const resolved = path.resolve(cwd, outDir)
  const reason =
    resolved === path.parse(resolved).root
      ? 'the filesystem root'
      : resolved === os.homedir()
        ? 'the home folder'
        : resolved === path.resolve(cwd)
          ? 'the current folder'
          : ['package.json', '.git'].some((name) => existsSync(path.join(resolved, name)))
            ? 'a project root'
            : undefined
  if (reason !== undefined) {
    throw new SciaticaContentError(
      ['outDir'],
      'a folder for the site alone (such as "site")',
      `${JSON.stringify(outDir)}, ${reason}`,
    )
  }
  return resolved
}

/**
 * A site being written: files go to a temporary folder beside the output folder, then move into
 * place when the build is done. A failed build leaves the previous site as it was; files the
 * build did not write (by its manifest) are never deleted.
 */
export class SiteWriter {
  readonly files: string[] = []
  readonly #staging: string

  private constructor(
    readonly outDir: string,
    staging: string,
  ) {
    this.#staging = staging
  }

  static async open(outDir: string): Promise<SiteWriter> {
    await mkdir(path.dirname(outDir), {recursive: true})
    const staging = await mkdtemp(`${outDir}.building-`)
    // mkdtemp makes the folder private; a site is for a web server to read.
    await chmod(staging, 0o755)
    return new SiteWriter(outDir, staging)
  }

  /** Write a file of the site (`relative` uses `/`). */
  async write(relative: string, content: string): Promise<void> {
    const target = path.join(this.#staging, relative)
    await mkdir(path.dirname(target), {recursive: true})
    await writeFile(target, content)
    this.files.push(relative)
  }

  /** Move the site into place, and delete what the previous build wrote that this one did not. */
  async commit(): Promise<void> {
    const files = [...this.files].sort()
    await writeFile(path.join(this.#staging, MANIFEST), `${JSON.stringify({files}, null, 2)}\n`)
    if (!existsSync(this.outDir)) {
      await rename(this.#staging, this.outDir)
      return
    }
    const previous = await readManifest(this.outDir)
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
  }

  /** Give up: remove the temporary folder, leave the output folder as it was. */
  async abort(): Promise<void> {
    await rm(this.#staging, {recursive: true, force: true})
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
