// Plain Node.js, CommonJS: `require` loads every entry. The CommonJS build of
// `sciatica-content/render` carries its own copy of unified (which is ES modules only), so
// `require` works for it too; no `import()` is needed.
const {buildJsonLd} = require('sciatica-content')
const {renderPage} = require('sciatica-content/render')

const options = {siteUrl: 'https://example.com', path: '/blog/sciatica/'}

/** The JSON-LD graph and the complete page for `options`. */
async function articlePage() {
  return {graph: buildJsonLd(options), page: await renderPage(options)}
}

module.exports = {options, articlePage}
