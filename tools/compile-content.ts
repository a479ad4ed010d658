/**
 * Compile content/ into src/generated/ (content.ts, article-body.ts). Run by `npm run content`
 * (and so by `npm run build`); with `--check`, fail instead of writing when a file is out of date.
 */
import {readFile, rename, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {compileContent, serializeContent} from './content/compile.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const generated = path.join(root, 'src/generated')

try {
  const outputs = serializeContent(await compileContent(path.join(root, 'content')))
  for (const [name, output] of Object.entries(outputs)) {
    const target = path.join(generated, name)
    const current = await readFile(target, 'utf8').catch(() => '')
    if (process.argv.includes('--check')) {
      if (current !== output)
        throw new Error(`${path.relative(root, target)} is out of date: run \`npm run content\``)
    } else if (current !== output) {
      // Write beside the target, then rename: a failed write never leaves half a file.
      await writeFile(`${target}.tmp`, output)
      await rename(`${target}.tmp`, target)
    }
  }
} catch (error) {
  console.error(String(error))
  process.exitCode = 1
}
