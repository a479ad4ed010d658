/**
 * `npm run check:slug` (in CI): compare the project's `slug` with github-slugger's on every Unicode
 * code point. Where they differ, github-slugger must drop a character that its Unicode data does
 * not know (added to Unicode since) and ours keep it, never the other way round. A script rather
 * than a unit test: 1.1 million code points take seconds, on every `npm test`.
 */
import {slug as githubSlug} from 'github-slugger'
import {slug} from '../src/slug.js'

let checked = 0
let newer = 0
const wrong: string[] = []
for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue
  checked++
  const character = String.fromCodePoint(codePoint)
  const ours = slug(character)
  const theirs = githubSlug(character)
  if (ours === theirs) continue
  if (theirs === '' && ours === character.toLowerCase()) newer++
  else
    wrong.push(
      `U+${codePoint.toString(16).toUpperCase()}: ours ${JSON.stringify(ours)}, github-slugger ${JSON.stringify(theirs)}`,
    )
}
console.log(
  `slug: ${checked} code points; ${newer} kept that github-slugger's older data drops; ${wrong.length} other differences`,
)
for (const line of wrong.slice(0, 20)) console.error(line)
if (wrong.length > 0) process.exitCode = 1
