/**
 * 6. The validator: what loading the vocabulary costs, the first validation in a fresh process,
 * and warm validations of the default graph and of a 200-node graph, each against a floor
 * measured in the same run.
 */
import path from 'node:path'
import {dist, inFreshProcess, median, medians, ms, root, type Section, times} from './lib.js'

const {buildJsonLd} = await import(dist('index.js'))
const {validateJsonLd} = await import(dist('validate.js'))

const RUNS = 7

// Cold costs: each sample is a fresh Node.js process that times one step with performance.now().
function cold(script: string): number {
  return median(Array.from({length: RUNS}, () => inFreshProcess(script)))
}

const validateModule = JSON.stringify(dist('validate.js'))
const importValidate = `const t = performance.now(); const m = await import(${validateModule});`
const print = (start: string) => `process.stdout.write(String(performance.now() - ${start}))`

/** The default graph and 181 more clinics: 200 nodes. */
function bigGraph() {
  return buildJsonLd({
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
}

export async function measure(): Promise<Section> {
  const importOnly = cold(`${importValidate} ${print('t')}`)
  const importAndLoad = cold(`${importValidate} m.validateJsonLd({}); ${print('t')}`)
  const firstValidation = cold(
    `const {buildJsonLd} = await import(${JSON.stringify(dist('index.js'))}); ` +
      `const g = buildJsonLd({siteUrl: 'https://example.com'}); ${importValidate} ` +
      `const u = performance.now(); m.validateJsonLd(g); ${print('u')}`,
  )
  const vocabulary = JSON.stringify(path.join(root, 'src/generated/vocabulary.ts'))
  const parseFloor = cold(
    `const text = (await import('node:fs')).readFileSync(${vocabulary}, 'utf8').split("'")[1]; ` +
      `const t = performance.now(); JSON.parse(text); ${print('t')}`,
  )

  const graph = bigGraph()
  const nodes = graph['@graph'].length
  const defaultGraph = buildJsonLd({siteUrl: 'https://example.com'})
  const result = await medians({
    default: () => validateJsonLd(defaultGraph),
    defaultFloor: () => JSON.parse(JSON.stringify(defaultGraph)),
    big: () => validateJsonLd(graph),
    bigFloor: () => JSON.parse(JSON.stringify(graph)),
  })
  const warm = (measure: string, ours: number, floor: number) => ({
    measure,
    ours: ms(ours),
    comparison: ms(floor),
    against: 'JSON round trip of the graph',
    ratio: times(ours / floor),
    budget: '(reported)',
    holds: undefined,
  })
  return {
    title: 'Validator',
    method:
      `Cold: each a fresh process timing one step with \`performance.now()\`, median of ${RUNS}. ` +
      'Warm: medians of tinybench runs in one process; the floor is `JSON.parse(JSON.stringify(graph))`, ' +
      'the least any checker that reads the graph does.',
    rows: [
      {
        measure: 'cold import of `sciatica-content/validate`',
        ours: ms(importOnly),
        comparison: '',
        against: '',
        ratio: '',
        budget: '(reported)',
        holds: undefined,
      },
      {
        measure: 'vocabulary load (first call, after the import)',
        ours: ms(importAndLoad - importOnly),
        comparison: ms(parseFloor),
        against: '`JSON.parse` of the vocabulary index',
        ratio: times((importAndLoad - importOnly) / parseFloor),
        budget: '(reported)',
        holds: undefined,
      },
      {
        measure: 'first validation of the default graph, fresh process',
        ours: ms(firstValidation),
        comparison: '',
        against: '',
        ratio: '',
        budget: '(reported)',
        holds: undefined,
      },
      warm(
        'warm validation, default graph',
        result.default as number,
        result.defaultFloor as number,
      ),
      warm(`warm validation, ${nodes}-node graph`, result.big as number, result.bigFloor as number),
    ],
  }
}
