// The system refusing a step of a build (EACCES, ENOSPC, EIO…), at each step. Tests may run
// as root, whom file modes do not stop, so the refusals are made by wrapping `node:fs`: a
// fault, when set, sees each call and may throw the error the system would.
import {execFileSync} from 'node:child_process'
import * as realFs from 'node:fs'
import {chmod, mkdir, readdir, readFile, stat, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import type {ClinicInput} from '../../src/index.js'
import {takeOver} from '../../src/site/lock.js'
import {buildSite} from '../../src/site.js'
import {temporaryDirectory} from '../helpers/files.js'

// A fault throws, or returns what the call is to return instead (`undefined`: the real call).
type Fault = (...args: unknown[]) => unknown
const faults = vi.hoisted(() => new Map<string, Fault>())

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>()
  const wrapped: Record<string, unknown> = {...fs}
  for (const name of [
    'chownSync',
    'linkSync',
    'lstatSync',
    'mkdirSync',
    'mkdtempSync',
    'openSync',
    'renameSync',
    'rmSync',
    'statSync',
    'writeFileSync',
    'writeSync',
  ] as const) {
    const original = fs[name] as (...args: unknown[]) => unknown
    wrapped[name] = (...args: unknown[]) => faults.get(name)?.(...args) ?? original(...args)
  }
  return {...wrapped, default: wrapped}
})

afterEach(() => faults.clear())

// An error as the system gives it.
function systemError(code: string, call: string, file: unknown): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: refused, ${call} '${String(file)}'`), {
    code,
    syscall: call,
  })
}

// Throw `code` from `call` for the calls `when` picks, `times` times (default: every time).
function fail(call: string, code: string, when: (...args: unknown[]) => boolean, times = Infinity) {
  let left = times
  faults.set(call, (...args) => {
    if (left > 0 && when(...args)) {
      left--
      throw systemError(code, call, args[0])
    }
  })
}

const clinic = {
  name: 'Host',
  telephone: '404-555-0100',
  locations: ['marietta', 'macon'].map((id) => ({
    id,
    address: {addressLocality: id, addressCountry: 'US'},
  })),
} satisfies ClinicInput

async function builtSite() {
  const directory = await temporaryDirectory()
  const outDir = path.join(directory, 'site')
  await buildSite({siteUrl: 'https://old.example', outDir, clinic})
  await writeFile(path.join(outDir, 'keep.txt'), 'mine')
  const before = await readFile(path.join(outDir, 'index.html'), 'utf8')
  const rebuild = () => buildSite({siteUrl: 'https://new.example', outDir, clinic})
  const isOld = async () =>
    (await readFile(path.join(outDir, 'index.html'), 'utf8')) === before &&
    (await readFile(path.join(outDir, 'locations/macon/index.html'), 'utf8')).includes(
      'old.example',
    )
  return {directory, outDir, rebuild, isOld}
}

const isStaging = (file: unknown) => String(file).includes('.building-')

describe('a rebuild the system refuses half-way leaves the old site whole', () => {
  it('EACCES on the swap’s second rename: rolled back, coded, nothing left', async () => {
    const {directory, outDir, rebuild, isOld} = await builtSite()
    fail('renameSync', 'EACCES', (from, to) => isStaging(from) && to === outDir)
    await expect(rebuild()).rejects.toMatchObject({
      code: 'out-dir-unwritable',
      received: expect.stringMatching(/EACCES.*\(putting the site in place\)$/),
      cause: {code: 'EACCES'},
    })
    expect(await isOld()).toBe(true)
    expect(await readdir(directory)).toEqual(['site'])
  })

  it('EACCES on the swap and on its rollback: the next build puts the site back, then replaces it', async () => {
    const {directory, outDir, rebuild} = await builtSite()
    fail('renameSync', 'EACCES', (_, to) => to === outDir)
    await expect(rebuild()).rejects.toMatchObject({code: 'out-dir-unwritable'})
    expect((await readdir(directory)).join(' ')).toMatch(/^site\.previous-\w{6}$/)
    faults.clear()
    await rebuild()
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toContain('new.example')
    expect(await readFile(path.join(outDir, 'keep.txt'), 'utf8')).toBe('mine')
    expect(await readdir(directory)).toEqual(['site'])
  })

  it('ENOSPC writing a page, EIO carrying a file over: the old site whole, nothing left', async () => {
    const {directory, rebuild, isOld} = await builtSite()
    fail('writeFileSync', 'ENOSPC', (file) => String(file).endsWith('macon/index.html'))
    await expect(rebuild()).rejects.toMatchObject({
      code: 'out-dir-unwritable',
      received: expect.stringContaining('(writing locations/macon/index.html)'),
    })
    faults.clear()
    fail('linkSync', 'EIO', () => true)
    await expect(rebuild()).rejects.toMatchObject({code: 'out-dir-unwritable'})
    expect(await isOld()).toBe(true)
    expect(await readdir(directory)).toEqual(['site'])
  })

  it('a file that cannot be hard-linked (EPERM) is copied; a FIFO that cannot is an error', async () => {
    const {outDir, rebuild} = await builtSite()
    const keep = await stat(path.join(outDir, 'keep.txt'))
    fail('linkSync', 'EPERM', () => true)
    await rebuild()
    const copied = await stat(path.join(outDir, 'keep.txt'))
    expect(copied.ino).not.toBe(keep.ino)
    expect(copied.mode).toBe(keep.mode)
    expect(await readFile(path.join(outDir, 'keep.txt'), 'utf8')).toBe('mine')
    realFs.rmSync(path.join(outDir, 'keep.txt'))
    execFileSync('mkfifo', [path.join(outDir, 'pipe')])
    await expect(rebuild()).rejects.toMatchObject({code: 'out-dir-unwritable'})
  })

  it('a process that may not give folders away (not root) keeps them, with the user’s modes', async () => {
    const {outDir, rebuild} = await builtSite()
    await mkdir(path.join(outDir, 'private'))
    await chmod(path.join(outDir, 'private'), 0o700)
    fail('chownSync', 'EPERM', () => true)
    await rebuild()
    expect((await stat(path.join(outDir, 'private'))).mode & 0o777).toBe(0o700)
  })

  it('a failure to delete the old site after the swap is not the build’s: the next build removes it', async () => {
    const {directory, outDir, rebuild} = await builtSite()
    fail('rmSync', 'EACCES', (file) => String(file).includes('.previous-'))
    await rebuild()
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toContain('new.example')
    expect((await readdir(directory)).sort().join(' ')).toMatch(/^site site\.previous-\w{6}$/)
    faults.clear()
    await rebuild()
    expect(await readdir(directory)).toEqual(['site'])
  })

  it('a mount point inside the output folder: refused before anything moves', async () => {
    const {outDir, rebuild, isOld} = await builtSite()
    await mkdir(path.join(outDir, 'mounted'))
    const actual = await vi.importActual<typeof import('node:fs')>('node:fs')
    const mounted = path.join(outDir, 'mounted')
    faults.set('lstatSync', (file) =>
      file === mounted ? Object.assign(actual.lstatSync(mounted), {dev: -1}) : undefined,
    )
    const error = await rebuild().catch((error: unknown) => error)
    expect(error).toMatchObject({
      code: 'out-dir-refused',
      received: `${JSON.stringify(outDir)}, which holds a mount point: mounted`,
    })
    expect(await isOld()).toBe(true)
  })
})

describe('the lock and the temporary folder, refused by the system', () => {
  it('EACCES creating the lock, ENOSPC writing it: said as they are, no lock left', async () => {
    const {directory, rebuild, isOld} = await builtSite()
    fail('openSync', 'EACCES', (file) => String(file).endsWith('site.lock'))
    await expect(rebuild()).rejects.toMatchObject({
      code: 'out-dir-unwritable',
      received: expect.stringMatching(/EACCES.*\(creating its lock\)$/),
    })
    faults.clear()
    fail('writeSync', 'ENOSPC', () => true)
    await expect(rebuild()).rejects.toMatchObject({
      code: 'out-dir-unwritable',
      received: expect.stringMatching(/ENOSPC.*\(writing its lock\)$/),
    })
    expect(await readdir(directory)).toEqual(['site'])
    expect(await isOld()).toBe(true)
  })

  it('EACCES making the parent folder, ENOSPC making the temporary folder', async () => {
    const {directory, rebuild} = await builtSite()
    fail('mkdirSync', 'EACCES', (file) => file === directory)
    await expect(rebuild()).rejects.toMatchObject({
      code: 'out-dir-unwritable',
      received: expect.stringContaining('(making its parent folder)'),
    })
    faults.clear()
    fail('mkdtempSync', 'ENOSPC', () => true)
    await expect(rebuild()).rejects.toMatchObject({
      code: 'out-dir-unwritable',
      received: expect.stringContaining('(making its temporary folder)'),
    })
    expect(await readdir(directory)).toEqual(['site'])
  })

  it('a lock released while being read is tried again', async () => {
    const {directory, outDir, rebuild} = await builtSite()
    await writeFile(`${outDir}.lock`, '1\n')
    fail('statSync', 'ENOENT', (file) => String(file).endsWith('site.lock'), 1)
    await expect(rebuild()).rejects.toMatchObject({code: 'out-dir-locked'})
    expect((await readdir(directory)).sort()).toEqual(['site', 'site.lock'])
  })

  it('takeOver gives way to a lock a third build made while it put one back', async () => {
    const directory = await temporaryDirectory()
    const lock = path.join(directory, 'site.lock')
    await writeFile(lock, 'a live build’s')
    fail('linkSync', 'EEXIST', () => true)
    takeOver(lock, 'stale')
    expect(await readdir(directory)).toEqual([])
  })
})

describe('a home or current folder that does not exist', () => {
  it('is compared as given', async () => {
    const directory = await temporaryDirectory()
    vi.stubEnv('HOME', path.join(directory, 'no-home'))
    try {
      expect(os.homedir()).toBe(path.join(directory, 'no-home'))
      await expect(
        buildSite({siteUrl: 'https://example.com', outDir: 'no-home', cwd: directory}),
      ).rejects.toMatchObject({received: '"no-home", the home folder'})
      await expect(
        buildSite({
          siteUrl: 'https://example.com',
          outDir: '..',
          cwd: path.join(directory, 'gone', 'here'),
        }),
      ).rejects.toMatchObject({received: '"..", the current folder, or a folder that holds it'})
    } finally {
      vi.unstubAllEnvs()
    }
  })
})
