/**
 * What the benchmark sections share: medians from tinybench and from fresh processes, and the
 * row every measure reports (ours, the comparison, their ratio, the budget and whether it holds).
 */
import {execFileSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {Bench} from 'tinybench'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** A built file of the package, as users get it. */
export const dist = (name: string): string => path.join(root, 'dist', name)

/** One line of the results. Times in milliseconds, sizes in bytes. */
export interface Row {
  measure: string
  ours: string
  comparison: string
  /** What `comparison` is: a peer, or the floor. */
  against: string
  ratio: string
  budget: string
  /** `undefined` when the line has no budget (a reference point). */
  holds: boolean | undefined
}

export interface Section {
  title: string
  /** What was measured, and how: printed under the section's title. */
  method: string
  rows: Row[]
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}

export function ms(value: number): string {
  if (value < 0.01) return `${(value * 1000).toFixed(2)} µs`
  if (value < 1) return `${(value * 1000).toFixed(1)} µs`
  if (value < 1000) return `${value.toFixed(2)} ms`
  return `${(value / 1000).toFixed(2)} s`
}

export function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(2)} kB`
}

export function times(ratio: number): string {
  return `${ratio.toFixed(2)}×`
}

/** Median and mean latency (ms) of a task: the mean includes the garbage collector's pauses. */
export interface Latency {
  median: number
  mean: number
}

/**
 * Latency of each task, run in one tinybench instance so they share the machine's state. Each
 * task runs for `time` ms after a warm-up.
 */
export async function latencies(
  tasks: Record<string, () => unknown>,
  time = 1500,
): Promise<Record<string, Latency>> {
  const bench = new Bench({time, warmup: true, warmupTime: 300})
  for (const [name, task] of Object.entries(tasks)) bench.add(name, task)
  await bench.run()
  const result: Record<string, Latency> = {}
  for (const name of Object.keys(tasks)) {
    const task = bench.getTask(name)
    const latency = (task?.result as {latency?: {p50?: number; mean?: number}} | undefined)?.latency
    if (latency?.p50 === undefined || latency.mean === undefined) {
      throw new Error(`tinybench gave no result for “${name}”`)
    }
    result[name] = {median: latency.p50, mean: latency.mean}
  }
  return result
}

/** Median latency (ms) of each task (see `latencies`). */
export async function medians(
  tasks: Record<string, () => unknown>,
  time = 1500,
): Promise<Record<string, number>> {
  const result = await latencies(tasks, time)
  return Object.fromEntries(Object.entries(result).map(([name, {median}]) => [name, median]))
}

/** Run a script in a fresh Node.js process and read the number it prints. */
export function inFreshProcess(script: string, args: string[] = []): number {
  const output = execFileSync(process.execPath, [...args, '--input-type=module', '-e', script], {
    encoding: 'utf8',
    cwd: root,
  })
  return Number(output.trim())
}
