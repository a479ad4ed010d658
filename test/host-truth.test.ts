// On a host's site, the page and the graph say who wrote the article, who publishes it and who
// reviewed it, and keep the host's words apart from the article's.

import fc from 'fast-check'
import type {Element, Root} from 'hast'
import {select, selectAll} from 'hast-util-select'
import {toString as hastToString} from 'hast-util-to-string'
import {describe, expect, it} from 'vitest'
import {content} from '../src/content/index.js'
import {resolveHost} from '../src/host/host.js'
import {buildJsonLd, type ClinicInput, type PageOptions} from '../src/index.js'
import {buildGraph} from '../src/jsonld/graph.js'
import {articlePage, homePage, locationPage} from '../src/jsonld/page.js'
import {parseOptions} from '../src/options.js'
import {renderPage} from '../src/render.js'
import {validateJsonLd} from '../src/validate.js'
import {fullHostClinic, hostClinic} from './helpers/fixtures.js'
import {emptyValues} from './helpers/graph.js'
import {parseHtml} from './helpers/html.js'

const reviewed = {
  siteUrl: 'https://clinic.example',
  path: '/learn/sciatica/',
  clinic: hostClinic,
  toc: true,
  reviewedBy: {
    name: 'Jane Doe',
    honorificSuffix: 'MD',
    jobTitle: 'Physiatrist',
    url: 'https://clinic.example/team/jane-doe',
    sameAs: ['https://registry.example/jane-doe'],
  },
  lastReviewed: '2025-03-01',
  citation: [{name: 'Sciatica (NHS)', url: 'https://www.nhs.uk/conditions/sciatica/'}],
  publishingPrinciples: 'https://clinic.example/editorial-policy',
  isBasedOn: 'https://example.org/can-physical-therapy-help-with-sciatica/',
  articleSection: 'Back pain',
  additionalMarkdown: '## Our approach\n\nWe see patients within a week.',
} satisfies PageOptions

const texts = (tree: Root | Element, selector: string) =>
  selectAll(selector, tree).map((node) => hastToString(node))

describe('a host page with a reviewer, a reference and its own Markdown', () => {
  it('says who wrote, who publishes and who reviewed, and keeps the host’s words apart', async () => {
    const {tree, errors} = parseHtml(await renderPage(reviewed), false)
    expect(errors).toEqual([])
    const article = select('main > article', tree) as Element
    expect(texts(article, 'header p')).toEqual([
      'Written by Non-Surgical Orthopaedic on August 13, 2021. Published by Example Spine.',
      'Medically reviewed by Jane Doe, MD (Physiatrist) on March 1, 2025.',
    ])
    expect(selectAll('header time', article).map((node) => node.properties.dateTime)).toEqual([
      '2021-08-13',
      '2025-03-01',
    ])
    // Never the author as publisher, on the host's page.
    expect(hastToString(tree)).not.toContain('Published by Non-Surgical Orthopaedic')

    // The host's heading: after the article, outside it, not in its contents.
    expect(texts(tree, 'main > aside h2')).toEqual([
      'Our approach',
      'References',
      'Contact Example Spine',
    ])
    expect(texts(article, 'h2')).not.toContain('Our approach')
    expect(texts(article, 'nav[aria-label="Contents"] a')).toHaveLength(3)
    expect(texts(article, 'nav[aria-label="Contents"] a')).not.toContain('Our approach')
    // The only `<address>` is the host's, outside the article.
    expect(selectAll('article address', tree)).toEqual([])
    expect(selectAll('main > aside address', tree)).toHaveLength(1)
    expect(
      selectAll('aside[aria-label="References"] a', tree).map((node) => node.properties.href),
    ).toEqual(['https://www.nhs.uk/conditions/sciatica/'])
  })

  it('gives the MedicalWebPage its reviewer and date, and the graph no empty value', () => {
    const graph = buildJsonLd(reviewed)
    const byType = (type: string) => graph['@graph'].filter((node) => node['@type'] === type)
    const [page] = byType('MedicalWebPage')
    expect(page).toMatchObject({
      reviewedBy: {'@id': 'https://clinic.example/learn/sciatica/#reviewer'},
      lastReviewed: '2025-03-01',
    })
    expect(byType('Person')).toEqual([
      {
        '@type': 'Person',
        '@id': 'https://clinic.example/learn/sciatica/#reviewer',
        name: 'Jane Doe',
        honorificSuffix: 'MD',
        jobTitle: 'Physiatrist',
        url: 'https://clinic.example/team/jane-doe',
        sameAs: ['https://registry.example/jane-doe'],
      },
    ])
    expect(byType('BlogPosting')[0]).toMatchObject({
      author: {'@type': 'MedicalOrganization', name: 'Non-Surgical Orthopaedic'},
      publisher: {'@id': 'https://clinic.example/#organization'},
      articleSection: 'Back pain',
      isBasedOn: 'https://example.org/can-physical-therapy-help-with-sciatica/',
      citation: [
        {
          '@type': 'CreativeWork',
          name: 'Sciatica (NHS)',
          url: 'https://www.nhs.uk/conditions/sciatica/',
        },
      ],
    })
    expect(byType('MedicalOrganization')[0]).toMatchObject({
      publishingPrinciples: 'https://clinic.example/editorial-policy',
    })
    expect(emptyValues(graph)).toEqual([])
    expect(validateJsonLd(graph).errors).toEqual([])
  })

  it('has no review, reviewer or article section without the host’s data', () => {
    const graph = buildJsonLd({siteUrl: 'https://example.com'})
    const text = JSON.stringify(graph)
    for (const property of [
      'reviewedBy',
      'lastReviewed',
      'articleSection',
      'citation',
      'isBasedOn',
    ])
      expect(text).not.toContain(`"${property}"`)
    expect(graph['@graph'].some((node) => node['@type'] === 'Person')).toBe(false)
  })
})

describe('every graph the package makes', () => {
  const clinics: ClinicInput[] = [hostClinic, fullHostClinic]
  const options = fc.record(
    {
      path: fc.constantFrom('/learn/sciatica/', '/a/b', '/sciatica?lang=en'),
      clinic: fc.constantFrom(...clinics),
      siteName: fc.constantFrom('Spine & Joint', 'Clinic <One>'),
      inLanguage: fc.constantFrom('en-GB', 'es', 'de-DE'),
      dateModified: fc.constantFrom('2024-05-01', '2025-01-02T10:00:00Z'),
      image: fc.constant(['https://clinic.example/a.jpg']),
      breadcrumb: fc.constant([{name: 'Learn', path: '/learn/'}]),
      homeName: fc.constantFrom('Start'),
      review: fc.constant({
        reviewedBy: {name: 'Jane Doe', jobTitle: 'Physiatrist'},
        lastReviewed: '2024-06-30',
      }),
      citation: fc.constant([{name: 'A source', url: 'https://example.org/source'}]),
      publishingPrinciples: fc.constant('https://clinic.example/policy'),
      isBasedOn: fc.constant('https://example.org/original'),
      articleSection: fc.constant('Health'),
    },
    {requiredKeys: []},
  )

  it('passes the validator with no error and holds no empty value, with any host options', () => {
    fc.assert(
      fc.property(options, ({review, ...rest}) => {
        const given = {siteUrl: 'https://clinic.example', ...rest, ...review} as PageOptions
        const host = resolveHost(content, parseOptions(given, 'required'))
        const graphs = [
          buildJsonLd(given),
          buildGraph({content, host, page: articlePage(content, host, [])}),
          buildGraph({content, host, page: homePage(host)}),
          ...host.clinic.locations.map((location) =>
            buildGraph({content, host, page: locationPage(host, location)}),
          ),
        ]
        for (const graph of graphs) {
          expect(emptyValues(graph)).toEqual([])
          expect(validateJsonLd(graph).errors).toEqual([])
        }
      }),
      {numRuns: 40},
    )
  })
})

describe('the review', () => {
  it('is given whole or not at all, and dated within the article’s life', () => {
    const error = (options: object) => {
      try {
        buildJsonLd({siteUrl: 'https://example.com', ...options} as PageOptions)
      } catch (caught) {
        return caught as {field: string; expected: string}
      }
      throw new Error('Expected an error')
    }
    expect(error({reviewedBy: {name: 'Jane Doe'}})).toMatchObject({
      field: 'lastReviewed',
      expected: 'the date of the review, given with `reviewedBy`',
    })
    expect(error({reviewedBy: {name: 'Jane Doe'}, lastReviewed: '2020-12-31'})).toMatchObject({
      field: 'lastReviewed',
      expected: expect.stringMatching(
        /^a date from the article's publication \(2021-08-13\) to today/,
      ),
    })
    expect(error({reviewedBy: {name: 'Jane Doe'}, lastReviewed: '2999-01-01'}).field).toBe(
      'lastReviewed',
    )
    for (const lastReviewed of ['March 1, 2025', '2024-13-01']) {
      expect(error({reviewedBy: {name: 'Jane Doe'}, lastReviewed})).toMatchObject({
        field: 'lastReviewed',
        expected: 'a calendar date as YYYY-MM-DD, such as "2025-03-01"',
      })
    }
    expect(error({reviewedBy: {name: 'Jane Doe'}, lastReviewed: '2024-02-30'})).toMatchObject({
      field: 'lastReviewed',
      expected: 'a calendar date as YYYY-MM-DD, such as "2025-03-01"',
    })
  })

  it('names only what the host gives of its reviewer', async () => {
    const options = {
      siteUrl: 'https://example.com',
      reviewedBy: {name: 'Jane Doe', sameAs: []},
      lastReviewed: '2024-01-02',
      // A language tag Intl cannot use: dates fall back to its default language.
      inLanguage: 'en-a1',
    } satisfies PageOptions
    const {tree} = parseHtml(await renderPage(options), false)
    expect(texts(tree, 'header p')[1]).toBe('Medically reviewed by Jane Doe on January 2, 2024.')
    const person = buildJsonLd(options)['@graph'].find((node) => node['@type'] === 'Person')
    expect(person).toEqual({
      '@type': 'Person',
      '@id': 'https://example.com/can-physical-therapy-help-with-sciatica/#reviewer',
      name: 'Jane Doe',
    })
  })
})
