/**
 * Issue 14, item 8: the host's `additionalMarkdown` is bounded before it is parsed. On v0.1,
 * 10,000 nested `>` threw a RangeError and 120 KB of `**a` took 17 s (16 s for 100 KB here).
 *
 * Measured on the 2-core machine of this project with two other sessions busy (load 4–7),
 * `renderArticle` with each input of `pathologicalMarkdown` (each as large as the limits allow):
 * at most 785 ms of CPU in a new process (about 350 ms of it loading unified), at most 556 ms
 * (wall) once loaded; 12 ms for 20,000 characters of plain text.
 */
import {describe, expect, it} from 'vitest'
import {MARKDOWN_LIMITS as LIMITS, markdownProblem} from '../../src/render/markdown-limits.js'
import {renderArticle} from '../../src/render.js'
import {pathologicalMarkdown} from '../helpers/pathological-markdown.js'

const cpuMs = (start: NodeJS.CpuUsage) => {
  const {user, system} = process.cpuUsage(start)
  return (user + system) / 1000
}

describe('additionalMarkdown limits', () => {
  it.each(Object.entries(pathologicalMarkdown))(
    'renders %s, within the limits, fast',
    async (_, markdown) => {
      expect(markdownProblem(markdown)).toBeUndefined()
      await renderArticle({additionalMarkdown: 'warm *up* [a](https://a.example)\n\n> b\n\n- c'})
      const start = process.cpuUsage()
      const html = await renderArticle({additionalMarkdown: markdown})
      // Under 1 s where nothing else runs; more room here for coverage and a busy machine.
      expect(cpuMs(start)).toBeLessThan(3000)
      expect(html).toContain('<aside')
    },
  )

  it.each([
    ['10,000 nested `>`', `${'>'.repeat(10_000)} a`, 'at most 32 levels deep'],
    ['5,000 nested `- `', `${'- '.repeat(5000)}a`, 'at most 32 levels deep'],
    ['a list item indented 66 columns', `${' '.repeat(66)}* a`, 'at most 32 levels deep'],
    ['120 KB of `**a`', '**a'.repeat(40_000), `at most ${LIMITS.markdown} characters`],
    ['301 delimiters in a paragraph', '**a'.repeat(151), '300 in a paragraph'],
    [
      '301 delimiters across lines of a block quote',
      `> ${'*a '.repeat(300)}\n> *a`,
      '300 in a paragraph',
    ],
    [
      '1,001 delimiters in paragraphs',
      '*a*\n\n'.repeat(501),
      `at most ${LIMITS.markdownDelimiters} emphasis`,
    ],
    [
      '501 list items',
      '- a\n'.repeat(501),
      `at most ${LIMITS.markdownContainers} block quote and list levels`,
    ],
    ['a lone surrogate', 'a \ud800 b', 'well-formed Unicode'],
  ])('refuses %s at once, with a clear error', async (_, markdown, expected) => {
    const start = performance.now()
    const error = await renderArticle({additionalMarkdown: markdown}).catch(
      (error: unknown) => error,
    )
    expect(performance.now() - start).toBeLessThan(500)
    expect(error).toMatchObject({code: 'invalid-option', field: 'additionalMarkdown'})
    expect((error as Error).message).toContain(expected)
  })

  it('counts delimiters per paragraph: a blank line, also in a block quote, ends one', () => {
    expect(markdownProblem(`${'*a* '.repeat(75)}\n\n${'*a* '.repeat(75)}`)).toBeUndefined()
    expect(markdownProblem(`> ${'*a* '.repeat(75)}\n>\n> ${'*a* '.repeat(75)}`)).toBeUndefined()
    // List markers are not delimiters; a tab indents 4 columns.
    expect(markdownProblem('* a\n'.repeat(400))).toBeUndefined()
    expect(markdownProblem(`${'\t'.repeat(16)}- a`)).toContain('levels deep')
    expect(markdownProblem(`${'\t'.repeat(15)}- a`)).toBeUndefined()
  })
})
