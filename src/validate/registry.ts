import {isObject, isReference, type JsonObject, joinPath} from './findings.js'

/** A node defined in the input, merged from every object that gives its `@id`. */
export interface Definition {
  readonly document: number
  readonly path: string
  /** The first value of each property, and every `@type`. */
  readonly merged: JsonObject
}

/** Two definitions of one `@id` that give one property different values. */
export interface Conflict {
  readonly id: string
  readonly path: string
  readonly first: {readonly document: number; readonly path: string}
}

interface Entry extends Definition {
  readonly values: Map<string, {value: unknown; document: number; path: string}>
}

/**
 * The `@id`s of an input, across its documents (the scripts of a page name each other's
 * nodes). JSON-LD merges the objects that share an `@id`: a conflict is only one property given
 * two different values.
 */
export class Registry {
  readonly #entries = new Map<string, Entry>()
  // Canonical JSON of each object and array, computed once: nested nodes repeat.
  readonly #canonical = new WeakMap<object, string>()

  /** The merged node an `@id` names, if the input defines it. */
  get(id: string): JsonObject | undefined {
    return this.#entries.get(id)?.merged
  }

  /** Stable JSON: object keys sorted, so that equal values compare equal. */
  canonical(value: unknown): string {
    if (typeof value !== 'object' || value === null) return JSON.stringify(value)
    let text = this.#canonical.get(value)
    if (text === undefined) {
      text = Array.isArray(value)
        ? `[${value.map((item) => this.canonical(item)).join(',')}]`
        : `{${Object.keys(value)
            .sort()
            .map((key) => `${JSON.stringify(key)}:${this.canonical((value as JsonObject)[key])}`)
            .join(',')}}`
      this.#canonical.set(value, text)
    }
    return text
  }

  /** Record the definitions in a document's value; returns the conflicts found. */
  collect(value: unknown, path: string, document: number): Conflict[] {
    const conflicts: Conflict[] = []
    const visit = (item: unknown, itemPath: string): void => {
      if (Array.isArray(item)) {
        item.forEach((child, index) => {
          visit(child, `${itemPath}[${index}]`)
        })
        return
      }
      if (!isObject(item)) return
      const id = item['@id']
      if (typeof id === 'string' && !isReference(item))
        this.#define(id, item, itemPath, document, conflicts)
      for (const [key, child] of Object.entries(item)) {
        if (key !== '@context') visit(child, joinPath(itemPath, key))
      }
    }
    visit(value, path)
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
      entry = {document, path, merged: {'@id': id}, values: new Map()}
      this.#entries.set(id, entry)
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === '@id' || key === '@context') continue
      if (key === '@type') {
        const types = new Set([entry.merged['@type'] ?? [], value].flat())
        entry.merged['@type'] = [...types]
        continue
      }
      const first = entry.values.get(key)
      if (first === undefined) {
        entry.values.set(key, {value, document, path: joinPath(path, key)})
        entry.merged[key] = value
        // Canonical JSON only when a second object gives the property: most give it once.
      } else if (this.canonical(first.value) !== this.canonical(value)) {
        conflicts.push({
          id,
          path: joinPath(path, key),
          first: {document: first.document, path: first.path},
        })
      }
    }
  }
}
