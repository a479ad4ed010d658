/**
 * 3. A static build with 10,000 locations (10,000 location pages, the article, home, 404,
 * sitemap, robots and a `.jsonld` beside each page): wall time and peak memory of `buildSite`
 * vs a bare loop that writes the same bytes to the same paths. Each runs in a fresh process.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, readFileSync, statSync} from 'node:fs'
import {mkdtemp, readdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {median, ms, root, type Section, times} from './lib.js'

const LOCATIONS = 10_000
const RUNS = 5

function side(...args: string[]): {ms: number; maxRssBytes: number} {
  const output = execFileSync(
    process.execPath,
    [path.join(root, 'bench/site-process.mjs'), ...args],
    {encoding: 'utf8', maxBuffer: 1 << 20},
  )
  return JSON.parse(output)
}

interface Sides {
  /** Peak RSS of each build, in run order. */
  rssRuns: number[]
  build: number
  floor: number
  rss: number
  files: number
  bytes: number
}

/** Build and bare loop, alternately, in folders under `base`: they meet the same disk state. */
async function compare(base: string): Promise<Sides> {
  const scratch = await mkdtemp(path.join(base, 'sciatica-bench-site-'))
  try {
    // A build first, whose bytes the bare loop writes again, from one file read beforehand.
    const builds = [side('build', path.join(scratch, 'site-0'), String(LOCATIONS))]
    const site = path.join(scratch, 'site-0')
    const files = (await readdir(site, {recursive: true, withFileTypes: true}))
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(site, path.join(entry.parentPath, entry.name)))
      .sort()
    const contents = files.map((file) => readFileSync(path.join(site, file)))
    const pack = path.join(scratch, 'pack')
    await writeFile(pack, Buffer.concat(contents))
    await writeFile(
      `${pack}.json`,
      JSON.stringify(files.map((file, index) => [file, contents[index]?.length])),
    )
    const floors = []
    for (let run = 0; run < RUNS; run++) {
      floors.push(side('floor', pack, path.join(scratch, `floor-${run}`)))
      if (run > 0) builds.push(side('build', path.join(scratch, `site-${run}`), String(LOCATIONS)))
    }
    return {
      build: median(builds.map((result) => result.ms)),
      floor: median(floors.map((result) => result.ms)),
      rss: Math.max(...builds.map((result) => result.maxRssBytes)),
      rssRuns: builds.map((result) => result.maxRssBytes),
      files: files.length,
      bytes: contents.reduce((sum, content) => sum + content.length, 0),
    }
  } finally {
    await rm(scratch, {recursive: true, force: true})
  }
}

export async function measure(): Promise<Section> {
  const disk = await compare(tmpdir())
  // Memory-backed, where there is one: the same work without the disk's latency and noise.
  const memory = existsSync('/dev/shm') ? await compare('/dev/shm') : undefined
  const row = (where: string, sides: Sides, budget: number | undefined) => ({
    measure: `wall time, ${where}`,
    ours: ms(sides.build),
    comparison: ms(sides.floor),
    against: 'bare loop writing the same bytes',
    ratio: times(sides.build / sides.floor),
    budget: budget === undefined ? '(reference)' : `≤ ${budget}×`,
    holds: budget === undefined ? undefined : sides.build / sides.floor <= budget,
  })
  const rss = Math.max(disk.rss, memory?.rss ?? 0)
  const scale = await scaleRuns(existsSync('/dev/shm') ? '/dev/shm' : tmpdir())
  const smallest = Math.min(...(memory ?? disk).rssRuns)
  return {
    title: `Static build, ${LOCATIONS.toLocaleString('en-US')} locations`,
    method:
      `\`buildSite\` for a host clinic with ${LOCATIONS.toLocaleString('en-US')} locations: ` +
      `${disk.files.toLocaleString('en-US')} files, ${(disk.bytes / 1e6).toFixed(1)} MB, ` +
      'written to a staging folder and moved into place. Bare loop: `mkdirSync` and ' +
      '`writeFileSync` of the same bytes to the same paths, read into memory beforehand. ' +
      `Each side ${RUNS} times, alternately, each run a fresh process; medians, and the ` +
      `highest peak RSS. On disk: \`${tmpdir()}\`; in memory: \`/dev/shm\` (tmpfs).`,
    rows: [
      row('on disk', disk, 1.5),
      // Without the disk, the build's own work shows: reported, not budgeted.
      ...(memory === undefined ? [] : [row('in memory (tmpfs)', memory, undefined)]),
      {
        measure: 'peak RSS of the build',
        ours: `${(rss / 1e6).toFixed(0)} MB`,
        comparison: `runs: ${[...disk.rssRuns, ...(memory?.rssRuns ?? [])].map((bytes) => (bytes / 1e6).toFixed(0)).join(', ')} MB`,
        against: '',
        ratio: '',
        budget: '< 200 MB',
        holds: rss < 200e6,
      },
      ...scale.flatMap(({count, ms: time, maxRssBytes, largestPage}) => [
        {
          measure: `wall time, ${count.toLocaleString('en-US')} locations, in memory`,
          ours: ms(time),
          comparison: '',
          against: '',
          ratio: '',
          budget: '',
          holds: undefined,
        },
        {
          measure: `peak RSS, ${count.toLocaleString('en-US')} locations`,
          ours: `${(maxRssBytes / 1e6).toFixed(0)} MB`,
          comparison: `${(smallest / 1e6).toFixed(0)} MB`,
          against: `the ${LOCATIONS.toLocaleString('en-US')}-location build (its lowest run, in memory)`,
          ratio: times(maxRssBytes / smallest),
          budget: count === 60_000 ? '≤ 1.3×' : '',
          holds: count === 60_000 ? maxRssBytes / smallest <= 1.3 : undefined,
        },
        {
          measure: `largest page, ${count.toLocaleString('en-US')} locations`,
          ours: `${(largestPage / 1e3).toFixed(0)} kB`,
          comparison: '',
          against: '',
          ratio: '',
          budget: '≤ 1 MB',
          holds: largestPage <= 1e6,
        },
      ]),
    ],
  }
}

/** The scale rows: one build each of 60,000 and 100,000 locations, in a fresh process. */
async function scaleRuns(
  base: string,
): Promise<{count: number; ms: number; maxRssBytes: number; largestPage: number}[]> {
  const results = []
  for (const count of [60_000, 100_000]) {
    const scratch = await mkdtemp(path.join(base, 'sciatica-bench-scale-'))
    try {
      const site = path.join(scratch, 'site')
      const run = side('build', site, String(count))
      const pages = (await readdir(site, {recursive: true, withFileTypes: true})).filter(
        (entry) => entry.isFile() && entry.name.endsWith('.html'),
      )
      let largestPage = 0
      for (const entry of pages) {
        largestPage = Math.max(largestPage, statSync(path.join(entry.parentPath, entry.name)).size)
      }
      results.push({count, ...run, largestPage})
    } finally {
      await rm(scratch, {recursive: true, force: true})
    }
  }
  return results
}
