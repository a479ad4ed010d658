/**
 * 2. The article's HTML, rendered on each call from the body compiled with the content, vs a bare
 * unified pipeline (remark-parse → remark-rehype → rehype-stringify) over the same Markdown, and
 * vs serializing the compiled body alone (hast-util-to-html), the floor of any rendering.
 */
import {toHtml} from 'hast-util-to-html'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {dist, medians, ms, type Section, times} from './lib.js'

const {article} = await import(dist('index.js'))
const {renderArticle} = await import(dist('render.js'))

const hostOptions = {toc: true, headingOffset: 1, idPrefix: 'sciatica-'}

export async function measure(): Promise<Section> {
  const bare = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).freeze()
  const bareHtml = String(await bare.process(article.markdown))
  const oursHtml: string = await renderArticle(hostOptions)
  const body = await bare.run(bare.parse(article.markdown))
  const result = await medians({
    default: () => renderArticle(),
    options: () => renderArticle(hostOptions),
    bare: async () => String(await bare.process(article.markdown)),
    // The same calling convention as ours: a host awaits either.
    floor: async () => toHtml(body),
  })
  const row = (
    measure: string,
    ours: number,
    comparison: number,
    against: string,
    budget?: number,
  ) => ({
    measure,
    ours: ms(ours),
    comparison: ms(comparison),
    against,
    ratio: times(ours / comparison),
    budget: budget === undefined ? '(reference)' : `≤ ${budget}×`,
    holds: budget === undefined ? undefined : ours / comparison <= budget,
  })
  const [ours, options, pipeline, floor] = [
    result.default,
    result.options,
    result.bare,
    result.floor,
  ] as [number, number, number, number]
  return {
    title: 'Article HTML',
    method:
      'Ours: `renderArticle()` and `renderArticle(' +
      `${JSON.stringify(hostOptions)})\`, options checked and the article rendered on each call ` +
      `(${oursHtml.length} characters: header, table of contents, slugged headings, call to ` +
      'action) from its body, compiled to hast with the content; no Markdown is parsed. Bare ' +
      'pipeline: a frozen unified processor with remark-parse, remark-rehype and ' +
      `rehype-stringify over the same Markdown (${bareHtml.length} characters: the sections ` +
      'only), what a renderer without compiled content does on each call. Floor: ' +
      '`hast-util-to-html` of the sections’ hast, made beforehand. Medians of tinybench runs ' +
      'in one process.',
    rows: [
      row('`renderArticle()`, vs bare pipeline', ours, pipeline, 'bare unified pipeline', 1),
      row('`renderArticle(options)`, vs bare pipeline', options, pipeline, 'bare unified pipeline'),
      row('`renderArticle()`, vs the floor', ours, floor, 'serializing the sections’ hast'),
    ],
  }
}
