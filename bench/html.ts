/**
 * 2. The article's HTML. Default options (computed once a process, then returned) vs returning
 * a precompiled string, the floor; non-default options (rendered each call) vs a bare unified
 * pipeline (remark-parse → remark-rehype → rehype-stringify) over the same Markdown.
 */
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {dist, medians, ms, type Section, times} from './lib.js'

const {article} = await import(dist('index.js'))
const {renderArticle} = await import(dist('render.js'))

const hostOptions = {toc: true, headingOffset: 1, idPrefix: 'sciatica-'}

export async function measure(): Promise<Section> {
  const precompiled: string = await renderArticle()
  const bare = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).freeze()
  const bareHtml = String(await bare.process(article.markdown))
  const oursHtml: string = await renderArticle(hostOptions)
  // Ours parses the article's Markdown once a process: the like-for-like pipeline does too.
  const parsed = bare.parse(article.markdown)
  const result = await medians({
    default: () => renderArticle(),
    // The same calling convention as ours: a host awaits either.
    floor: async () => precompiled,
    options: () => renderArticle(hostOptions),
    bare: async () => String(await bare.process(article.markdown)),
    parsedOnce: async () => bare.stringify(await bare.run(structuredClone(parsed))),
  })
  const vsFloor = (result.default as number) / (result.floor as number)
  const vsBare = (result.options as number) / (result.bare as number)
  const vsParsedOnce = (result.options as number) / (result.parsedOnce as number)
  return {
    title: 'Article HTML',
    method:
      'Default options: `renderArticle()`, checked, then the HTML computed on the first call. ' +
      'Floor: an async function returning the precompiled string. Options: `renderArticle(' +
      `${JSON.stringify(hostOptions)})\`, rendered on each call (${oursHtml.length} characters: ` +
      'header, table of contents, slugged headings, call to action). Bare pipeline: a frozen ' +
      'unified processor with remark-parse, remark-rehype and rehype-stringify over the same ' +
      `Markdown (${bareHtml.length} characters: the sections only), parsing it each call; like ` +
      'for like, the same processor running on a copy of the tree parsed once, as ours does. ' +
      'Ours does more on top: the header, the slugs, the table of contents, the heading offset ' +
      'and the call to action. Medians of tinybench runs in one process.',
    rows: [
      {
        measure: '`renderArticle()`, default options',
        ours: ms(result.default as number),
        comparison: ms(result.floor as number),
        against: 'returning a precompiled string',
        ratio: times(vsFloor),
        budget: '≤ 2×',
        holds: vsFloor <= 2,
      },
      {
        measure: '`renderArticle(options)`, rendered each call (reference)',
        ours: ms(result.options as number),
        comparison: ms(result.bare as number),
        against: 'bare unified pipeline',
        ratio: times(vsBare),
        budget: '≤ 1.1× (reference point)',
        holds: vsBare <= 1.1,
      },
      {
        measure: '`renderArticle(options)`, like for like (reference)',
        ours: ms(result.options as number),
        comparison: ms(result.parsedOnce as number),
        against: 'bare pipeline over the tree parsed once (a copy each call)',
        ratio: times(vsParsedOnce),
        budget: '(reference)',
        holds: undefined,
      },
    ],
  }
}
