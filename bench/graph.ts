/**
 * 1. The JSON-LD graph of a host page (site URL, path, a clinic with two locations), as the
 * `<script>` a page carries: us vs @unhead/schema-org building the closest graph it can
 * (WebSite, WebPage, Article, Organization, LocalBusiness ×2, BreadcrumbList), and vs
 * `JSON.stringify` of our finished graph, the floor of any JSON-LD output.
 */
import {
  defineArticle,
  defineBreadcrumb,
  defineLocalBusiness,
  defineOrganization,
  defineWebPage,
  defineWebSite,
  UnheadSchemaOrg,
  useSchemaOrg,
} from '@unhead/schema-org'
import {createHead, renderSSRHead} from 'unhead/server'
import {dist, type Latency, latencies, ms, type Section, times} from './lib.js'

const core = await import(dist('index.js'))
const {article} = core

const locations = [
  {id: 'atlanta', locality: 'Atlanta', telephone: '+14045550100'},
  {id: 'macon', locality: 'Macon', telephone: '+14785550199'},
]

export const options = {
  siteUrl: 'https://clinic.example',
  path: '/learn/sciatica/',
  clinic: {
    name: 'Example Spine & Joint',
    telephone: '(404) 555-0100',
    locations: locations.map(({id, locality, telephone}) => ({
      id,
      address: {addressLocality: locality, addressRegion: 'GA', addressCountry: 'US'},
      telephone,
    })),
  },
}

// Nothing is reused between calls: each builds the graph of a new host (its own site URL), from
// options checked anew, and serializes it for a `<script>`.
let next = 0
const ours = (): string =>
  core.jsonLdScript(core.buildJsonLd({...options, siteUrl: `https://site-${next++}.example`}))

// Objects with a `@type` in a value: nodes and the typed objects inside them (addresses, codes…).
function typedObjects(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + typedObjects(item), 0)
  if (typeof value !== 'object' || value === null) return 0
  return (
    ('@type' in value ? 1 : 0) +
    Object.values(value).reduce((sum: number, item) => sum + typedObjects(item), 0)
  )
}

/** What a page does with unhead on each render: a head, the schema.org nodes, the SSR output. */
async function unhead(): Promise<string> {
  const head = createHead({
    plugins: [
      UnheadSchemaOrg(
        {host: options.siteUrl, path: options.path, inLanguage: 'en-US', trailingSlash: true},
        undefined,
        {minify: true},
      ),
    ],
  })
  useSchemaOrg(head, [
    defineOrganization({name: options.clinic.name, telephone: '+14045550100'}),
    defineWebSite({name: options.clinic.name}),
    defineWebPage({
      '@type': 'MedicalWebPage',
      name: article.title,
      description: article.description,
    }),
    defineArticle({
      '@type': 'BlogPosting',
      headline: article.title,
      description: article.description,
      datePublished: article.datePublished,
      author: {name: 'Non-Surgical Orthopaedic'},
    }),
    ...locations.map(({id, locality, telephone}) =>
      defineLocalBusiness({
        // Not among unhead's typed LocalBusiness subtypes, but written as given.
        '@type': 'MedicalClinic' as never,
        '@id': `#clinic-${id}`,
        name: `${options.clinic.name}, ${locality}`,
        address: {addressLocality: locality, addressRegion: 'GA', addressCountry: 'US'},
        telephone,
      }),
    ),
    defineBreadcrumb({
      itemListElement: [
        {name: 'Home', item: '/'},
        {name: article.title, item: options.path},
      ],
    }),
  ])
  return (await renderSSRHead(head)).bodyTags
}

export async function measure(): Promise<Section> {
  const graph = core.buildJsonLd(options)
  const theirs = await unhead()
  const theirGraph = JSON.parse(theirs.replace(/^<script[^>]*>|<\/script>$/g, ''))
  const theirObjects = typedObjects(theirGraph)
  const ourScript = ours()
  const ourObjects = typedObjects(graph)
  const result = await latencies({ours, unhead, floor: () => JSON.stringify(graph)})
  const [us, them, floor] = [result.ours, result.unhead, result.floor] as Latency[] as [
    Latency,
    Latency,
    Latency,
  ]
  const row = (
    measure: string,
    ours: number,
    comparison: number,
    against: string,
    faster: boolean,
    budget: number | undefined,
  ) => {
    const ratio = faster ? comparison / ours : ours / comparison
    return {
      measure,
      ours: ms(ours),
      comparison: ms(comparison),
      against,
      ratio: faster ? `${times(ratio)} faster` : times(ratio),
      budget:
        budget === undefined ? '(reference)' : faster ? `≥ ${budget}× faster` : `≤ ${budget}×`,
      holds: budget === undefined ? undefined : faster ? ratio >= budget : ratio <= budget,
    }
  }
  const unheadName = '@unhead/schema-org + unhead'
  const floorName = '`JSON.stringify` of the graph'
  return {
    title: 'JSON-LD graph for a host page',
    method:
      `Host: a new site URL each call, path \`${options.path}\`, its own clinic with two ` +
      'locations; nothing is reused between calls. Ours: ' +
      `\`jsonLdScript(buildJsonLd(options))\`, options checked, ${graph['@graph'].length} nodes and ` +
      `${ourObjects} typed objects in all, ${ourScript.length} characters: the site, the ` +
      'organization, the clinics, the page, the article and the breadcrumb, and the condition and ' +
      'its 11 treatments, which unhead has no builders for. @unhead/schema-org: a server head, ' +
      '`useSchemaOrg` with WebSite, MedicalWebPage, BlogPosting, Organization, MedicalClinic ×2 ' +
      `and BreadcrumbList, \`renderSSRHead\` (${theirObjects} typed objects, ${theirs.length} ` +
      "characters, minified). Per typed object: each median divided by its output's typed " +
      'objects. Floor: `JSON.stringify` of our finished graph. Medians (means, which count the ' +
      'garbage collector’s pauses, where marked) of tinybench runs in one process.',
    rows: [
      row(
        'per typed object of output, vs @unhead/schema-org',
        us.median / ourObjects,
        them.median / theirObjects,
        unheadName,
        true,
        10,
      ),
      row(
        'whole graph, vs @unhead/schema-org',
        us.median,
        them.median,
        unheadName,
        true,
        undefined,
      ),
      row('whole graph, vs the floor', us.median, floor.median, floorName, false, 2),
      row('whole graph, means, vs the floor', us.mean, floor.mean, floorName, false, undefined),
    ],
  }
}
