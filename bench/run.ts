/**
 * `npm run bench [-- <section>...]`: measure the built package against peers and floors in one
 * run, print the results, and (when every section ran) write them to `docs/benchmarks.md`.
 * Sections: graph, html, size, startup, validate, site (the slowest, last).
 */
import {readFileSync} from 'node:fs'
import {mkdir, writeFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {root, type Section} from './lib.js'

const sections: Record<string, () => Promise<{measure: () => Section | Promise<Section>}>> = {
  graph: () => import('./graph.js'),
  html: () => import('./html.js'),
  size: () => import('./size.js'),
  startup: () => import('./startup.js'),
  validate: () => import('./validate.js'),
  site: () => import('./site.js'),
}

const require = createRequire(path.join(root, 'package.json'))
function version(name: string): string {
  if (name === 'sciatica-content') {
    return JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version
  }
  // Found the way Node.js finds the package, through its directory.
  let directory = path.dirname(require.resolve(name))
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(path.join(directory, 'package.json'), 'utf8'))
      if (manifest.name === name) return manifest.version
    } catch {}
    directory = path.dirname(directory)
  }
}

const packages = [
  'sciatica-content',
  'unified',
  'remark-parse',
  'remark-rehype',
  'rehype-stringify',
  'valibot',
  '@unhead/schema-org',
  'unhead',
  'tinybench',
  'esbuild',
  'size-limit',
]

function table(section: Section): string {
  const verdict = (holds: boolean | undefined) =>
    holds === undefined ? '' : holds ? 'holds' : '**missed**'
  const lines = [
    '| measure | ours | comparison | against | ratio | budget | verdict |',
    '| --- | ---: | ---: | --- | ---: | --- | --- |',
    ...section.rows.map(
      (row) =>
        `| ${row.measure} | ${row.ours} | ${row.comparison} | ${row.against} | ${row.ratio} | ${row.budget} | ${verdict(row.holds)} |`,
    ),
  ]
  return lines.join('\n')
}

async function main(): Promise<void> {
  const asked = process.argv.slice(2)
  const unknown = asked.filter((name) => !(name in sections))
  if (unknown.length > 0) {
    throw new Error(`No such section: ${unknown} (there are: ${Object.keys(sections)})`)
  }
  const names = asked.length > 0 ? asked : Object.keys(sections)
  const cpus = os.cpus()
  const environment = [
    `- Node.js ${process.version} on ${os.type()} ${os.release()} (${process.arch})`,
    `- CPU: ${cpus[0]?.model.trim() ?? 'unknown'}, ${cpus.length} cores; ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB memory`,
    `- Packages: ${packages.map((name) => `${name} ${version(name)}`).join(', ')}`,
    `- Run: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`,
  ].join('\n')
  console.log(environment)

  const parts: string[] = []
  const missed: string[] = []
  for (const [index, name] of names.entries()) {
    const {measure} = await (sections[name] as () => Promise<{measure: () => Section}>)()
    const section = await measure()
    const part = `## ${index + 1}. ${section.title}\n\n${section.method}\n\n${table(section)}\n`
    console.log(`\n${part}`)
    parts.push(part)
    for (const row of section.rows) {
      if (row.holds === false) missed.push(`${section.title}: ${row.measure}`)
    }
  }
  console.log(missed.length === 0 ? 'Every budget holds.' : `Missed:\n- ${missed.join('\n- ')}`)

  if (asked.length === 0) {
    const document = `# Benchmarks

Written by \`npm run bench\`, which measures the built package (\`dist/\`, as users get it)
against what a user would pick instead, or against the floor of the work, in the same run.
Machines like this one are noisy: read the ratios, not the absolute times. Timing budgets are
checked here only; bundle size and the core's cold import are also checked in CI
(\`npm run size\`).

${environment}

${parts.join('\n')}`
    await mkdir(path.join(root, 'docs'), {recursive: true})
    await writeFile(path.join(root, 'docs', 'benchmarks.md'), document)
    console.log('Wrote docs/benchmarks.md')
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
