const {writeFileSync} = require('node:fs')
const {condition} = require('sciatica-content')
const {articlePage} = require('./page.js')

articlePage().then(({graph, page}) => {
  console.log(`${condition.name}: ${graph['@graph'].length} nodes in the graph`)
  writeFileSync('sciatica.html', page)
  console.log(`sciatica.html: ${page.length} characters`)
})
