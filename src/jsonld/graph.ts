import type {
  BlogPostingLeaf,
  BreadcrumbListLeaf,
  ImageObjectLeaf,
  MedicalClinicLeaf,
  MedicalConditionLeaf,
  MedicalOrganizationLeaf,
  PersonLeaf,
  WebSiteLeaf,
} from 'schema-dts'
import {buildArticleNode} from './article.js'
import {buildBreadcrumbNode} from './breadcrumb.js'
import {buildClinicNodes} from './clinic.js'
import {buildConditionNode} from './condition.js'
import {buildPrimaryImageNodes} from './image.js'
import {buildOrganizationNode} from './organization.js'
import type {GraphInput, PageKind} from './page.js'
import {buildReviewerNodes} from './reviewer.js'
import {buildTreatmentNodes, type TreatmentNode} from './treatment.js'
import {buildWebPageNode, type WebPageNode} from './webpage.js'
import {buildWebSiteNode} from './website.js'

/** A node of the graph: each has an `@id`. */
export type GraphNode = (
  | WebSiteLeaf
  | MedicalOrganizationLeaf
  | MedicalClinicLeaf
  | BlogPostingLeaf
  | MedicalConditionLeaf
  | BreadcrumbListLeaf
  | PersonLeaf
  | TreatmentNode
  | WebPageNode
  | ImageObjectLeaf
) & {'@id': string}

/** A JSON-LD document: the schema.org context and a graph of nodes. */
export interface JsonLdGraph {
  '@context': 'https://schema.org'
  '@graph': GraphNode[]
}

// Each kind of node and its builder, in the order graphs list them. A new kind of node is one
// entry here and its builder; `NODE_KINDS` and the `nodes` option follow.
const nodeBuilders = {
  website: buildWebSiteNode,
  organization: buildOrganizationNode,
  clinic: buildClinicNodes,
  webpage: buildWebPageNode,
  primaryimage: buildPrimaryImageNodes,
  reviewer: buildReviewerNodes,
  article: buildArticleNode,
  condition: buildConditionNode,
  treatment: buildTreatmentNodes,
  breadcrumb: buildBreadcrumbNode,
} satisfies Record<string, NodeBuilder>

type NodeBuilder = (input: GraphInput) => GraphNode | GraphNode[]

// The nodes of one kind for a page.
function nodesOf(kind: NodeKind, input: GraphInput): GraphNode[] {
  const build: NodeBuilder = nodeBuilders[kind]
  return [build(input)].flat()
}

/** A kind of node in the graph. */
export type NodeKind = keyof typeof nodeBuilders

/** The kinds of node `buildJsonLd` can be asked for with `nodes`, in the graph's order. */
export const NODE_KINDS = Object.keys(nodeBuilders) as readonly NodeKind[]

// The kinds of node each kind of page describes. A new kind of page is one entry here (and, in
// `page.ts`, how to make one).
const pageNodes: Readonly<Record<PageKind, readonly NodeKind[]>> = {
  article: NODE_KINDS,
  location: [
    'website',
    'organization',
    'clinic',
    'webpage',
    'primaryimage',
    'treatment',
    'breadcrumb',
  ],
  locations: ['website', 'organization', 'webpage', 'breadcrumb'],
  home: ['website', 'organization'],
}

/**
 * Build the graph of a page: the nodes its kind describes, linked by `@id`. A fresh, plain
 * object on every call, the caller's to change.
 *
 * @param nodes
 *   Kinds of node to keep, with every node they reference (default: all the page's).
 */
export function buildGraph(input: GraphInput, nodes?: readonly NodeKind[]): JsonLdGraph {
  const all = pageNodes[input.page.kind].flatMap((kind) => nodesOf(kind, input))
  return {
    '@context': 'https://schema.org',
    '@graph': nodes === undefined ? all : withReferences(all, nodes, input),
  }
}

// The nodes of the given kinds and every node reachable from them by `@id`, in the order of
// `all`.
function withReferences(
  all: readonly GraphNode[],
  kinds: readonly NodeKind[],
  input: GraphInput,
): GraphNode[] {
  const byId = new Map(all.map((node) => [node['@id'], node]))
  const keep = new Set<string>()
  const pending = kinds.flatMap((kind) => nodesOf(kind, input).map((node) => node['@id']))
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
