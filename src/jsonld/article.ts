import type {BlogPostingLeaf} from 'schema-dts'
import {idReference, pageNodeId, siteNodeId} from './ids.js'
import type {GraphInput} from './page.js'

/**
 * The article: a BlogPosting by the clinic that wrote it, published by the site's organization,
 * about the condition.
 */
export function buildArticleNode({
  content,
  host,
  page,
}: GraphInput): BlogPostingLeaf & {'@id': string} {
  const {article} = content
  const {editorial} = host
  const organization = idReference(siteNodeId(host, 'organization'))
  // The article's author is the clinic that wrote it. On that clinic's site, it is the site's
  // organization; a host with its own clinic republishes it, and is its publisher only.
  const author: BlogPostingLeaf['author'] = host.republishes
    ? {'@type': 'MedicalOrganization', name: article.publisher}
    : organization
  return {
    '@type': 'BlogPosting',
    '@id': pageNodeId(page, 'article'),
    headline: article.title,
    description: article.description,
    url: page.url,
    datePublished: article.datePublished,
    ...(host.dateModified === undefined ? {} : {dateModified: host.dateModified}),
    author,
    publisher: organization,
    mainEntityOfPage: idReference(pageNodeId(page, 'webpage')),
    isPartOf: idReference(pageNodeId(page, 'webpage')),
    about: idReference(pageNodeId(page, 'condition')),
    inLanguage: host.inLanguage,
    wordCount: article.wordCount,
    ...(editorial.articleSection === undefined ? {} : {articleSection: editorial.articleSection}),
    ...(host.images.length > 0
      ? {image: [...host.images]}
      : page.image === undefined
        ? {}
        : {image: idReference(pageNodeId(page, 'primaryimage'))}),
    ...(editorial.isBasedOn === undefined ? {} : {isBasedOn: editorial.isBasedOn}),
    ...(editorial.citations.length === 0
      ? {}
      : {
          citation: editorial.citations.map((citation) => ({
            '@type': 'CreativeWork' as const,
            name: citation.name,
            url: citation.url,
          })),
        }),
  }
}
