import {existsSync, readdirSync} from 'node:fs'
import {mkdir, readdir, readFile, rename, utimes, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {ClinicInput} from '../../src/index.js'
import {SciaticaContentError} from '../../src/index.js'
import {
  acquireLock,
  isRunning,
  parseLock,
  releaseLock,
  takeOver,
  UNREADABLE_LOCK_GRACE_MS,
} from '../../src/site/lock.js'
import {SiteWriter} from '../../src/site/output.js'
import {unwritable} from '../../src/site/unwritable.js'
import {buildSite} from '../../src/site.js'
import {listFiles, temporaryDirectory} from '../helpers/files.js'
import {deadPid} from '../helpers/processes.js'

const clinic = {
  name: 'Host',
  telephone: '404-555-0100',
  locations: ['marietta', 'macon', 'athens'].map((id) => ({
    id,
    address: {addressLocality: id, addressCountry: 'US'},
  })),
} satisfies ClinicInput

async function site() {
  const directory = await temporaryDirectory()
  const outDir = path.join(directory, 'site')
  return {directory, outDir, lock: `${outDir}.lock`}
}

describe('a lock left by a build that is gone', () => {
  it('is taken over when its process has ended, with the build’s leftovers', async () => {
    const {directory, outDir, lock} = await site()
    await buildSite({siteUrl: 'https://old.example', outDir, clinic})
    // What a build killed while writing left: its lock, half a staging folder (68 MB in the
    // issue), and a previous site it swapped out.
    await writeFile(lock, `${await deadPid()}\n${os.hostname()}\n`)
    await mkdir(path.join(directory, 'site.building-AbC123', 'locations'), {recursive: true})
    await writeFile(path.join(directory, 'site.building-AbC123', 'index.html'), 'half')
    await mkdir(path.join(directory, 'site.previous-XyZ789'))
    // Not leftovers: names that only look alike.
    await mkdir(path.join(directory, 'site.building-notmine'))
    await mkdir(path.join(directory, 'other.building-AbC123'))

    await buildSite({siteUrl: 'https://new.example', outDir, clinic})
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toContain('new.example')
    expect((await readdir(directory)).sort()).toEqual([
      'other.building-AbC123',
      'site',
      'site.building-notmine',
    ])
  })

  it('puts back the old site when a build was killed between the two renames of its swap', async () => {
    const {directory, outDir, lock} = await site()
    await buildSite({siteUrl: 'https://old.example', outDir, clinic})
    await rename(outDir, path.join(directory, 'site.previous-AbC123'))
    await mkdir(path.join(directory, 'site.building-AbC123'))
    await writeFile(lock, `${await deadPid()}\n`)
    const seen: string[] = []
    await buildSite({
      siteUrl: 'https://new.example',
      outDir,
      clinic,
      onProgress: (done) => {
        // Restored before the build starts writing.
        if (done === 1) seen.push(readdirSorted(directory).join(' '))
      },
    })
    expect(seen).toEqual([expect.stringMatching(/^site site\.building-\w{6} site\.lock$/)])
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toContain('new.example')
    expect(await readdir(directory)).toEqual(['site'])
  })

  it('is taken over when it is empty (a full disk) or damaged and older than the grace period', async () => {
    for (const text of ['', 'garbage', '0\n', '-5\n']) {
      const {directory, outDir, lock} = await site()
      await writeFile(lock, text)
      // A fresh one may be a build that is writing it.
      await expect(buildSite({siteUrl: 'https://example.com', outDir})).rejects.toMatchObject({
        code: 'out-dir-locked',
        received: expect.stringContaining('a build that is writing its lock'),
      })
      const old = new Date(Date.now() - UNREADABLE_LOCK_GRACE_MS - 1000)
      await utimes(lock, old, old)
      await buildSite({siteUrl: 'https://example.com', outDir})
      expect(await readdir(directory)).toEqual(['site'])
    }
  })
})

describe('a lock that holds', () => {
  it('of a running build: refused, naming the process', async () => {
    const {outDir, lock} = await site()
    await writeFile(lock, '1\n')
    await expect(buildSite({siteUrl: 'https://example.com', outDir})).rejects.toMatchObject({
      code: 'out-dir-locked',
      expected: 'a folder no other build is writing',
      received: `${JSON.stringify(outDir)}, locked by process 1, which is running (${lock})`,
    })
  })

  it('of a build on another host: refused, since its process cannot be checked', async () => {
    const {outDir, lock} = await site()
    await writeFile(lock, `${await deadPid()}\nsomewhere-else\n`)
    await expect(buildSite({siteUrl: 'https://example.com', outDir})).rejects.toMatchObject({
      code: 'out-dir-locked',
      received: expect.stringContaining('on host "somewhere-else", which this host cannot check'),
    })
  })

  it('of a build in this process: the second of two builds at once is refused', async () => {
    const {directory, outDir} = await site()
    const first = buildSite({siteUrl: 'https://first.example', outDir, clinic})
    const second = buildSite({siteUrl: 'https://second.example', outDir, clinic})
    const [one, two] = await Promise.allSettled([first, second])
    expect(one.status).toBe('fulfilled')
    expect(two).toMatchObject({status: 'rejected', reason: {code: 'out-dir-locked'}})
    expect(await readFile(path.join(outDir, 'index.html'), 'utf8')).toContain('first.example')
    expect(await readdir(directory)).toEqual(['site'])
  })

  it('that is a folder, not a file: out-dir-unwritable with the system’s error', async () => {
    const {outDir, lock} = await site()
    await mkdir(lock)
    const error = await buildSite({siteUrl: 'https://example.com', outDir}).catch((e) => e)
    expect(error).toBeInstanceOf(SciaticaContentError)
    expect(error).toMatchObject({
      code: 'out-dir-unwritable',
      received: expect.stringMatching(/EISDIR.*\(reading its lock\)$/),
      cause: {code: 'EISDIR'},
    })
  })
})

describe('the lock’s parts', () => {
  it('parseLock, isRunning', async () => {
    expect(parseLock('12\nhost\n')).toEqual({pid: 12, hostname: 'host'})
    expect(parseLock('12\n')).toEqual({pid: 12, hostname: undefined})
    expect(parseLock('12')).toEqual({pid: 12, hostname: undefined})
    expect(parseLock('')).toBeUndefined()
    expect(parseLock('x12\n')).toBeUndefined()
    expect(isRunning(process.pid)).toBe(true)
    expect(isRunning(await deadPid())).toBe(false)
  })

  it('takeOver moves a stale lock aside, and puts back one that another build made meanwhile', async () => {
    const {directory, lock} = await site()
    takeOver(lock, 'gone already')
    expect(existsSync(lock)).toBe(false)
    await writeFile(lock, 'stale')
    takeOver(lock, 'stale')
    expect(existsSync(lock)).toBe(false)
    await writeFile(lock, 'fresh, of another build')
    takeOver(lock, 'stale')
    expect(await readFile(lock, 'utf8')).toBe('fresh, of another build')
    expect(await readdir(directory)).toEqual(['site.lock'])
  })

  it('releaseLock leaves a lock that is no longer this build’s, and a missing one', async () => {
    const {outDir, lock} = await site()
    expect(acquireLock(outDir)).toBe(lock)
    await writeFile(lock, 'taken over by another build\n')
    releaseLock(lock)
    expect(await readFile(lock, 'utf8')).toBe('taken over by another build\n')
    releaseLock(`${lock}.missing`)
  })

  it('unwritable maps system errors, and leaves others', () => {
    const system = Object.assign(new Error("EACCES: permission denied, open '/x/site.lock'"), {
      code: 'EACCES',
    })
    expect(unwritable(system, '/x/site', 'creating its lock')).toMatchObject({
      code: 'out-dir-unwritable',
      message:
        'Expected an output folder the build can write (a writable parent folder, free space), received "/x/site": EACCES: permission denied, open \'/x/site.lock\' (creating its lock)',
      cause: system,
    })
    const plain = new Error('no code')
    expect(unwritable(plain, '/x', 'y')).toBe(plain)
    expect(unwritable('a string', '/x', 'y')).toBe('a string')
    const coded = new SciaticaContentError('out-dir-conflict', {expected: 'a', received: 'b'})
    expect(unwritable(coded, '/x', 'y')).toBe(coded)
  })
})

describe('a rebuild', () => {
  it('that drops locations removes their pages and their empty folders', async () => {
    const {outDir} = await site()
    await buildSite({siteUrl: 'https://example.com', outDir, clinic})
    await writeFile(path.join(outDir, 'locations', 'macon', 'notes.txt'), 'mine')
    await buildSite({
      siteUrl: 'https://example.com',
      outDir,
      clinic: {...clinic, locations: clinic.locations.slice(0, 1)},
    })
    const folders = (await readdir(path.join(outDir, 'locations'), {withFileTypes: true}))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
    expect(folders.sort()).toEqual(['macon', 'marietta'])
    expect(await readdir(path.join(outDir, 'locations', 'macon'))).toEqual(['notes.txt'])
    expect(await listFiles(outDir)).toContain('locations/marietta/index.html')
  })

  it('over a folder it did not make refuses, naming what is in the way, and changes nothing', async () => {
    const {directory, outDir} = await site()
    await mkdir(path.join(outDir, 'index.html'), {recursive: true})
    await mkdir(path.join(outDir, 'sitemap.xml', 'inner'), {recursive: true})
    await writeFile(path.join(outDir, 'sitemap.xml', 'inner', 'file'), '')
    await mkdir(path.join(outDir, '.sciatica-content.json'))
    const error = await buildSite({siteUrl: 'https://example.com', outDir}).catch((e) => e)
    expect(error).toMatchObject({
      code: 'out-dir-conflict',
      received: `${JSON.stringify(outDir)}, which has files the build did not write: .sciatica-content.json, index.html, sitemap.xml/inner/file`,
    })
    expect(await readdir(directory)).toEqual(['site'])
  })

  it('whose output folder became a file during the build: refused, nothing moved', async () => {
    const {directory, outDir} = await site()
    await mkdir(outDir)
    const writer = await SiteWriter.open(outDir)
    writer.write('index.html', 'page')
    await rename(outDir, path.join(directory, 'moved'))
    await writeFile(outDir, 'a file now')
    await expect(writer.commit()).rejects.toMatchObject({code: 'out-dir-refused'})
    await writer.abort()
    expect((await readdir(directory)).sort()).toEqual(['moved', 'site'])
  })
})

// Synchronous on purpose: it runs inside a build's progress callback.
function readdirSorted(directory: string): string[] {
  return readdirSync(directory).sort()
}
