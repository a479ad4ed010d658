// Alphabetic characters (letters, letter numbers, circled letters), marks, decimal digits,
// connector punctuation, `-` and space: what GitHub keeps of a heading when it makes its id.
const dropped = /[^\p{Alphabetic}\p{M}\p{Nd}\p{Pc} -]/gu

/**
 * GitHub's slug of a text, as github-slugger's `slug` (and so rehype-slug) makes it: lowercase,
 * every other character dropped, spaces made `-`. github-slugger carries its Unicode data as an
 * 8 KB regular expression; this asks the JavaScript engine's own. They agree on every character
 * but those added to Unicode after github-slugger's data, which this keeps (a test compares the
 * two over every code point).
 */
export function slug(value: string): string {
  return value.toLowerCase().replace(dropped, '').replaceAll(' ', '-')
}
