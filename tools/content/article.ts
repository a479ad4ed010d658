import {slug} from 'github-slugger'
import type {ElementContent, Root as HastRoot} from 'hast'
import type {Heading, Root, RootContent} from 'mdast'
import {toString as mdastToString} from 'mdast-util-to-string'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import type {VFile} from 'vfile'
import {articleFrontMatterSchema} from '../../src/content/schema.js'
import type {Article, ArticleBody, ArticleSectionData} from '../../src/content/types.js'
import {readYaml, validateYaml} from './yaml.js'

/** The comment in article.md that starts the call to action. */
export const CALL_TO_ACTION_MARKER = '<!-- call-to-action'

type Place = NonNullable<RootContent['position']>

function failAt(file: VFile, reason: string, place: Place | undefined, ruleId: string): never {
  file.fail(reason, {place, ruleId, source: 'sciatica-content'})
}

/**
 * Compile `content/article.md`: front matter checked against its schema, then the body split
 * into sections (at `##` headings) and the call to action (after the marker comment).
 *
 * Only paragraphs, `##` headings and the marker are allowed in the body: the article is prose,
 * and anything else would not survive into the typed sections.
 */
export function compileArticle(file: VFile): Article {
  const source = String(file.value)
  const tree: Root = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).parse(file)
  const [first, ...body] = tree.children

  if (first?.type !== 'yaml') {
    failAt(
      file,
      'Expected YAML front matter (between `---` lines) at the start',
      first?.position,
      'front-matter',
    )
  }
  // The YAML text starts on the line after the opening `---`.
  const yaml = readYaml(file, first.value, (first.position as Place).start.line + 1)
  const frontMatter = validateYaml(yaml, articleFrontMatterSchema)

  const sections: ArticleSectionData[] = [{id: null, heading: null, paragraphs: []}]
  const callToAction: string[] = []
  let markerOffset: number | undefined

  for (const node of body) {
    if (node.type === 'html' && node.value.startsWith(CALL_TO_ACTION_MARKER)) {
      if (markerOffset !== undefined) {
        failAt(
          file,
          'Expected one call-to-action marker, found a second',
          node.position,
          'call-to-action',
        )
      }
      markerOffset = (node.position as Place).end.offset as number
    } else if (node.type === 'paragraph') {
      const text = mdastToString(node)
      if (markerOffset === undefined) (sections.at(-1) as ArticleSectionData).paragraphs.push(text)
      else callToAction.push(text)
    } else if (node.type === 'heading' && node.depth === 2 && markerOffset === undefined) {
      const heading = mdastToString(node as Heading)
      sections.push({id: slug(heading), heading, paragraphs: []})
    } else {
      failAt(
        file,
        `Expected a paragraph, a \`##\` heading before the call to action or the call-to-action marker, found ${describeNode(node)}`,
        node.position,
        'article-body',
      )
    }
  }

  if (markerOffset === undefined || callToAction.length === 0) {
    failAt(
      file,
      `Expected the call-to-action marker (\`${CALL_TO_ACTION_MARKER} -->\`) followed by its paragraphs`,
      tree.position,
      'call-to-action',
    )
  }

  const bodyStart = (first.position as Place).end.offset as number
  const markdown = source
    .slice(bodyStart, source.lastIndexOf(CALL_TO_ACTION_MARKER, markerOffset))
    .trim()
  const callToActionMarkdown = source.slice(markerOffset).trim()

  const sectionTexts = sections.flatMap((section) => [section.heading ?? '', ...section.paragraphs])
  const allText = [...sectionTexts, ...callToAction].join('\n')
  for (const [index, correction] of frontMatter.corrections.entries()) {
    if (!allText.includes(correction.corrected) || allText.includes(correction.original)) {
      failAt(
        file,
        `\`corrections[${index}]\`: expected the body to use "${correction.corrected}" and never "${correction.original}"`,
        first.position,
        'correction',
      )
    }
  }

  return {
    ...frontMatter,
    sections,
    callToAction,
    markdown,
    callToActionMarkdown,
    // What every page shows of the article: its sections. The title is the page's, and the call
    // to action is replaced on a host's page.
    wordCount: sectionTexts.join(' ').split(/\s+/).filter(Boolean).length,
  }
}

/**
 * The article's body as hast: its sections and its call to action, each Markdown text through
 * remark-parse and remark-rehype, without source positions (the text is the data).
 */
export async function compileArticleBody(article: Article): Promise<ArticleBody> {
  const processor = unified().use(remarkParse).use(remarkRehype)
  const toHast = async (markdown: string) => {
    const tree = (await processor.run(processor.parse(markdown))) as HastRoot
    visit(tree, (node) => {
      delete node.position
    })
    return tree.children as ElementContent[]
  }
  return {
    sections: await toHast(article.markdown),
    callToAction: await toHast(article.callToActionMarkdown),
  }
}

function describeNode(node: RootContent): string {
  return node.type === 'heading' ? `a level-${node.depth} heading` : `a ${node.type} node`
}

/**
 * All the article's text (title, headings, paragraphs, call to action), one block a line, for
 * checking quotes against.
 */
export function articleText(article: Article): string {
  return [
    article.title,
    ...article.sections.flatMap((section) => [section.heading ?? '', ...section.paragraphs]),
    ...article.callToAction,
  ].join('\n')
}
