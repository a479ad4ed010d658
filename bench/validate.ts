/**
 * Validator benchmark (`npm run bench`): what loading the vocabulary costs, the first validation
 * in a fresh process, and a 200-node graph, each against a floor measured in the same run.
 * Run after `npm run build`: it measures the built package, as users get it.
 */
import {execFileSync} from 'node:child_process'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {Bench} from 'tinybench'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = (name: string) => path.join(root, 'dist', name)
const {buildJsonLd} = await import(dist('index.js'))
const {validateJsonLd} = await import(dist('validate.js'))

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] as number
}

// Cold costs: each sample is a fresh Node process that times one step with performance.now().
function cold(script: string, runs = 7): number {
  const samples: number[] = []
  for (let run = 0; run < runs; run++) {
    samples.push(
      Number(
        execFileSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8'}),
      ),
    )
  }
  return median(samples)
}

const importValidate = `const t = performance.now(); const m = await import(${JSON.stringify(dist('validate.js'))});`
const importOnly = cold(`${importValidate} process.stdout.write(String(performance.now() - t))`)
const importAndLoad = cold(
  `${importValidate} m.validateJsonLd({}); process.stdout.write(String(performance.now() - t))`,
)
const firstValidation = cold(
  `const {buildJsonLd} = await import(${JSON.stringify(dist('index.js'))}); const g = buildJsonLd({siteUrl: 'https://example.com'}); ${importValidate} const u = performance.now(); m.validateJsonLd(g); process.stdout.write(String(performance.now() - u))`,
)
const jsonParseFloor = cold(
  `const {vocabularyJson} = {vocabularyJson: (await import('node:fs')).readFileSync(${JSON.stringify(path.join(root, 'src/generated/vocabulary.ts'))}, 'utf8').split("'")[1]}; const t = performance.now(); JSON.parse(vocabularyJson); process.stdout.write(String(performance.now() - t))`,
)

// A 200-node graph: the default graph and 181 more clinics.
const graph = buildJsonLd({
  siteUrl: 'https://example.com',
  clinic: {
    name: 'Example Spine',
    telephone: '+1 404 555 0100',
    services: ['physical-therapy'],
    locations: Array.from({length: 183}, (_, index) => ({
      id: `location-${index}`,
      address: {
        streetAddress: `${index} Main St`,
        addressLocality: 'Atlanta',
        addressRegion: 'GA',
        postalCode: '30303',
        addressCountry: 'US',
      },
      geo: {latitude: 33.7, longitude: -84.4},
    })),
  },
})
const nodes = graph['@graph'].length
const defaultGraph = buildJsonLd({siteUrl: 'https://example.com'})

const bench = new Bench({time: 1000, warmup: true})
bench
  .add('validateJsonLd, default graph', () => validateJsonLd(defaultGraph))
  .add('floor: JSON round trip, default graph', () => JSON.parse(JSON.stringify(defaultGraph)))
  .add(`validateJsonLd, ${nodes}-node graph`, () => validateJsonLd(graph))
  .add(`floor: JSON round trip, ${nodes}-node graph`, () => JSON.parse(JSON.stringify(graph)))
await bench.run()

const ms = (name: string) => {
  const result = bench.getTask(name)?.result as {latency?: {p50?: number}} | undefined
  const p50 = result?.latency?.p50
  if (p50 === undefined) throw new Error(`No result for ${name}`)
  return p50
}
const format = (value: number) => `${value.toFixed(3)} ms`
const rows = [
  ['cold import of sciatica-content/validate', format(importOnly), '', ''],
  [
    'cold import + vocabulary decode',
    format(importAndLoad),
    format(importOnly),
    `+${format(importAndLoad - importOnly)}`,
  ],
  ['vocabulary: JSON.parse of the index alone (floor)', format(jsonParseFloor), '', ''],
  ['first validation, default graph (fresh process)', format(firstValidation), '', ''],
  [
    'validateJsonLd, default graph (warm)',
    format(ms('validateJsonLd, default graph')),
    format(ms('floor: JSON round trip, default graph')),
    `${(ms('validateJsonLd, default graph') / ms('floor: JSON round trip, default graph')).toFixed(1)}×`,
  ],
  [
    `validateJsonLd, ${nodes}-node graph (warm)`,
    format(ms(`validateJsonLd, ${nodes}-node graph`)),
    format(ms(`floor: JSON round trip, ${nodes}-node graph`)),
    `${(ms(`validateJsonLd, ${nodes}-node graph`) / ms(`floor: JSON round trip, ${nodes}-node graph`)).toFixed(1)}×`,
  ],
]
console.log(
  `Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores`,
)
console.log('| measure | median | floor | ratio |\n| --- | --- | --- | --- |')
for (const row of rows) console.log(`| ${row.join(' | ')} |`)
