import {isObject, isReference, type JsonObject, joinPath, MAX_DEPTH} from './findings.js'

/** A node defined in the input, merged from every object that gives its `@id`. */
export interface Definition {
  readonly document: number
  readonly path: string
  /** The first value of each property, and every `@type`. */
  readonly merged: JsonObject
}

/** Two definitions of one `@id` that give one property different literal values. */
export interface Conflict {
  readonly id: string
  readonly path: string
  readonly first: {readonly document: number; readonly path: string}
}

interface Entry extends Definition {
  readonly values: Map<string, {value: unknown; document: number; path: string}>
  readonly types: Set<unknown>
  readonly typeList: unknown[]
}

/**
 * The `@id`s of an input, across its documents (the scripts of a page name each other's
 * nodes). JSON-LD merges the objects that share an `@id` and their values accumulate: that is
 * no error. Two different literal values of one property are worth a note (one of them is
 * likely stale).
 */
export class Registry {
  readonly #entries = new Map<string, Entry>()

  /** The merged node an `@id` names, if the input defines it. */
  get(id: string): JsonObject | undefined {
    return this.#entries.get(id)?.merged
  }

  /** Record the definitions in a document's value; returns the literal conflicts found. */
  collect(value: unknown, path: string, document: number): Conflict[] {
    const conflicts: Conflict[] = []
    // Depth-first with an explicit stack, in document order; below MAX_DEPTH the check reports
    // the document as too deep.
    const stack: {item: unknown; path: string; depth: number}[] = [{item: value, path, depth: 0}]
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      const {item, path: itemPath, depth} = next
      if (depth > MAX_DEPTH) continue
      const children: {item: unknown; path: string; depth: number}[] = []
      if (Array.isArray(item)) {
        item.forEach((child, index) => {
          children.push({item: child, path: `${itemPath}[${index}]`, depth: depth + 1})
        })
      } else if (isObject(item)) {
        const id = item['@id']
        if (typeof id === 'string' && !isReference(item))
          this.#define(id, item, itemPath, document, conflicts)
        for (const [key, child] of Object.entries(item)) {
          if (key !== '@context')
            children.push({item: child, path: joinPath(itemPath, key), depth: depth + 1})
        }
      }
      for (let index = children.length - 1; index >= 0; index--)
        stack.push(children[index] as (typeof children)[number])
    }
    return conflicts
  }

  #define(
    id: string,
    node: JsonObject,
    path: string,
    document: number,
    conflicts: Conflict[],
  ): void {
    let entry = this.#entries.get(id)
    if (entry === undefined) {
      entry = {
        document,
        path,
        merged: {'@id': id},
        values: new Map(),
        types: new Set(),
        typeList: [],
      }
      this.#entries.set(id, entry)
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === '@id' || key === '@context') continue
      if (key === '@type') {
        // Only new types are added: an @id repeated 20,000 times costs 20,000 steps.
        for (const type of Array.isArray(value) ? value : [value]) {
          if (entry.types.has(type)) continue
          entry.types.add(type)
          entry.typeList.push(type)
        }
        entry.merged['@type'] = entry.typeList
        continue
      }
      const first = entry.values.get(key)
      if (first === undefined) {
        entry.values.set(key, {value, document, path: joinPath(path, key)})
        entry.merged[key] = value
      } else if (isLiteral(first.value) && isLiteral(value) && first.value !== value) {
        conflicts.push({
          id,
          path: joinPath(path, key),
          first: {document: first.document, path: first.path},
        })
      }
    }
  }
}

function isLiteral(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
}
