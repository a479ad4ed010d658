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
import {dist, medians, ms, type Section, times} from './lib.js'

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

const ours = (): string => core.jsonLdScript(core.buildJsonLd(options))

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
  const theirNodes = JSON.parse(theirs.replace(/^<script[^>]*>|<\/script>$/g, ''))['@graph'].length
  const ourScript = ours()
  const ourNodes = graph['@graph'].length
  const result = await medians({
    ours,
    unhead,
    floor: () => JSON.stringify(graph),
  })
  const ours_ = result.ours as number
  const vsUnhead = (result.unhead as number) / ours_
  const vsFloor = ours_ / (result.floor as number)
  return {
    title: 'JSON-LD graph for a host page',
    method:
      `Host: \`${options.siteUrl}\`, path \`${options.path}\`, its own clinic with two locations. ` +
      `Ours: \`jsonLdScript(buildJsonLd(options))\`, options checked, ${ourNodes} nodes, ` +
      `${ourScript.length} characters (the condition and its 11 treatments too). ` +
      '@unhead/schema-org: a server head, ' +
      `\`useSchemaOrg\` with WebSite, MedicalWebPage, BlogPosting, Organization, MedicalClinic ×2 ` +
      `and BreadcrumbList, \`renderSSRHead\` (${theirNodes} nodes, ${theirs.length} characters, ` +
      'minified). Floor: ' +
      '`JSON.stringify` of our finished graph. Medians of tinybench runs in one process.',
    rows: [
      {
        measure: 'graph as a `<script>`, vs @unhead/schema-org',
        ours: ms(ours_),
        comparison: ms(result.unhead as number),
        against: '@unhead/schema-org + unhead',
        ratio: `${times(vsUnhead)} faster`,
        budget: '≥ 10× faster',
        holds: vsUnhead >= 10,
      },
      {
        measure: 'the same, per node of output (reference)',
        ours: ms(ours_ / ourNodes),
        comparison: ms((result.unhead as number) / theirNodes),
        against: '@unhead/schema-org + unhead',
        ratio: `${times((result.unhead as number) / theirNodes / (ours_ / ourNodes))} faster`,
        budget: '',
        holds: undefined,
      },
      {
        measure: 'graph as a `<script>`, vs the floor',
        ours: ms(ours_),
        comparison: ms(result.floor as number),
        against: '`JSON.stringify` of the graph',
        ratio: times(vsFloor),
        budget: '≤ 3×',
        holds: vsFloor <= 3,
      },
    ],
  }
}
