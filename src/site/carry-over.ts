import {
  chmodSync,
  chownSync,
  constants,
  copyFileSync,
  type Dirent,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  type Stats,
  symlinkSync,
} from 'node:fs'
import path from 'node:path'
import {SciaticaContentError} from '../errors.js'
import {relativePathProblem} from './paths.js'

/** The file in the output folder that lists what the build wrote, so that only those are replaced. */
export const MANIFEST = '.sciatica-content.json'

/**
 * The files a previous build wrote, from the manifest in `outDir`: none when there is none, or
 * it is not a plain file (a symbolic link is not followed), or not JSON. Every entry must be a
 * relative path without empty, `.` or `..` segments, backslashes or control characters; others
 * are left out. The entries only ever name files found by walking `outDir` itself, so even a
 * forged manifest cannot point outside it.
 */
export function readManifest(outDir: string): Set<string> {
  const file = path.join(outDir, MANIFEST)
  try {
    if (!lstatSync(file).isFile()) return new Set()
    const {files} = JSON.parse(readFileSync(file, 'utf8')) as {files?: unknown}
    return new Set(
      Array.isArray(files)
        ? files.filter(
            (entry): entry is string =>
              typeof entry === 'string' && relativePathProblem(entry) === undefined,
          )
        : [],
    )
  } catch {
    return new Set()
  }
}

// Errors that mean "no hard link here" rather than "nothing can be written": a file system
// without hard links, Linux's protected_hardlinks for a file of another user, too many links.
const NO_HARD_LINK = new Set<string | undefined>(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK'])

/**
 * Put into `staging` (the new site) every entry of `outDir` (the current one) that the previous
 * build did not write, by its manifest: files as hard links (the same file, in both folders
 * until the swap), symbolic links as new links with the same target (never followed), folders
 * as new folders with the same permissions. A folder that held only the build's files is not
 * carried: a location the new build drops leaves no empty folder. `outDir` is not changed.
 *
 * @returns
 *   The entries that could not be carried because the new site has a file or folder there
 *   (relative, sorted): the build must not replace them.
 * @throws {SciaticaContentError}
 *   `out-dir-refused` when `outDir` holds a mount point (deleting the old folder after the swap
 *   would empty it).
 */
export function carryOver(
  outDir: string,
  staging: string,
  previous: ReadonlySet<string>,
): string[] {
  const device = lstatSync(outDir).dev
  // Folders that held the build's files: not the user's, even when empty.
  const buildFolders = new Set<string>()
  for (const file of previous) {
    for (
      let folder = path.posix.dirname(file);
      folder !== '.';
      folder = path.posix.dirname(folder)
    ) {
      buildFolders.add(folder)
    }
  }
  const conflicts: string[] = []
  // Folders made in `staging`, with the folder whose owner and mode they get once their
  // contents are in.
  const made: [string, Stats][] = []

  // Folders of the new site known to be folders (the new site's own, or made here).
  const folders = new Set<string>(['.'])
  // Make the folders of `relative` in `staging` that the new site does not have; `false` when
  // the new site has a file where one of them goes.
  const makeFolders = (relative: string): boolean => {
    const parent = path.posix.dirname(relative)
    if (folders.has(parent)) return true
    if (!makeFolders(parent)) return false
    const target = path.join(staging, parent)
    const existing = lstatSync(target, {throwIfNoEntry: false})
    if (existing === undefined) {
      mkdirSync(target, {mode: 0o700})
      made.push([target, lstatSync(path.join(outDir, parent))])
    } else if (!existing.isDirectory()) {
      return false
    }
    folders.add(parent)
    return true
  }

  // Carry one entry: `folder` for an empty folder of the user's.
  const carry = (relative: string, kind: 'folder' | 'link' | 'file' | 'other') => {
    const source = path.join(outDir, relative)
    const target = path.join(staging, relative)
    if (!makeFolders(relative) || lstatSync(target, {throwIfNoEntry: false}) !== undefined) {
      conflicts.push(relative)
    } else if (kind === 'folder') {
      mkdirSync(target, {mode: 0o700})
      made.push([target, lstatSync(source)])
    } else if (kind === 'link') {
      symlinkSync(readlinkSync(source), target)
    } else {
      try {
        linkSync(source, target)
      } catch (error) {
        if (kind !== 'file' || !NO_HARD_LINK.has((error as NodeJS.ErrnoException).code)) {
          throw error
        }
        copyFileSync(source, target, constants.COPYFILE_EXCL)
      }
    }
  }

  const walk = (relative: string) => {
    const entries = readdirSync(path.join(outDir, relative), {withFileTypes: true})
    if (entries.length === 0 && relative !== '' && !buildFolders.has(relative)) {
      carry(relative, 'folder')
    }
    for (const entry of entries) {
      const name = relative === '' ? entry.name : `${relative}/${entry.name}`
      if (entry.isDirectory()) {
        if (lstatSync(path.join(outDir, name)).dev !== device) {
          throw new SciaticaContentError('out-dir-refused', {
            path: ['outDir'],
            expected: 'a folder for the site alone, on one file system',
            received: `${JSON.stringify(outDir)}, which holds a mount point: ${name}`,
          })
        }
        walk(name)
      } else if (!(entry.isFile() && (previous.has(name) || name === MANIFEST))) {
        carry(name, kindOf(entry))
      }
    }
  }

  walk('')
  for (const [folder, original] of made.reverse()) sameOwnerAndMode(folder, original)
  return conflicts.sort()
}

/**
 * Give a folder the owner and permissions of another: those of the user's folder it replaces. A
 * process that may not give a folder away (any but root's) leaves it its own.
 */
export function sameOwnerAndMode(folder: string, original: Stats): void {
  try {
    chownSync(folder, original.uid, original.gid)
  } catch {
    // Not root: the folder stays the build's, as the folders it makes are.
  }
  chmodSync(folder, original.mode & 0o7777)
}

// What a directory entry (not a folder) is, as far as carrying it goes.
function kindOf(entry: Dirent): 'link' | 'file' | 'other' {
  return entry.isSymbolicLink() ? 'link' : entry.isFile() ? 'file' : 'other'
}
