/**
 * 5. Cold import: a fresh `node` that imports an entry and exits, vs `node -e 0`, the floor of
 * any Node.js program. The two alternate, so they meet the same machine.
 */
import {spawnSync} from 'node:child_process'
import {dist, ms, type Section} from './lib.js'

const RUNS = 21

function wall(args: string[]): number {
  const start = performance.now()
  const result = spawnSync(process.execPath, args, {stdio: ['ignore', 'ignore', 'pipe']})
  if (result.status !== 0) throw new Error(`node ${args.join(' ')}: ${result.stderr}`)
  return performance.now() - start
}

const importOf = (entry: string) => [
  '--input-type=module',
  '-e',
  `await import(${JSON.stringify(dist(entry))})`,
]

/**
 * Extra milliseconds of importing each entry, over `node -e 0`: the fastest run of each, since
 * other work on the machine only ever adds time (on this shared 2-core machine medians moved
 * by 2× between runs a minute apart; the fastest runs by a few percent).
 */
export function importCosts(
  entries: readonly string[],
  runs = RUNS,
): {floor: number; costs: number[]} {
  const floor: number[] = []
  const samples: number[][] = entries.map(() => [])
  for (let run = 0; run < runs; run++) {
    floor.push(wall(['-e', '0']))
    for (const [index, entry] of entries.entries()) samples[index]?.push(wall(importOf(entry)))
  }
  const base = Math.min(...floor)
  return {floor: base, costs: samples.map((values) => Math.min(...values) - base)}
}

/** The core's cold import budget, in milliseconds over `node -e 0`; `npm run size` guards it. */
export const IMPORT_BUDGET_MS = 25

/**
 * `sciatica-content/render`: the goal is +30 ms. Measured at +35 ms (fastest of 31 runs) to
 * +42 ms (median) on the 2-core machine: the core (+17 ms), property-information's tables
 * (about 6 ms), which hast-util-to-html needs for any serialization, and the garbage collector
 * (about 7 ms). `npm run size` guards +50 ms, which loading unified and a Markdown parser at
 * import again (+50 ms more) would exceed.
 */
export const RENDER_IMPORT_GOAL_MS = 30
export const RENDER_IMPORT_GUARD_MS = 50

export function measure(): Section {
  const entries = ['index.js', 'render.js', 'validate.js', 'site.js']
  const {floor, costs} = importCosts(entries)
  return {
    title: 'Cold import',
    method:
      `Wall time of a fresh \`node\` that imports the entry and exits, minus that of \`node -e 0\` ` +
      `(${ms(floor)} here); ${RUNS} runs of each, alternating; the fastest of each. \`npm run size\` (in CI) ` +
      `fails when the core exceeds its budget, or \`/render\` +${RENDER_IMPORT_GUARD_MS} ms.`,
    rows: entries.map((entry, index) => {
      const cost = costs[index] as number
      const budget =
        entry === 'index.js'
          ? IMPORT_BUDGET_MS
          : entry === 'render.js'
            ? RENDER_IMPORT_GOAL_MS
            : undefined
      return {
        measure:
          entry === 'index.js'
            ? 'core (`sciatica-content`)'
            : `\`sciatica-content/${entry.replace('.js', '')}\``,
        ours: `+${ms(cost)}`,
        comparison: ms(floor),
        against: '`node -e 0`',
        ratio: '',
        budget: budget === undefined ? '(reported)' : `≤ +${budget} ms`,
        holds: budget === undefined ? undefined : cost <= budget,
      }
    }),
  }
}
