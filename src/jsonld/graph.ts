import type {
  BlogPostingLeaf,
  BreadcrumbListLeaf,
  MedicalClinicLeaf,
  MedicalConditionLeaf,
  MedicalOrganizationLeaf,
  WebSiteLeaf,
} from 'schema-dts'
import * as v from 'valibot'
import type {DeepReadonly} from '../content/freeze.js'
import {content as packageContent} from '../content/index.js'
import type {Content} from '../content/types.js'
import {resolveHost} from '../host/host.js'
import {type Assert, type Exactly, type HostOptions, hostOptionsEntries} from '../host/options.js'
import {parseOrThrow} from '../parse.js'
import {buildArticleNode} from './article.js'
import {buildBreadcrumbNode} from './breadcrumb.js'
import {buildClinicNodes} from './clinic.js'
import {buildConditionNode} from './condition.js'
import {buildOrganizationNode} from './organization.js'
import {articlePage, type GraphInput, type PageKind} from './page.js'
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
  | TreatmentNode
  | WebPageNode
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
  location: ['website', 'organization', 'clinic', 'webpage', 'treatment', 'breadcrumb'],
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

/** Options of `buildJsonLd`: the host, and which nodes to build. */
export interface JsonLdOptions extends HostOptions {
  /** Kinds of node to build, with every node they reference (default: all). */
  readonly nodes?: readonly NodeKind[] | undefined
}

const jsonLdOptionsSchema = v.strictObject(
  {
    ...hostOptionsEntries,
    nodes: v.exactOptional(
      v.pipe(
        v.array(v.picklist(NODE_KINDS, `one of ${NODE_KINDS.join(', ')}`), 'an array'),
        v.minLength(1, 'at least one kind of node'),
      ),
    ),
  },
  'an object',
)

// The interface documents the schema; this fails to compile when the two drift apart.
export type JsonLdOptionsMatchSchema = Assert<
  Exactly<
    Required<Omit<JsonLdOptions, keyof HostOptions>>,
    Required<DeepReadonly<Omit<v.InferInput<typeof jsonLdOptionsSchema>, keyof HostOptions>>>
  >
>

/**
 * Build the schema.org graph of the article's page on a host site: WebSite,
 * MedicalOrganization, a MedicalClinic per location, MedicalWebPage, BlogPosting,
 * MedicalCondition, its treatments and the BreadcrumbList, linked by `@id`.
 *
 * @param options
 *   The host site (`siteUrl` is required; see `JsonLdOptions`).
 * @returns
 *   `{"@context": "https://schema.org", "@graph": [...]}`, fresh on every call. With `nodes`,
 *   the graph holds those kinds and every node they reference, so no `@id` is left dangling.
 * @throws {SciaticaContentError}
 *   When an option is invalid or unknown.
 */
export function buildJsonLd(options: Readonly<JsonLdOptions>): JsonLdGraph {
  return articleJsonLd(packageContent, options)
}

/** `buildJsonLd` for any compiled content. */
export function articleJsonLd(content: Content, options: Readonly<JsonLdOptions>): JsonLdGraph {
  const {nodes, ...hostOptions} = parseOrThrow(jsonLdOptionsSchema, options, [])
  const host = resolveHost(content, hostOptions)
  return buildGraph({content, host, page: articlePage(content, host)}, nodes)
}
