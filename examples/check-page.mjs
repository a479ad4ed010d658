// The checks every example's test makes on the HTML it produced: the page holds exactly one
// JSON-LD script, equal to the library's graph for the same options and valid by its validator,
// and the article with its title as the page's one <h1>. Examples pass in the library they
// installed, so this file needs no install of its own.
import assert from 'node:assert/strict'

/** The JSON of each `<script type="application/ld+json">` of a page. */
export function jsonLdScripts(html) {
  const scripts = html.matchAll(
    /<script\b[^>]*\btype="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g,
  )
  return [...scripts].map((match) => JSON.parse(match[1]))
}

/**
 * @param {string} html The page.
 * @param {{graph: object, validateJsonLd: Function}} expected The graph the page should carry and
 *   the library's validator.
 */
export function checkPage(html, {graph, validateJsonLd}) {
  const scripts = jsonLdScripts(html)
  assert.equal(scripts.length, 1, 'one JSON-LD script')
  assert.deepEqual(scripts[0], graph, 'the JSON-LD is the library’s graph')
  const report = validateJsonLd(html, {format: 'html'})
  assert.deepEqual(report.errors, [], 'the validator finds no error in the page')
  const headings = html.match(/<h1\b[^>]*>[\s\S]*?<\/h1>/g) ?? []
  assert.equal(headings.length, 1, 'one <h1>')
  assert.ok(headings[0].includes('Can Physical Therapy Help With Sciatica?'), headings[0])
  for (const text of [
    'Physical therapy is often a viable pain management solution for people who are suffering',
    'helping you reorient to healthy gait patterns.',
  ]) {
    assert.ok(html.includes(text), `the article holds “${text}”`)
  }
}
