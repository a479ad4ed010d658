import {deepFreeze} from '../content/freeze.js'
import {condition} from '../content/index.js'
import {buildArticleNode} from './article.js'
import {buildConditionNode} from './condition.js'
import type {Site} from './options.js'
import {buildTreatmentNode, type TreatmentNode} from './treatment.js'
import {buildWebPageNode} from './webpage.js'

/*
 * Nodes that do not depend on the host's clinic (the condition, its treatments, the web page and
 * the article: most of every graph) are built once for each site URL, page URL, language,
 * modified date, images and kind of host, deeply frozen, and shared by every graph built for
 * them; their JSON text is kept beside them, so that serializing a graph does not do it again.
 * Frozen, the text cannot go stale.
 */

/** JSON text of each shared node: `null` until it is first serialized. */
const texts = new WeakMap<object, string | null>()

/** Sites (site URL and page URL) whose shared nodes are kept, the least recently used first. */
const MAX_SITES = 64
const cache = new Map<string, SharedNodes>()

export interface SharedNodes {
  readonly condition: ReturnType<typeof buildConditionNode>
  /** By the treatment's id in the content (`nerve-glides`), in the article's order. */
  readonly treatmentsById: ReadonlyMap<string, TreatmentNode>
  readonly webPage: ReturnType<typeof buildWebPageNode>
  readonly article: ReturnType<typeof buildArticleNode>
}

function share<T extends object>(node: T): T {
  deepFreeze(node)
  texts.set(node, null)
  return node
}

/** The nodes every graph of a site shares (see above): frozen. */
export function sharedNodes(site: Site): SharedNodes {
  // What the nodes depend on.
  const key = JSON.stringify([
    site.siteUrl,
    site.pageUrl,
    site.inLanguage,
    site.dateModified ?? null,
    site.images,
    site.hostClinic,
  ])
  let nodes = cache.get(key)
  if (nodes === undefined) {
    nodes = {
      condition: share(buildConditionNode(site)),
      treatmentsById: new Map(
        [...condition.treatments, ...condition.physicalTherapyTypes].map((treatment) => [
          treatment.id,
          share(buildTreatmentNode(site, treatment)),
        ]),
      ),
      webPage: share(buildWebPageNode(site)),
      article: share(buildArticleNode(site)),
    }
    if (cache.size >= MAX_SITES) cache.delete(cache.keys().next().value as string)
  } else {
    // Most recently used: last.
    cache.delete(key)
  }
  cache.set(key, nodes)
  return nodes
}

/** The JSON text of a shared node (made on the first call), `undefined` for any other object. */
export function sharedText(node: object): string | undefined {
  const text = texts.get(node)
  if (text !== null) return text
  const made = JSON.stringify(node)
  texts.set(node, made)
  return made
}
