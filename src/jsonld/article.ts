import type {BlogPostingLeaf} from 'schema-dts'
import {article} from '../content/index.js'
import {ID_FRAGMENTS, idReference, pageNodeId, siteNodeId} from './ids.js'
import type {Site} from './options.js'

/**
 * The article: a BlogPosting by the clinic that wrote it, published by the site's organization,
 * about the condition.
 */
export function buildArticleNode(site: Site): BlogPostingLeaf & {'@id': string} {
  const organization = idReference(siteNodeId(site, ID_FRAGMENTS.organization))
  // The article's author is the clinic that wrote it. On that clinic's site, it is the site's
  // organization; a host with its own clinic republishes it, and is its publisher only.
  const author: BlogPostingLeaf['author'] = site.hostClinic
    ? {'@type': 'MedicalOrganization', name: article.publisher}
    : organization
  return {
    '@type': 'BlogPosting',
    '@id': pageNodeId(site, ID_FRAGMENTS.article),
    headline: article.title,
    description: article.description,
    url: site.pageUrl,
    datePublished: article.datePublished,
    ...(site.dateModified === undefined ? {} : {dateModified: site.dateModified}),
    author,
    publisher: organization,
    mainEntityOfPage: idReference(pageNodeId(site, ID_FRAGMENTS.webPage)),
    isPartOf: idReference(pageNodeId(site, ID_FRAGMENTS.webPage)),
    about: idReference(pageNodeId(site, ID_FRAGMENTS.condition)),
    inLanguage: site.inLanguage,
    wordCount: article.wordCount,
    articleSection: article.sections.flatMap((section) =>
      section.heading === null ? [] : [section.heading],
    ),
    ...(site.images.length === 0 ? {} : {image: [...site.images]}),
  }
}
