/**
 * 6. The validator: what loading the vocabulary costs, the first validation in a fresh process,
 * warm validations of the default graph and of a 200-node graph, each against a floor measured in
 * the same run; and reading the JSON-LD of a 1 MB page against building its full tree (parse5,
 * through hast-util-from-html: how v0.1 read pages).
 */
import path from 'node:path'
import {fromHtml} from 'hast-util-from-html'
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

/**
 * A page of about 1 MB: the rendered article's head and JSON-LD, then 1 MB of ordinary markup
 * (paragraphs, links, lists, inline scripts and styles), as a long news page is.
 */
async function bigPage(): Promise<string> {
  const {renderPage} = await import(dist('render.js'))
  const page: string = await renderPage({siteUrl: 'https://example.com'})
  const block =
    '<section class="story"><h2 id="h">A heading</h2><p>Text with <a href="/x?a=1&amp;b=2">a link</a>, ' +
    '<em>emphasis</em> and an entity &eacute;.</p><ul><li>One</li><li>Two</li></ul>' +
    '<script>window.dataLayer = window.dataLayer || []; dataLayer.push({a: "<b>"})</script>' +
    '<style>.story p { margin: 0 }</style><img src="/a.jpg" alt="An image"></section>\n'
  const filler = block.repeat(Math.ceil(1_000_000 / block.length))
  return page.replace('</main>', `${filler}</main>`)
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

  const page = await bigPage()
  const extraction = await medians(
    {
      ours: () => validateJsonLd(page, {format: 'html'}),
      tree: () => fromHtml(page),
    },
    3000,
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
      {
        measure: `validation of a ${(page.length / 1e6).toFixed(1)} MB page (its JSON-LD read with htmlparser2's tokenizer)`,
        ours: ms(extraction.ours as number),
        comparison: ms(extraction.tree as number),
        against: 'the full tree of the page (hast-util-from-html, parse5): v0.1 read pages so',
        ratio: times((extraction.ours as number) / (extraction.tree as number)),
        budget: '≤ 0.2×',
        holds: (extraction.ours as number) <= 0.2 * (extraction.tree as number),
      },
    ],
  }
}
