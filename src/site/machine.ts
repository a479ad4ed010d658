/**
 * The site's files for machines: the Atom feed, `llms.txt`, the article's Markdown, the
 * sitemaps and `robots.txt`.
 */
import type {Content} from '../content/types.js'
import type {Host} from '../host/host.js'
import type {Formatter} from '../render/format.js'

/** Text for XML content and attribute values. */
const escapeXml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')

/** A `YYYY-MM-DD` date as Atom's date-time (RFC 3339), at midnight UTC. */
const atomDate = (date: string) => `${date}T00:00:00Z`

/** The date of the site's content: the host's `dateModified`, else the article's publication. */
export function contentDate(content: Content, host: Host): string {
  return host.dateModified ?? content.article.datePublished
}

/**
 * The Atom 1.0 feed (RFC 4287) of the site: one entry, the article, with its whole text as
 * HTML.
 *
 * @param articleHtml
 *   The article as HTML, for the entry's `content`.
 */
export function atomFeed(
  content: Content,
  host: Host,
  feedUrl: string,
  articleHtml: string,
): string {
  const {article} = content
  const updated = atomDate(contentDate(content, host))
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(host.inLanguage)}">
  <title>${escapeXml(host.siteName)}</title>
  <id>${escapeXml(host.siteUrl)}</id>
  <link rel="self" type="application/atom+xml" href="${escapeXml(feedUrl)}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(host.siteUrl)}"/>
  <updated>${updated}</updated>
  <author>
    <name>${escapeXml(host.clinic.name)}</name>
  </author>
  <entry>
    <title>${escapeXml(article.title)}</title>
    <id>${escapeXml(host.articleUrl)}</id>
    <link rel="alternate" type="text/html" href="${escapeXml(host.articleUrl)}"/>
    <published>${atomDate(article.datePublished)}</published>
    <updated>${updated}</updated>
    <author>
      <name>${escapeXml(article.publisher)}</name>
    </author>
    <summary>${escapeXml(article.description)}</summary>
    <content type="html">${escapeXml(articleHtml)}</content>
  </entry>
</feed>
`
}

/** The line that names the article's author, its publisher on this site and its date. */
function credit(content: Content, host: Host, format: Formatter): string {
  const {article} = content
  const published = host.republishes ? ` Published by ${host.clinic.name} on ${host.siteName}.` : ''
  return `Written by ${article.publisher} on ${format.date(article.datePublished)}.${published}`
}

/**
 * The article as Markdown, beside its page (`index.md`): a header naming its author, its
 * publisher and its date, then its text word for word, the call to action included.
 */
export function articleMarkdown(content: Content, host: Host, format: Formatter): string {
  const {article} = content
  const corrections = article.corrections.map(
    (correction) =>
      `> Correction: “${correction.original}” is spelled “${correction.corrected}” here. ${correction.reason}`,
  )
  return [
    `# ${article.title}`,
    `${credit(content, host, format)}\nSource: <${host.articleUrl}>`,
    ...corrections,
    '---',
    article.markdown,
    article.callToActionMarkdown,
  ]
    .join('\n\n')
    .concat('\n')
}

/**
 * `llms.txt` (llmstxt.org): the site's name, a summary, and links to the article's Markdown, its
 * page and the locations.
 */
export function llmsText(
  content: Content,
  host: Host,
  markdownUrl: string,
  locationsUrl: string,
  format: Formatter,
): string {
  const {article} = content
  const {clinic} = host
  const count = clinic.locations.length
  return `# ${host.siteName}

> ${article.description}

${credit(content, host, format)} ${clinic.name} has ${count === 1 ? 'one location' : `${count} locations`}; telephone ${clinic.telephone.display}.

## Article

- [${article.title}](${markdownUrl}): the article as Markdown, word for word
- [${article.title} (web page)](${host.articleUrl}): the article's page, with its schema.org JSON-LD

## Locations

- [Locations](${locationsUrl}): every location of ${clinic.name}, with its address and telephone
`
}

/** At most this many URLs in one sitemap file (sitemaps.org). */
export const SITEMAP_URLS = 50_000

/** At most this many bytes in one sitemap file, uncompressed (sitemaps.org: 50 MB). */
export const SITEMAP_BYTES = 50 * 1024 * 1024

const urlset = (entries: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}</urlset>\n`

/**
 * The sitemaps of a site's URLs: one `sitemap.xml` when they fit in one file, else
 * `sitemap-1.xml`, `sitemap-2.xml`… of at most 50,000 URLs and 50 MB each, and `sitemap.xml` as
 * their index. Yields file names and texts one file at a time, so memory stays flat.
 */
export function* sitemapFiles(
  siteUrl: string,
  lastmod: string,
  urls: Iterable<string>,
): Generator<readonly [string, string]> {
  const overhead = Buffer.byteLength(urlset(''))
  const parts: string[] = []
  let chunk: string[] = []
  let bytes = overhead
  for (const url of urls) {
    const entry = `  <url>\n    <loc>${escapeXml(url)}</loc>\n    <lastmod>${lastmod}</lastmod>\n  </url>\n`
    const size = Buffer.byteLength(entry)
    if (chunk.length === SITEMAP_URLS || bytes + size > SITEMAP_BYTES) {
      parts.push(`sitemap-${parts.length + 1}.xml`)
      yield [parts.at(-1) as string, urlset(chunk.join(''))]
      chunk = []
      bytes = overhead
    }
    chunk.push(entry)
    bytes += size
  }
  if (parts.length === 0) {
    yield ['sitemap.xml', urlset(chunk.join(''))]
    return
  }
  parts.push(`sitemap-${parts.length + 1}.xml`)
  yield [parts.at(-1) as string, urlset(chunk.join(''))]
  const entries = parts.map(
    (name) =>
      `  <sitemap>\n    <loc>${escapeXml(siteUrl + name)}</loc>\n    <lastmod>${lastmod}</lastmod>\n  </sitemap>\n`,
  )
  yield [
    'sitemap.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('')}</sitemapindex>\n`,
  ]
}

/** `robots.txt`: everything allowed, and the sitemap (or sitemap index). */
export function robotsText(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl}sitemap.xml\n`
}
