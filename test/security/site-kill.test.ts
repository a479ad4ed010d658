// Real rebuilds, killed: the CLI as users run it (`dist/cli.js`, so run after `npm run build`;
// `npm test` builds first), killed with SIGKILL at many moments, then the folder read as a web
// server would. It must hold one build's pages, never a mix, and the next build must succeed
// without help.
import {type ChildProcess, spawn} from 'node:child_process'
import {accessSync, constants, existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {setTimeout as sleep} from 'node:timers/promises'
import {describe, expect, it} from 'vitest'
import {temporaryDirectory} from '../helpers/files.js'

const cli = path.resolve(import.meta.dirname, '../../dist/cli.js')

// The folders live in memory (tmpfs) where there is one: what is tested is the order of the
// file system's operations, which a kill leaves as they were on any file system; a busy disk
// only makes each of the dozen builds slower.
const memory = (() => {
  try {
    accessSync('/dev/shm', constants.W_OK)
    return '/dev/shm'
  } catch {
    return undefined
  }
})()

// Build i of a test: its own site URL, so that each page says which build wrote it; the odd
// builds drop the last LOCATIONS / 5 locations, so that a dropped page left behind shows too.
const LOCATIONS = 1250
const idsOf = (build: number) =>
  Array.from({length: build % 2 === 0 ? LOCATIONS : LOCATIONS - LOCATIONS / 5}, (_, i) => `l${i}`)

function writeClinics(directory: string): void {
  for (const [name, build] of [
    ['even.json', 0],
    ['odd.json', 1],
  ] as const) {
    const locations = idsOf(build).map((id) => ({
      id,
      address: {addressLocality: `Town ${id}`, addressCountry: 'US'},
    }))
    writeFileSync(
      path.join(directory, name),
      JSON.stringify({name: 'Host', telephone: '404-555-0100', locations}),
    )
  }
}

const argsOf = (build: number) => [
  cli,
  'build',
  '--site-url',
  `https://build-${build}.example`,
  '--out',
  'site',
  '--clinic',
  build % 2 === 0 ? 'even.json' : 'odd.json',
]

interface Run {
  readonly child: ChildProcess
  readonly exited: Promise<{code: number | null; signal: NodeJS.Signals | null}>
  /** Resolves when standard error has shown `text` (or the process has ended). */
  readonly shown: (text: string) => Promise<void>
  /** Standard error so far. */
  readonly stderr: () => string
}

function start(directory: string, build: number): Run {
  const child = spawn(process.execPath, argsOf(build), {
    cwd: directory,
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  const waiting: [string, () => void][] = []
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
    for (const [text, resolve] of waiting) if (stderr.includes(text)) resolve()
  })
  const exited = new Promise<{code: number | null; signal: NodeJS.Signals | null}>((resolve) =>
    child.once('exit', (code, signal) => resolve({code, signal})),
  )
  const shown = (text: string) =>
    Promise.race([
      new Promise<void>((resolve) => waiting.push([text, resolve])),
      exited.then(() => {}),
    ])
  return {child, exited, shown, stderr: () => stderr}
}

// Every page in the folder as a reader finds it: which build wrote it, and which locations
// have a page. `undefined` when the folder is missing (between the two renames of a swap).
function readSite(outDir: string) {
  if (!existsSync(outDir)) return undefined
  const builds = new Set<string>()
  const read = (file: string) => {
    const build = /https:\/\/build-(\d+)\.example/.exec(readFileSync(file, 'utf8'))?.[1]
    builds.add(build ?? `none in ${file}`)
  }
  read(path.join(outDir, 'index.html'))
  const locations = readdirSync(path.join(outDir, 'locations')).filter((id) => {
    const page = path.join(outDir, 'locations', id, 'index.html')
    if (!existsSync(page)) return false
    read(page)
    return true
  })
  return {
    builds: [...builds],
    locations: locations.sort(),
    keep: readFileSync(path.join(outDir, 'keep.txt'), 'utf8'),
  }
}

describe('a rebuild killed with SIGKILL', () => {
  it('leaves one build’s site at every moment, and the next build succeeds unaided', async () => {
    const directory = await temporaryDirectory(memory)
    const outDir = path.join(directory, 'site')
    writeClinics(directory)
    expect((await start(directory, 0).exited).code).toBe(0)
    writeFileSync(path.join(outDir, 'keep.txt'), 'mine')
    const doneLine = (build: number) => `Built ${idsOf(build).length + 3} of`

    // A rebuild not killed, timed: how long its pages take, and how long the rest (the
    // manifest, the carry-over, the swap, the deletion of the old site).
    const began = performance.now()
    const timed = start(directory, 1)
    await timed.shown(doneLine(1))
    const pages = performance.now() - began
    expect((await timed.exited).code).toBe(0)
    const rest = performance.now() - began - pages

    // When to kill, after the start or after the last progress line: spread over the pages,
    // then over the rest.
    const moments: ['start' | 'done', number][] = [
      ...[0.5, 0.7, 0.9].map((share): ['start', number] => ['start', share * pages]),
      ...[0, 0.12, 0.25, 0.37, 0.5, 0.62, 0.75, 0.87].map((share): ['done', number] => [
        'done',
        share * rest,
      ]),
    ]
    const seen: string[] = []
    for (const [index, [from, delay]] of moments.entries()) {
      const build = index + 2
      const run = start(directory, build)
      if (from === 'done') await run.shown(doneLine(build))
      await sleep(delay)
      run.child.kill('SIGKILL')
      const {code, signal} = await run.exited
      // Killed, or done before the kill: never refused by what an earlier kill left.
      expect(signal === 'SIGKILL' || code === 0, `build ${build}: ${code} ${signal}`).toBe(true)

      const site = readSite(outDir)
      const leftovers = readdirSync(directory).filter((name) => name.startsWith('site.'))
      seen.push(
        `${build} (${from} + ${delay.toFixed(0)} ms): ${site === undefined ? 'missing' : `build ${site.builds.join('+')}`}; ${leftovers.map((name) => name.replace(/-\w{6}$/, '')).join(' ')}`,
      )
      if (site === undefined) {
        // Between the swap's two renames: the old site waits beside it, to be put back.
        expect(leftovers.some((name) => name.startsWith('site.previous-'))).toBe(true)
        continue
      }
      expect(site.builds, seen.join('\n')).toHaveLength(1)
      expect(site.locations).toEqual(idsOf(Number(site.builds[0])).sort())
      expect(site.keep).toBe('mine')
    }
    if (process.env.SCIATICA_KILL_LOG)
      console.log(`pages ${pages.toFixed(0)} ms, rest ${rest.toFixed(0)} ms\n${seen.join('\n')}`)

    const last = moments.length + 2
    const done = await start(directory, last).exited
    expect(done).toEqual({code: 0, signal: null})
    const site = readSite(outDir)
    expect(site?.builds).toEqual([String(last)])
    expect(site?.locations).toEqual(idsOf(last).sort())
    expect(site?.keep).toBe('mine')
    expect(readdirSync(directory).sort(), seen.join('\n')).toEqual([
      'even.json',
      'odd.json',
      'site',
    ])
  }, 120_000)
})

// Resolves when a staging folder beside `site` holds `file` (or the run has ended).
async function staged(directory: string, file: string, run: Run): Promise<void> {
  let ended = false
  void run.exited.then(() => {
    ended = true
  })
  while (!ended) {
    const staging = readdirSync(directory).filter((name) => name.startsWith('site.building-'))
    if (staging.some((name) => existsSync(path.join(directory, name, file)))) return
    await sleep(5)
  }
}

describe('Ctrl-C, again and again, during a rebuild', () => {
  it('stops it once and cleans up: the old site, nothing left', async () => {
    const directory = await temporaryDirectory(memory)
    const outDir = path.join(directory, 'site')
    writeClinics(directory)
    expect((await start(directory, 0).exited).code).toBe(0)
    writeFileSync(path.join(outDir, 'keep.txt'), 'mine')
    const run = start(directory, 2)
    // Half-way through its pages (the CLI shows no progress when not on a terminal): the
    // staging folder has the page of location 600.
    await staged(directory, 'locations/l600/index.html', run)
    // Ctrl-C, again and again until it ends: some land while it cleans up.
    let ended = false
    const exited = run.exited.finally(() => {
      ended = true
    })
    while (!ended) {
      run.child.kill('SIGINT')
      await sleep(2)
    }
    const {code, signal} = await exited
    // It cleaned up and said so; then it ended (130), or a later Ctrl-C ended it on its way
    // out (no handler is left once the build has returned).
    expect(run.stderr()).toContain('sciatica-content: stopped; site is as it was\n')
    expect(code === 130 || signal === 'SIGINT', `${code} ${signal}`).toBe(true)
    expect(readSite(outDir)?.builds).toEqual(['0'])
    expect(readdirSync(directory).sort()).toEqual(['even.json', 'odd.json', 'site'])
  }, 60_000)
})
