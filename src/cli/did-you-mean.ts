/**
 * "Did you mean": the closest of some names to a misspelled one, for error messages about an
 * unknown field (`location` → `locations`).
 */

// Edit distance with transpositions (optimal string alignment), case-insensitive.
function distance(a: string, b: string): number {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  let before: number[] = []
  let previous = Array.from({length: y.length + 1}, (_, index) => index)
  for (let i = 1; i <= x.length; i++) {
    const current = [i]
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1
      let best = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      )
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) {
        best = Math.min(best, (before[j - 2] as number) + 1)
      }
      current.push(best)
    }
    before = previous
    previous = current
  }
  return previous[y.length] as number
}

/**
 * The name of `names` closest to `name`, when it is close enough to be a misspelling of it (at
 * most 2 edits, or a third of its length), else `undefined`.
 */
export function didYouMean(name: string, names: readonly string[]): string | undefined {
  // Beyond this, the name is not a misspelling of any; and the work stays small.
  if (name.length > 64) return undefined
  const most = Math.max(2, Math.floor(name.length / 3))
  let best: string | undefined
  let bestDistance = most + 1
  for (const candidate of names) {
    const edits = distance(name, candidate)
    if (edits < bestDistance) {
      best = candidate
      bestDistance = edits
    }
  }
  return best
}
