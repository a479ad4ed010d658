import type {Metadata} from 'next'
import {buildJsonLd, buildPageMetadata, serializeJsonLdForScript} from 'sciatica-content'
import {renderArticle} from 'sciatica-content/render'
import {site} from '../../site'

export function generateMetadata(): Metadata {
  const {title, description, canonical, openGraph, twitter} = buildPageMetadata(site)
  return {title, description, alternates: {canonical}, openGraph, twitter}
}

export default async function SciaticaPage() {
  // A Server Component: the article is rendered at build time (or on the server), never shipped
  // to the browser as JavaScript.
  const article = await renderArticle({...site, toc: true})
  return (
    <main>
      <script
        type="application/ld+json"
        // biome-ignore lint/security/noDangerouslySetInnerHtml: serializeJsonLdForScript escapes `<`, so no string of the graph can close the script.
        dangerouslySetInnerHTML={{__html: serializeJsonLdForScript(buildJsonLd(site))}}
      />
      <div
        // biome-ignore lint/security/noDangerouslySetInnerHtml: the library escapes the article's text and sanitizes what a host adds to it.
        dangerouslySetInnerHTML={{__html: article}}
      />
    </main>
  )
}
