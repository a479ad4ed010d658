/**
 * Compile content/ into src/generated/content.ts. Run by `npm run content` (and so by
 * `npm run build`); with `--check`, fail instead of writing when the file is out of date.
 */
import {readFile, rename, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {compileContent, serializeContent} from './content/compile.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const target = path.join(root, 'src/generated/content.ts')

try {
  const output = serializeContent(await compileContent(path.join(root, 'content')))
  const current = await readFile(target, 'utf8').catch(() => '')
  if (process.argv.includes('--check')) {
    if (current !== output)
      throw new Error(`${path.relative(root, target)} is out of date: run \`npm run content\``)
  } else if (current !== output) {
    // Write beside the target, then rename: a failed write never leaves half a file.
    await writeFile(`${target}.tmp`, output)
    await rename(`${target}.tmp`, target)
  }
} catch (error) {
  console.error(String(error))
  process.exitCode = 1
}
