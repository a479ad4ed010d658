import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {
  chmod,
  chown,
  lstat,
  mkdir,
  readdir,
  readFile,
  readlink,
  realpath,
  rename,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it, onTestFinished, vi} from 'vitest'
import type {ClinicInput} from '../../src/index.js'
import {SciaticaContentError} from '../../src/index.js'
import {checkOutDir} from '../../src/site/output.js'
import {buildSite} from '../../src/site.js'
import {listFiles, temporaryDirectory} from '../helpers/files.js'

const clinic = {
  name: 'Host',
  telephone: '404-555-0100',
  locations: [
    {id: 'marietta', address: {addressLocality: 'Marietta', addressCountry: 'US'}},
    {id: 'macon', address: {addressLocality: 'Macon', addressCountry: 'US'}},
  ],
} satisfies ClinicInput

const oneLocation = {...clinic, locations: clinic.locations.slice(1)} satisfies ClinicInput

// A built site in `<directory>/site`, and a folder outside it with a file a link may reach.
async function builtSite() {
  const directory = await temporaryDirectory()
  const outDir = path.join(directory, 'site')
  await buildSite({siteUrl: 'https://example.com', outDir, clinic})
  const outside = path.join(directory, 'outside')
  await mkdir(path.join(outside, 'marietta'), {recursive: true})
  await writeFile(path.join(outside, 'marietta', 'index.html'), 'not the site’s')
  await writeFile(path.join(outside, 'victim.txt'), 'not the site’s either')
  return {directory, outDir, outside}
}

async function refusal(run: Promise<unknown>): Promise<SciaticaContentError> {
  const error = await run.catch((error: unknown) => error)
  expect(error).toBeInstanceOf(SciaticaContentError)
  return error as SciaticaContentError
}

describe('symbolic links inside the output folder are never followed', () => {
  it('a `locations` folder replaced by a link: refused, the linked folder untouched', async () => {
    const {directory, outDir, outside} = await builtSite()
    await rename(path.join(outDir, 'locations'), path.join(directory, 'old-locations'))
    await symlink(outside, path.join(outDir, 'locations'))
    for (const options of [clinic, oneLocation]) {
      const error = await refusal(
        buildSite({siteUrl: 'https://other.example', outDir, clinic: options}),
      )
      expect(error).toMatchObject({
        code: 'out-dir-conflict',
        received: `${JSON.stringify(outDir)}, which has files the build did not write: locations`,
      })
      // v0.1 wrote the new page into the linked folder, or deleted the linked folder's file.
      expect(await readFile(path.join(outside, 'marietta', 'index.html'), 'utf8')).toBe(
        'not the site’s',
      )
      expect(await readlink(path.join(outDir, 'locations'))).toBe(outside)
    }
    expect((await readdir(directory)).sort()).toEqual(['old-locations', 'outside', 'site'])
  })

  it('a page replaced by a link to a file: refused, the link and its file kept', async () => {
    const {outDir, outside} = await builtSite()
    const page = path.join(outDir, 'index.html')
    await rename(page, `${page}.bak`)
    await symlink(path.join(outside, 'victim.txt'), page)
    const error = await refusal(buildSite({siteUrl: 'https://example.com', outDir, clinic}))
    expect(error.code).toBe('out-dir-conflict')
    expect(error.received).toMatch(/did not write: index\.html$/)
    expect((await lstat(page)).isSymbolicLink()).toBe(true)
    expect(await readFile(path.join(outside, 'victim.txt'), 'utf8')).toBe('not the site’s either')
  })

  it('a page of a dropped location replaced by a link: the link kept, its file too', async () => {
    const {outDir, outside} = await builtSite()
    const page = path.join(outDir, 'locations', 'marietta', 'index.html')
    await rename(page, `${page}.bak`)
    await symlink(path.join(outside, 'victim.txt'), page)
    await buildSite({siteUrl: 'https://example.com', outDir, clinic: oneLocation})
    expect(await readlink(page)).toBe(path.join(outside, 'victim.txt'))
    expect(await readFile(path.join(outside, 'victim.txt'), 'utf8')).toBe('not the site’s either')
  })

  it('manifest entries that point outside, or through a link, delete nothing outside', async () => {
    const {directory, outDir, outside} = await builtSite()
    await symlink(outside, path.join(outDir, 'linked'))
    await writeFile(path.join(directory, 'escape.txt'), 'outside too')
    const manifest = path.join(outDir, '.sciatica-content.json')
    const {files} = JSON.parse(await readFile(manifest, 'utf8')) as {files: string[]}
    await writeFile(
      manifest,
      JSON.stringify({
        files: [
          ...files,
          'linked/victim.txt',
          'linked/marietta/index.html',
          '../escape.txt',
          path.join(directory, 'escape.txt'),
          'a/./../../escape.txt',
          'x\0y',
          42,
        ],
      }),
    )
    await buildSite({siteUrl: 'https://example.com', outDir, clinic: oneLocation})
    expect(await readFile(path.join(outside, 'victim.txt'), 'utf8')).toBe('not the site’s either')
    expect(await readFile(path.join(outside, 'marietta', 'index.html'), 'utf8')).toBe(
      'not the site’s',
    )
    expect(await readFile(path.join(directory, 'escape.txt'), 'utf8')).toBe('outside too')
    // The link is the user's: carried into the new site as it was.
    expect(await readlink(path.join(outDir, 'linked'))).toBe(outside)
  })

  it('a manifest that is a link is not read', async () => {
    const {directory, outDir} = await builtSite()
    const manifest = path.join(outDir, '.sciatica-content.json')
    await rename(manifest, path.join(directory, 'manifest.json'))
    await symlink(path.join(directory, 'manifest.json'), manifest)
    // Without a manifest the pages are not the build's: a conflict, nothing replaced.
    const error = await refusal(buildSite({siteUrl: 'https://example.com', outDir, clinic}))
    expect(error.code).toBe('out-dir-conflict')
  })

  it('keeps what the user put in the folder: files (the same file), links, folders and their modes, a FIFO', async () => {
    const {directory, outDir} = await builtSite()
    await mkdir(path.join(outDir, 'private', 'empty'), {recursive: true})
    await writeFile(path.join(outDir, 'private', 'notes.txt'), 'mine')
    await chmod(path.join(outDir, 'private'), 0o750)
    await writeFile(path.join(outDir, 'locations', 'marietta', 'extra.txt'), 'mine too')
    await symlink('../elsewhere', path.join(outDir, 'assets'))
    execFileSync('mkfifo', [path.join(outDir, 'pipe')])
    await chmod(outDir, 0o750)
    // Another user's folders, where the test may give them away (as root).
    if (process.getuid?.() === 0) {
      await chown(path.join(outDir, 'private'), 1234, 1234)
      await chown(outDir, 1234, 1234)
    }
    const owners = [await stat(path.join(outDir, 'private')), await stat(outDir)].map(
      ({uid, gid}) => ({uid, gid}),
    )
    const notes = await stat(path.join(outDir, 'private', 'notes.txt'))

    await buildSite({siteUrl: 'https://other.example', outDir, clinic: oneLocation})
    expect((await stat(path.join(outDir, 'private', 'notes.txt'))).ino).toBe(notes.ino)
    expect((await stat(path.join(outDir, 'private'))).mode & 0o777).toBe(0o750)
    expect((await stat(outDir)).mode & 0o777).toBe(0o750)
    expect(
      [await stat(path.join(outDir, 'private')), await stat(outDir)].map(({uid, gid}) => ({
        uid,
        gid,
      })),
    ).toEqual(owners)
    expect((await stat(path.join(outDir, 'private', 'empty'))).isDirectory()).toBe(true)
    expect(await readlink(path.join(outDir, 'assets'))).toBe('../elsewhere')
    expect((await lstat(path.join(outDir, 'pipe'))).isFIFO()).toBe(true)
    expect(await readFile(path.join(outDir, 'locations', 'marietta', 'extra.txt'), 'utf8')).toBe(
      'mine too',
    )
    expect(existsSync(path.join(outDir, 'locations', 'marietta', 'index.html'))).toBe(false)
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toContain('other.example')
    expect((await readdir(directory)).sort()).toEqual(['outside', 'site'])
  })
})

describe('the output folder is judged by its real path', () => {
  // The home folder is a stand-in (HOME set to a folder of the test), and the filesystem root
  // is checked by `checkOutDir` alone: were the refusal to break, 0.1 wrote the site into the
  // real ones.
  it.each([
    ['the home folder', (directory: string) => path.join(directory, 'home')],
    ['the current folder, or a folder that holds it', (directory: string) => directory],
    ['a project root', (directory: string) => path.join(directory, 'project')],
  ])('refuses a link to %s', async (reason, target) => {
    const directory = await temporaryDirectory()
    await mkdir(path.join(directory, 'project'))
    await writeFile(path.join(directory, 'project', 'package.json'), '{}')
    await mkdir(path.join(directory, 'home'))
    vi.stubEnv('HOME', path.join(directory, 'home'))
    onTestFinished(() => {
      vi.unstubAllEnvs()
    })
    await symlink(target(directory), path.join(directory, 'link'))
    const error = await refusal(
      buildSite({siteUrl: 'https://example.com', outDir: 'link/', cwd: directory}),
    )
    expect(error).toMatchObject({
      code: 'out-dir-refused',
      received: `"link/", ${reason}`,
    })
    expect((await readdir(directory)).sort()).toEqual(['home', 'link', 'project'])
  })

  it('refuses a link to the filesystem root', async () => {
    const directory = await temporaryDirectory()
    await symlink(path.parse(directory).root, path.join(directory, 'link'))
    expect(() => checkOutDir('link', directory)).toThrow(
      expect.objectContaining({code: 'out-dir-refused', received: '"link", the filesystem root'}),
    )
  })

  it('refuses a link to a folder another build holds, and writes through a link to a free one', async () => {
    const directory = await temporaryDirectory()
    await mkdir(path.join(directory, 'real'))
    await symlink('real', path.join(directory, 'link'))
    await writeFile(path.join(directory, 'real.lock'), `${process.pid}\n${os.hostname()}\n`)
    const error = await refusal(
      buildSite({siteUrl: 'https://example.com', outDir: 'link', cwd: directory}),
    )
    expect(error.code).toBe('out-dir-locked')
    expect(error.received).toContain(`process ${process.pid}, which is running`)

    await rename(path.join(directory, 'real.lock'), path.join(directory, 'other.lock'))
    const result = await buildSite({siteUrl: 'https://example.com', outDir: 'link', cwd: directory})
    expect(result.outDir).toBe(path.join(await realpath(directory), 'real'))
    await buildSite({siteUrl: 'https://example.com', outDir: 'link', cwd: directory})
    expect(await readlink(path.join(directory, 'link'))).toBe('real')
    expect(await listFiles(path.join(directory, 'link'))).toContain('index.html')
    expect((await readdir(directory)).sort()).toEqual(['link', 'other.lock', 'real'])
  })

  it('refuses a broken link, a loop of links and a path below a file', async () => {
    const directory = await temporaryDirectory()
    await symlink('nowhere', path.join(directory, 'broken'))
    await symlink('loop-b', path.join(directory, 'loop-a'))
    await symlink('loop-a', path.join(directory, 'loop-b'))
    await writeFile(path.join(directory, 'file'), '')
    for (const [outDir, reason] of [
      ['broken', 'a symbolic link to nothing'],
      ['broken/site', 'a symbolic link to nothing'],
      ['loop-a', 'a path that cannot be resolved (ELOOP)'],
      ['file/site', 'a path below a file'],
    ]) {
      const error = await refusal(
        buildSite({siteUrl: 'https://example.com', outDir: outDir as string, cwd: directory}),
      )
      expect(error).toMatchObject({code: 'out-dir-refused', received: `"${outDir}", ${reason}`})
    }
  })
})
