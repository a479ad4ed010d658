/** Every path in a value whose value is an empty array, an empty object or an empty string. */
export function emptyValues(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) {
    return value.length === 0
      ? [path]
      : value.flatMap((item, index) => emptyValues(item, `${path}[${index}]`))
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
    return entries.length === 0
      ? [path]
      : entries.flatMap(([key, item]) => emptyValues(item, `${path}.${key}`))
  }
  return value === '' ? [path] : []
}
