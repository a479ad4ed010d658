import {existsSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {content} from '../src/content/index.js'
import {defaultPath, resolveHost} from '../src/host/host.js'
import {buildJsonLd, type GraphNode, type JsonLdGraph, type NodeKind} from '../src/index.js'
import {buildConditionNode} from '../src/jsonld/condition.js'
import {NODE_KINDS} from '../src/jsonld/graph.js'
import {ID_FRAGMENTS, idReference} from '../src/jsonld/ids.js'
import {articlePage} from '../src/jsonld/page.js'
import {fullHostClinic} from './helpers/fixtures.js'

const hostClinic = fullHostClinic

// Every `{"@id": …}` reference in a value.
function references(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(references)
  if (typeof value !== 'object' || value === null) return []
  const keys = Object.keys(value)
  if (keys.length === 1 && keys[0] === '@id') return [(value as {'@id': string})['@id']]
  return Object.values(value).flatMap(references)
}

function nodeOfType(graph: JsonLdGraph, type: string): GraphNode {
  const node = graph['@graph'].find((item) => ([item['@type']].flat() as string[]).includes(type))
  expect(node, `a ${type} node`).toBeDefined()
  return node as GraphNode
}

describe('buildJsonLd', () => {
  it('builds the default graph (snapshot)', async () => {
    // Outside CI, vitest writes a missing snapshot and passes: require the committed one.
    expect(existsSync(new URL('__snapshots__/default-graph.jsonld', import.meta.url))).toBe(true)
    const graph = buildJsonLd({siteUrl: 'https://example.com'})
    await expect(`${JSON.stringify(graph, null, 2)}\n`).toMatchFileSnapshot(
      './__snapshots__/default-graph.jsonld',
    )
  })

  it('links the nodes by absolute, unique @ids, with no reference left dangling', () => {
    for (const options of [
      {siteUrl: 'https://example.com'},
      {siteUrl: 'https://clinic.example/blog/', clinic: hostClinic},
    ]) {
      const graph = buildJsonLd(options)
      const ids = graph['@graph'].map((node) => node['@id'])
      expect(new Set(ids).size).toBe(ids.length)
      for (const id of ids) expect(new URL(id).protocol).toBe('https:')
      for (const reference of references(graph['@graph'])) expect(ids).toContain(reference)
    }
  })

  it('gives the nodes the fixed fragments', () => {
    const graph = buildJsonLd({siteUrl: 'https://example.com/', path: '/sciatica'})
    expect(graph['@graph'].map((node) => node['@id'])).toEqual(
      expect.arrayContaining([
        `https://example.com/${ID_FRAGMENTS.website}`,
        `https://example.com/${ID_FRAGMENTS.organization}`,
        'https://example.com/#clinic-marietta',
        'https://example.com/#clinic-carrollton',
        `https://example.com/sciatica${ID_FRAGMENTS.webpage}`,
        `https://example.com/sciatica${ID_FRAGMENTS.article}`,
        `https://example.com/sciatica${ID_FRAGMENTS.condition}`,
        `https://example.com/sciatica${ID_FRAGMENTS.breadcrumb}`,
        'https://example.com/#treatment-physical-therapy',
      ]),
    )
  })

  it('is byte-identical for the same input', () => {
    const options = {siteUrl: 'https://clinic.example', clinic: hostClinic}
    expect(JSON.stringify(buildJsonLd(options))).toBe(
      JSON.stringify(buildJsonLd(structuredClone(options))),
    )
  })

  it('resolves the path below a site URL that has a path of its own', () => {
    const host = resolveHost(content, {
      siteUrl: 'https://clinic.example/blog',
      path: '/2021/sciatica/?lang=en',
    })
    expect(host.siteUrl).toBe('https://clinic.example/blog/')
    expect(host.articleUrl).toBe('https://clinic.example/blog/2021/sciatica/?lang=en')
    expect(resolveHost(content, {siteUrl: 'https://example.com'}).articleUrl).toBe(
      'https://example.com/can-physical-therapy-help-with-sciatica/',
    )
    expect(defaultPath(content)).toBe('/can-physical-therapy-help-with-sciatica/')
  })

  it('describes a host clinic with three locations', () => {
    const graph = buildJsonLd({siteUrl: 'https://clinic.example', clinic: hostClinic})
    const clinics = graph['@graph'].filter((node) => node['@type'] === 'MedicalClinic')
    expect(clinics).toHaveLength(3)
    expect(clinics.map((node) => node['@id'])).toEqual([
      'https://clinic.example/#clinic-london',
      'https://clinic.example/#clinic-leeds',
      'https://clinic.example/#clinic-leeds-north',
    ])
    expect(clinics[0]).toMatchObject({
      name: 'Example Spine, London',
      url: 'https://clinic.example/london',
      telephone: '+442079460958',
      address: {'@type': 'PostalAddress', streetAddress: '1 High St', postalCode: 'N1 1AA'},
      geo: {'@type': 'GeoCoordinates', latitude: 51.5, longitude: -0.1},
      openingHoursSpecification: [
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map(
            (day) => `https://schema.org/${day}`,
          ),
          opens: '09:00',
          closes: '17:00',
        },
      ],
      medicalSpecialty: ['https://schema.org/Musculoskeletal', 'https://schema.org/Physiotherapy'],
      availableService: [
        {'@id': 'https://clinic.example/#treatment-physical-therapy'},
        {'@id': 'https://clinic.example/#treatment-nerve-glides'},
      ],
      parentOrganization: {'@id': 'https://clinic.example/#organization'},
    })
    expect(clinics[2]).toMatchObject({name: 'Example Spine North', telephone: '+441132345678'})

    const organization = nodeOfType(graph, 'MedicalOrganization')
    expect(organization).toMatchObject({
      name: 'Example Spine',
      url: 'https://clinic.example/',
      logo: 'https://clinic.example/logo.png',
      sameAs: ['https://social.example/spine'],
      subOrganization: clinics.map((node) => idReference(node['@id'])),
    })
    expect(nodeOfType(graph, 'WebSite')).toMatchObject({name: 'Example Spine'})
  })

  it('leaves out what a host clinic does not give', () => {
    const graph = buildJsonLd({
      siteUrl: 'https://clinic.example',
      clinic: {
        name: 'Small',
        telephone: '404-555-0100',
        locations: [{address: {addressLocality: 'Macon', addressCountry: 'US'}}],
      },
    })
    const organization = nodeOfType(graph, 'MedicalOrganization')
    const location = nodeOfType(graph, 'MedicalClinic')
    for (const key of ['logo', 'sameAs', 'medicalSpecialty'])
      expect(organization).not.toHaveProperty(key)
    for (const key of [
      'url',
      'geo',
      'openingHoursSpecification',
      'medicalSpecialty',
      'availableService',
    ]) {
      expect(location).not.toHaveProperty(key)
    }
  })

  it('takes the host’s page details: name, language, dates, images, breadcrumb', () => {
    const graph = buildJsonLd({
      siteUrl: 'https://clinic.example',
      path: '/learn/sciatica/',
      siteName: 'Clinic Library',
      inLanguage: 'en-GB',
      dateModified: '2024-05-01T10:00:00Z',
      image: ['https://clinic.example/a.jpg', 'https://clinic.example/b.jpg'],
      breadcrumb: [{name: 'Learn', path: '/learn/'}],
      homeName: 'Start',
    })
    expect(nodeOfType(graph, 'WebSite')).toMatchObject({
      name: 'Clinic Library',
      inLanguage: 'en-GB',
    })
    expect(nodeOfType(graph, 'MedicalWebPage')).toMatchObject({
      dateModified: '2024-05-01T10:00:00Z',
      primaryImageOfPage: {'@type': 'ImageObject', url: 'https://clinic.example/a.jpg'},
    })
    expect(nodeOfType(graph, 'BlogPosting')).toMatchObject({
      dateModified: '2024-05-01T10:00:00Z',
      image: ['https://clinic.example/a.jpg', 'https://clinic.example/b.jpg'],
      inLanguage: 'en-GB',
    })
    expect(nodeOfType(graph, 'BreadcrumbList')).toMatchObject({
      itemListElement: [
        {'@type': 'ListItem', position: 1, name: 'Start', item: 'https://clinic.example/'},
        {'@type': 'ListItem', position: 2, name: 'Learn', item: 'https://clinic.example/learn/'},
        {
          '@type': 'ListItem',
          position: 3,
          name: 'Can Physical Therapy Help With Sciatica?',
          item: 'https://clinic.example/learn/sciatica/',
        },
      ],
    })
  })

  it('describes the condition with codes, anatomy, causes, risk factors, symptoms and treatments', () => {
    const host = resolveHost(content, {siteUrl: 'https://example.com'})
    const node = buildConditionNode({content, host, page: articlePage(content, host)})
    expect(node).toMatchObject({
      '@type': 'MedicalCondition',
      name: 'Sciatica',
      code: [
        {'@type': 'MedicalCode', codeValue: 'M54.3', codingSystem: 'ICD-10-CM'},
        {'@type': 'MedicalCode', codeValue: '23056005', codingSystem: 'SNOMED-CT'},
        {'@type': 'MedicalCode', codeValue: 'D012585', codingSystem: 'MeSH'},
      ],
      associatedAnatomy: [{'@type': 'Nerve', name: 'Sciatic nerve'}],
    })
    expect(node.cause).toHaveLength(4)
    expect(node.riskFactor).toHaveLength(5)
    expect(node.signOrSymptom).toHaveLength(1)
    expect(node.possibleTreatment).toHaveLength(11)
  })

  it('types each treatment as the article describes it', () => {
    const graph = buildJsonLd({siteUrl: 'https://example.com'})
    const byName = new Map(graph['@graph'].map((node) => [(node as {name?: string}).name, node]))
    expect(byName.get('Physical therapy')).toMatchObject({
      '@type': 'PhysicalTherapy',
      procedureType: 'https://schema.org/NoninvasiveProcedure',
    })
    expect(byName.get('Surgery')).toMatchObject({'@type': ['MedicalTherapy', 'SurgicalProcedure']})
    expect(byName.get('Isometric exercise')).toMatchObject({
      '@type': 'ExercisePlan',
      exerciseType: 'Isometric',
    })
    expect(byName.get('Nerve glides')).toMatchObject({'@type': 'PhysicalTherapy'})
  })

  it('names the clinic that wrote the article as its author', () => {
    const own = nodeOfType(buildJsonLd({siteUrl: 'https://example.com'}), 'BlogPosting')
    expect(own).toMatchObject({
      author: {'@id': 'https://example.com/#organization'},
      publisher: {'@id': 'https://example.com/#organization'},
    })
    // A host with its own clinic republishes the article: it publishes, it did not write.
    const republished = nodeOfType(
      buildJsonLd({siteUrl: 'https://clinic.example', clinic: hostClinic}),
      'BlogPosting',
    )
    expect(republished).toMatchObject({
      author: {'@type': 'MedicalOrganization', name: 'Non-Surgical Orthopaedic'},
      publisher: {'@id': 'https://clinic.example/#organization'},
    })
  })

  it('describes each of the clinic’s locations', () => {
    const graph = buildJsonLd({siteUrl: 'https://example.com'})
    expect(
      graph['@graph'].find((node) => node['@id'].endsWith('#clinic-carrollton')),
    ).toMatchObject({
      '@type': 'MedicalClinic',
      address: {addressLocality: 'Carrollton', addressRegion: 'GA', addressCountry: 'US'},
    })
  })

  it('returns a fresh, plain graph on every call, the caller’s to change', () => {
    const options = {siteUrl: 'https://example.com', clinic: fullHostClinic}
    const expected = JSON.stringify(buildJsonLd(options))
    const graph = buildJsonLd(options)
    for (const node of graph['@graph']) {
      expect(Object.isFrozen(node)).toBe(false)
      ;(node as Record<string, unknown>).reviewedBy = {'@type': 'Person', name: 'Changed'}
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) value.push('changed')
        else if (typeof value === 'object' && value !== null) {
          ;(value as Record<string, unknown>).changed = true
        }
      }
    }
    graph['@graph'].reverse()
    expect(JSON.stringify(buildJsonLd(options))).toBe(expected)
  })

  it('selects nodes with `nodes`, keeping every node they reference', () => {
    const ids = (nodes: NodeKind[]) =>
      buildJsonLd({siteUrl: 'https://example.com', nodes})['@graph'].map((node) => node['@id'])
    const condition = ids(['condition'])
    expect(condition[0]).toBe(
      'https://example.com/can-physical-therapy-help-with-sciatica/#condition',
    )
    expect(condition).toHaveLength(12)
    expect(ids(['clinic'])).toEqual([
      'https://example.com/#organization',
      'https://example.com/#clinic-marietta',
      'https://example.com/#clinic-carrollton',
      'https://example.com/#treatment-pain-management-injections',
    ])
    // The website's publisher is the organization, whose clinics offer one treatment.
    expect(ids(['website', 'website'])).toHaveLength(5)
    expect(ids(['breadcrumb'])).toEqual([
      'https://example.com/can-physical-therapy-help-with-sciatica/#breadcrumb',
    ])
    expect(ids([...NODE_KINDS])).toEqual(
      buildJsonLd({siteUrl: 'https://example.com'})['@graph'].map((node) => node['@id']),
    )
  })
})

describe('a host’s clinic', () => {
  // The clinic is checked into new objects, then filled in: the host's own stays as it was.
  it('is read, never changed, and may be frozen', () => {
    const deepFreeze = <T>(value: T): T => {
      if (value !== null && typeof value === 'object') {
        for (const item of Object.values(value)) deepFreeze(item)
        Object.freeze(value)
      }
      return value
    }
    const before = structuredClone(fullHostClinic)
    const frozen = deepFreeze(structuredClone(fullHostClinic))
    const options = {siteUrl: 'https://clinic.example', clinic: frozen}
    const first = JSON.stringify(buildJsonLd(options))
    expect(JSON.stringify(buildJsonLd(options))).toBe(first)
    expect(frozen).toEqual(before)
    const mutable = structuredClone(fullHostClinic)
    buildJsonLd({siteUrl: 'https://clinic.example', clinic: mutable})
    expect(mutable).toEqual(before)
  })
})
