import type {
  BlogPostingLeaf,
  BreadcrumbListLeaf,
  MedicalClinicLeaf,
  MedicalConditionLeaf,
  MedicalOrganizationLeaf,
  MedicalWebPageLeaf,
  WebPageLeaf,
  WebSiteLeaf,
} from 'schema-dts'
import {buildBreadcrumbNode} from './breadcrumb.js'
import {buildClinicNodes} from './clinic.js'
import {type JsonLdOptions, type NodeKind, resolveSite, type Site} from './options.js'
import {buildOrganizationNode} from './organization.js'
import {type SharedNodes, sharedNodes} from './shared.js'
import type {TreatmentNode} from './treatment.js'
import {buildWebSiteNode} from './website.js'

/** A node of the graph: each has an `@id`. */
export type GraphNode = (
  | WebSiteLeaf
  | MedicalOrganizationLeaf
  | MedicalClinicLeaf
  | MedicalWebPageLeaf
  | WebPageLeaf
  | BlogPostingLeaf
  | MedicalConditionLeaf
  | BreadcrumbListLeaf
  | TreatmentNode
) & {'@id': string}

/** A JSON-LD document: the schema.org context and a graph of nodes. */
export interface JsonLdGraph {
  '@context': 'https://schema.org'
  '@graph': GraphNode[]
}

// Each kind of node, in the order the graph lists them. The web page, the article, the condition
// and the treatments are shared by every graph of the same site and page, frozen (shared.ts).
const builders: Readonly<Record<NodeKind, (site: Site, shared: SharedNodes) => GraphNode[]>> = {
  website: (site) => [buildWebSiteNode(site)],
  organization: (site) => [buildOrganizationNode(site)],
  clinic: buildClinicNodes,
  webpage: (_, shared) => [shared.webPage],
  article: (_, shared) => [shared.article],
  condition: (_, shared) => [shared.condition],
  treatment: (_, shared) => [...shared.treatmentsById.values()],
  breadcrumb: (site) => [buildBreadcrumbNode(site)],
}

/**
 * Build the schema.org graph for a host site: WebSite, MedicalOrganization, a MedicalClinic per
 * location, MedicalWebPage, BlogPosting, MedicalCondition, its treatments and the
 * BreadcrumbList, linked by `@id`.
 *
 * @param options
 *   The host site (`siteUrl` is required; see `JsonLdOptions`).
 * @returns
 *   `{"@context": "https://schema.org", "@graph": [...]}`. With `nodes`, the graph holds those
 *   kinds and every node they reference, so no `@id` is left dangling. The web page, article,
 *   condition and treatment nodes are shared by the graphs of one site and frozen: copy one
 *   (`structuredClone`) to change it.
 * @throws {SciaticaContentError}
 *   When an option is invalid or unknown.
 */
export function buildJsonLd(options: Readonly<JsonLdOptions>): JsonLdGraph {
  return buildGraph(resolveSite(options))
}

/**
 * Build the graph for a resolved site (see `resolveSite`); its shared nodes are frozen, as for
 * `buildJsonLd`.
 */
export function buildGraph(site: Site): JsonLdGraph {
  const shared = sharedNodes(site)
  const all = Object.values(builders).flatMap((build) => build(site, shared))
  const selected =
    site.nodes === undefined
      ? all
      : withReferences(
          all,
          site.nodes.flatMap((kind) => builders[kind](site, shared)),
        )
  return {'@context': 'https://schema.org', '@graph': selected}
}

// The `roots` and every node reachable from them by `@id`, in the order of `all`.
function withReferences(all: readonly GraphNode[], roots: readonly GraphNode[]): GraphNode[] {
  const byId = new Map(all.map((node) => [node['@id'], node]))
  const keep = new Set<string>()
  const pending = roots.map((node) => node['@id'])
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (keep.has(id)) continue
    keep.add(id)
    collectReferences(byId.get(id), pending)
  }
  return all.filter((node) => keep.has(node['@id']))
}

function collectReferences(value: unknown, into: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectReferences(item, into)
  } else if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value)
    if (keys.length === 1 && keys[0] === '@id') into.push((value as {'@id': string})['@id'])
    else for (const item of Object.values(value)) collectReferences(item, into)
  }
}
