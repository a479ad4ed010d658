import {renderArticle, renderHead} from 'sciatica-content/render'
import {defineConfig} from 'vite'
import {site} from './site.js'

// Pre-render the article into index.html, at build time and in the dev server alike.
function sciaticaContent() {
  return {
    name: 'sciatica-content',
    async transformIndexHtml(html) {
      const head = renderHead(site)
      const article = await renderArticle({...site, toc: true})
      // Replacer functions, not strings: `$&` and its kin in a string would be expanded.
      return html
        .replace('<!--sciatica-content:head-->', () => head)
        .replace('<!--sciatica-content:article-->', () => article)
    },
  }
}

export default defineConfig({plugins: [sciaticaContent()]})
