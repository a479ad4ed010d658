/**
 * `npm run examples [-- <name>...]`: pack the library as npm would publish it, check the
 * tarball (its files, publint, Are the Types Wrong?), then install each example in `examples/`
 * from that tarball, in a folder of its own, and build and test it there.
 *
 * Each example names the tarball `file:../sciatica-content.tgz`. Its lock file is committed; the
 * tarball's integrity changes with every build, so the copy's lock gets the new one before
 * `npm ci` (npm would otherwise install a stale tarball from its cache, or refuse). An example
 * without a lock file is installed with `npm install`, and its new lock copied back.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {cp, readdir, readFile, rename, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {withTemporaryFolder} from './temporary-folder.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const examples = path.join(root, 'examples')
// The tarball's name in the work folder, as the examples' `file:../sciatica-content.tgz` names it.
const TARBALL = 'sciatica-content.tgz'
// The checks the examples' tests share, beside the examples' folders.
const shared = ['check-page.mjs']
// What a build or an install leaves in an example's folder: never copied.
const generated = new Set([
  'node_modules',
  '.next',
  'next-env.d.ts',
  '_site',
  'dist',
  'sciatica.html',
])
// No usage report from Next.js (and no request for one leaves the machine).
const env = {...process.env, NEXT_TELEMETRY_DISABLED: '1'}
// What the tarball may hold: npm's own files, the build, the content and the card's fonts.
const allowed =
  /^(?:package\.json|README\.md|LICENSE|dist\/[\w.-]+|content\/[\w.-]+|assets\/fonts\/[\w.-]+)$/

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, {cwd, stdio: 'inherit', env})
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed in ${path.relative(root, cwd) || '.'}`)
  }
}

function seconds(start: bigint): string {
  return `${(Number(process.hrtime.bigint() - start) / 1e9).toFixed(1)} s`
}

async function pack(work: string): Promise<void> {
  const tarball = path.join(work, TARBALL)
  // Built here, not by `prepack`: the build's output would mix with the JSON `npm pack` prints.
  run('npm', ['run', 'build'], root)
  const output = execFileSync(
    'npm',
    ['pack', '--json', '--ignore-scripts', '--pack-destination', work],
    {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  const [packed] = JSON.parse(output) as {
    filename: string
    size: number
    unpackedSize: number
    files: {path: string}[]
  }[]
  if (packed === undefined) throw new Error('npm pack printed no package')
  await rename(path.join(work, packed.filename), tarball)
  const stray = packed.files.map((file) => file.path).filter((file) => !allowed.test(file))
  if (stray.length > 0) throw new Error(`The tarball holds files users do not need: ${stray}`)
  console.log(
    `\n${packed.filename}: ${(packed.size / 1000).toFixed(1)} kB packed, ` +
      `${(packed.unpackedSize / 1000).toFixed(1)} kB unpacked, ${packed.files.length} files`,
  )
  run('npx', ['publint', '--strict'], root)
  // Node 16+ resolution only: the package needs Node 20.19 (`engines`), and node10's resolution
  // knows no `exports`, so it cannot see the subpath entries.
  run('npx', ['attw', tarball, '--profile', 'node16'], root)
}

async function integrity(file: string): Promise<string> {
  return `sha512-${createHash('sha512')
    .update(await readFile(file))
    .digest('base64')}`
}

async function install(name: string, copy: string, tarball: string): Promise<void> {
  const lockFile = path.join(copy, 'package-lock.json')
  const hasLock = await stat(lockFile).then(
    () => true,
    () => false,
  )
  if (!hasLock) {
    run('npm', ['install', '--no-audit', '--no-fund'], copy)
    await cp(lockFile, path.join(examples, name, 'package-lock.json'))
    return
  }
  const lock = JSON.parse(await readFile(lockFile, 'utf8'))
  const entry = lock.packages?.['node_modules/sciatica-content']
  if (entry === undefined) throw new Error(`${name}: the lock file does not hold sciatica-content`)
  entry.integrity = await integrity(tarball)
  await writeFile(lockFile, `${JSON.stringify(lock, null, 2)}\n`)
  run('npm', ['ci', '--no-audit', '--no-fund'], copy)
}

async function example(name: string, work: string): Promise<string> {
  const start = process.hrtime.bigint()
  console.log(`\n## ${name}\n`)
  const copy = path.join(work, name)
  await cp(path.join(examples, name), copy, {
    recursive: true,
    filter: (source) => !generated.has(path.basename(source)),
  })
  await install(name, copy, path.join(work, TARBALL))
  const installed = seconds(start)
  const scripts = JSON.parse(await readFile(path.join(copy, 'package.json'), 'utf8')).scripts
  if (scripts.build !== undefined) run('npm', ['run', 'build'], copy)
  run('npm', ['test'], copy)
  return `${name}: installed in ${installed}, built and tested in ${seconds(start)} in all`
}

async function main(): Promise<void> {
  const entries = await readdir(examples, {withFileTypes: true})
  const all = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name)
  const asked = process.argv.slice(2)
  const unknown = asked.filter((name) => !all.includes(name))
  if (unknown.length > 0) throw new Error(`No such example: ${unknown} (there are: ${all})`)

  // Outside the repository (no `node_modules` or lock file of the library's above the examples,
  // so an example resolves only what it installed, as in a project of its own), in a folder of
  // this run's own (two runs at once do not collide), removed afterwards (the installs take
  // about 530 MB).
  await withTemporaryFolder('sciatica-content-examples-', async (work) => {
    await pack(work)
    for (const file of shared) await cp(path.join(examples, file), path.join(work, file))
    console.log(`Examples are installed and built in ${work} (removed afterwards)`)
    const lines: string[] = []
    for (const name of asked.length > 0 ? asked : all.sort()) lines.push(await example(name, work))
    console.log(`\n${lines.join('\n')}`)
  })
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
