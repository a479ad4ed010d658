// The page's own data (Eleventy's template data file): its head tags (title, description,
// canonical link, Open Graph, JSON-LD) and the article, rendered once a build and escaped by the
// library, so the templates print them as they are.
import {renderArticle, renderHead} from 'sciatica-content/render'
import {site} from './site.js'

export default async function () {
  return {
    layout: 'base.njk',
    permalink: site.path,
    head: renderHead(site),
    article: await renderArticle({...site, toc: true}),
  }
}
