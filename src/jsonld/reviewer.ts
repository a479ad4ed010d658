import type {PersonLeaf} from 'schema-dts'
import {pageNodeId} from './ids.js'
import type {GraphInput} from './page.js'

/**
 * The health professional who reviewed the article for the host (a Person), named by the
 * MedicalWebPage's `reviewedBy`: none without a review, and none on pages other than the
 * article's.
 */
export function buildReviewerNodes({host, page}: GraphInput): (PersonLeaf & {'@id': string})[] {
  const {review} = host.editorial
  if (review === undefined || page.kind !== 'article') return []
  const {reviewer} = review
  return [
    {
      '@type': 'Person',
      '@id': pageNodeId(page, 'reviewer'),
      name: reviewer.name,
      ...(reviewer.honorificSuffix === undefined
        ? {}
        : {honorificSuffix: reviewer.honorificSuffix}),
      ...(reviewer.jobTitle === undefined ? {} : {jobTitle: reviewer.jobTitle}),
      ...(reviewer.url === undefined ? {} : {url: reviewer.url}),
      ...(reviewer.sameAs === undefined || reviewer.sameAs.length === 0
        ? {}
        : {sameAs: [...reviewer.sameAs]}),
    },
  ]
}
