/**
 * What Google Search does with each node, and the properties its documentation requires and
 * recommends for the features that apply here. Sources (Google Search Central, structured data,
 * as of 2026-09):
 *
 * - Article: https://developers.google.com/search/docs/appearance/structured-data/article
 *   “There are no required properties”; recommended: author, author.name, author.url,
 *   dateModified, datePublished, headline, image.
 * - Local business: https://developers.google.com/search/docs/appearance/structured-data/local-business
 *   Required: address, name. Recommended: geo, openingHoursSpecification, telephone, url (and
 *   aggregateRating, review, department, menu, priceRange, servesCuisine where they apply); the
 *   address “Include as many properties as possible”.
 * - Organization: https://developers.google.com/search/docs/appearance/structured-data/organization
 *   “There are no required properties”; no rich result of its own (it informs the knowledge
 *   panel and the logo shown).
 * - Breadcrumb: https://developers.google.com/search/docs/appearance/structured-data/breadcrumb
 *   Required: itemListElement (“at least two ListItems”), ListItem.position, ListItem.name
 *   (unless item is a Thing with a name), ListItem.item (not on the last crumb).
 * - FAQ: “As of May 7, 2026, FAQ rich results are no longer appearing in Google Search.”
 */
import type {CheckedNode, DocumentCheck} from './check.js'
import {isObject, isReference, type JsonObject, joinPath, valuesOf} from './findings.js'
import type {Terms} from './terms.js'

/** What Google does with a node. */
export type GoogleStatus =
  | {
      /** The Google feature, such as `Article` or `Local business`. */
      readonly feature: string
      /** Google's documentation of the feature. */
      readonly documentation: string
      /** Whether Google shows a rich result for it (Organization has none of its own). */
      readonly richResult: boolean
      /** Whether the node has every property Google requires, and none of them has errors. */
      readonly eligible: boolean
      readonly missingRequired: readonly string[]
      /** Required properties that are given but have errors (see the report's errors). */
      readonly invalidRequired: readonly string[]
      readonly missingRecommended: readonly string[]
    }
  | {readonly feature: null; readonly note: string}

export interface Feature {
  readonly feature: string
  readonly type: string
  readonly documentation: string
  readonly richResult: boolean
  readonly required: readonly string[]
  readonly recommended: readonly string[]
}

const documentation = 'https://developers.google.com/search/docs/appearance/structured-data/'

// Most specific first: a MedicalClinic is a LocalBusiness before it is an Organization.
const features: readonly Feature[] = [
  {
    feature: 'Article',
    type: 'Article',
    documentation: `${documentation}article`,
    richResult: true,
    required: [],
    recommended: [
      'author',
      'author.name',
      'author.url',
      'dateModified',
      'datePublished',
      'headline',
      'image',
    ],
  },
  {
    feature: 'Local business',
    type: 'LocalBusiness',
    documentation: `${documentation}local-business`,
    richResult: true,
    required: ['name', 'address'],
    recommended: [
      'address.streetAddress',
      'address.addressLocality',
      'address.addressRegion',
      'address.postalCode',
      'address.addressCountry',
      'geo',
      'openingHoursSpecification',
      'telephone',
      'url',
    ],
  },
  {
    feature: 'Organization',
    type: 'Organization',
    documentation: `${documentation}organization`,
    richResult: false,
    required: [],
    recommended: ['name', 'url', 'logo', 'sameAs', 'telephone', 'address', 'description'],
  },
  {
    feature: 'Breadcrumb',
    type: 'BreadcrumbList',
    documentation: `${documentation}breadcrumb`,
    richResult: true,
    required: ['itemListElement'],
    recommended: [],
  },
]

const notes: Readonly<Record<string, string>> = {
  FAQPage: 'no Google rich result for this type: FAQ rich results stopped appearing on 2026-05-07',
  MedicalCondition: 'no Google rich result for this type: it helps Google understand the page',
  MedicalWebPage: 'no Google rich result for this type: it helps Google understand the page',
  WebSite: 'no Google rich result for this type: Google may use it for the site name',
}

// Types of Google's other rich results (its search gallery): not checked here, and not to be
// called types with no rich result.
const uncheckedFeatures = [
  'Book',
  'ClaimReview',
  'Course',
  'Dataset',
  'DiscussionForumPosting',
  'EmployerAggregateRating',
  'Event',
  'ItemList',
  'JobPosting',
  'MathSolver',
  'Movie',
  'Occupation',
  'Product',
  'ProfilePage',
  'QAPage',
  'Quiz',
  'Recipe',
  'Review',
  'SoftwareApplication',
  'VacationRental',
  'VideoObject',
]

/** Whether `node` has a value at the dotted `property` path, following `@id` references. */
function has(check: DocumentCheck, node: JsonObject, property: string): boolean {
  const [key, ...rest] = property.split('.')
  return valuesOf(node[key as string], '').some(({value}) => {
    const target = isObject(value) && isReference(value) ? check.registry.get(value['@id']) : value
    if (rest.length > 0) return isObject(target) && has(check, target, rest.join('.'))
    // valuesOf spread arrays: an empty one has no value to find.
    return target !== undefined && target !== null && target !== ''
  })
}

/**
 * Google's view of a node: the feature it is for and what it lacks (recorded as
 * `google-required` errors and `google-recommended` warnings), or a note on what Google does
 * with its type.
 */
export function googleStatus(
  check: DocumentCheck,
  {node: object, path, context, feature}: CheckedNode,
  errorPaths: ReadonlySet<string>,
): GoogleStatus {
  // Google reads the node merged from every object that gives its @id.
  const node = (context.id === undefined ? undefined : check.registry.get(context.id)) ?? object
  if (feature === undefined) {
    const isA = (type: string) => context.types.some((name) => check.terms.isA(name, type))
    const unchecked = uncheckedFeatures.find(isA)
    const type = context.types.find((name) => notes[name] !== undefined)
    const note =
      unchecked !== undefined
        ? `Google has a rich result for ${unchecked}; this validator does not check its requirements`
        : type === undefined
          ? 'no Google rich result for this type'
          : (notes[type] as string)
    return {feature: null, note}
  }
  const missingRequired = feature.required.filter((property) => !has(check, node, property))
  // A nested property is not listed when its parent is missing: `address` says it all.
  const missingRecommended = feature.recommended.filter(
    (property) =>
      !has(check, node, property) &&
      (!property.includes('.') || has(check, node, property.split('.')[0] as string)),
  )
  if (feature.type === 'BreadcrumbList') {
    for (const problem of breadcrumbProblems(check, node, path)) missingRequired.push(problem)
  }
  if (
    feature.type === 'LocalBusiness' &&
    has(check, node, 'address') &&
    !hasPostalAddress(check, node)
  ) {
    missingRequired.push('address as a PostalAddress (not text or an empty object)')
  }
  for (const property of missingRequired) {
    check.findings.error(
      'google-required',
      // A dotted property path, as Google writes it (`address.streetAddress`).
      [path, property.split(' ')[0]].filter(Boolean).join('.'),
      `Google's ${feature.feature} rich result requires ${property}`,
      context,
    )
  }
  for (const property of missingRecommended) {
    check.findings.warn(
      'google-recommended',
      [path, property].filter(Boolean).join('.'),
      `Google's ${feature.feature} ${feature.richResult ? 'rich result' : 'markup'} recommends ${property}`,
      context,
    )
  }
  const invalidRequired = feature.required.filter((property) =>
    errorPaths.has(joinPath(path, property)),
  )
  return {
    feature: feature.feature,
    documentation: feature.documentation,
    richResult: feature.richResult,
    eligible: missingRequired.length === 0 && invalidRequired.length === 0,
    missingRequired,
    invalidRequired,
    missingRecommended,
  }
}

/** The checked Google feature for these types, if any (most specific first). */
function featureOf(terms: Terms, types: readonly string[]): Feature | undefined {
  return features.find(({type}) => types.some((name) => terms.isA(name, type)))
}

// Where Google reads a nested node as a feature of its own: a WebPage's `breadcrumb`, and the
// article a page is about (`mainEntity`). Elsewhere a nested node is part of another item (a
// LocalBusiness as a review's `itemReviewed`, a service's `provider`, a person's `worksFor`)
// and needs only what that item asks of it.
const nestedFeatures: Readonly<Record<string, string>> = {
  breadcrumb: 'BreadcrumbList',
  mainEntity: 'Article',
}

/**
 * The Google feature Google reads a node as, where it sits: a top-level node (the document or
 * an item of its `@graph`) as the feature of its type; a nested one only where Google reads
 * one there.
 *
 * @param via
 *   The property the node is the value of (undefined at the top).
 */
export function readAs(
  terms: Terms,
  types: readonly string[],
  topLevel: boolean,
  via: string | undefined,
): Feature | undefined {
  const feature = featureOf(terms, types)
  if (topLevel || feature === undefined) return feature
  return via !== undefined && nestedFeatures[via] === feature.type ? feature : undefined
}

// Google: “address — PostalAddress”. Text, or an object with nothing in it, is not one.
function hasPostalAddress(check: DocumentCheck, node: JsonObject): boolean {
  return valuesOf(node.address, '').some(({value}) => {
    const target = isObject(value) && isReference(value) ? check.registry.get(value['@id']) : value
    return isObject(target) && Object.keys(target).some((key) => key !== '@type' && key !== '@id')
  })
}

// Google's breadcrumb rules beyond positions and URLs (checked for every document): at least two
// crumbs, each with a name (its own, or its item's).
function breadcrumbProblems(check: DocumentCheck, node: JsonObject, path: string): string[] {
  // A missing or empty list is reported once, as the required itemListElement.
  if (!has(check, node, 'itemListElement')) return []
  const items = valuesOf(node.itemListElement, joinPath(path, 'itemListElement'))
  const problems = items.length < 2 ? ['itemListElement (at least two ListItems)'] : []
  items.forEach(({value}, index) => {
    const item = isObject(value) && isReference(value) ? check.registry.get(value['@id']) : value
    if (isObject(item) && !has(check, item, 'name') && !has(check, item, 'item.name')) {
      problems.push(`itemListElement[${index}].name`)
    }
  })
  return problems
}
