/**
 * 4. Bundle size: what a host's bundler adds for each entry (esbuild, bundled with its
 * dependencies, minified, ES module, for the browser where the entry can go there), brotli'd.
 */
import {brotliCompressSync, constants, gzipSync} from 'node:zlib'
import {build} from 'esbuild'
import {kb, root, type Section} from './lib.js'

/** Minified bundle of `contents` (an ES module importing the package), and its compressed sizes. */
export async function bundle(
  contents: string,
  platform: 'browser' | 'node',
): Promise<{minified: number; brotli: number; gzip: number}> {
  const result = await build({
    stdin: {contents, resolveDir: root, loader: 'js'},
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    write: false,
    logLevel: 'silent',
  })
  const code = result.outputFiles[0]?.contents ?? new Uint8Array()
  return {
    minified: code.length,
    brotli: brotliCompressSync(code, {
      params: {[constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY},
    }).length,
    gzip: gzipSync(code, {level: 9}).length,
  }
}

const CORE_BUDGET = 12_500

export async function measure(): Promise<Section> {
  const entries = [
    {
      name: 'core (`sciatica-content`, all exports)',
      code: "export * from 'sciatica-content'",
      platform: 'browser',
      budget: CORE_BUDGET,
    },
    {
      name: 'core, `buildJsonLd` alone',
      code: "export {buildJsonLd} from 'sciatica-content'",
      platform: 'browser',
      budget: undefined,
    },
    {
      name: '`sciatica-content/render`',
      code: "export * from 'sciatica-content/render'",
      // Built for Node.js: its bundled vfile imports node:path, node:process and node:url.
      platform: 'node',
      budget: undefined,
    },
    {
      name: '`sciatica-content/validate`',
      code: "export * from 'sciatica-content/validate'",
      platform: 'node',
      budget: undefined,
    },
  ] as const
  const rows = []
  for (const entry of entries) {
    const size = await bundle(entry.code, entry.platform)
    rows.push({
      measure: entry.name,
      ours: `${kb(size.brotli)} brotli`,
      comparison: `${kb(size.minified)} minified, ${kb(size.gzip)} gzip`,
      against: '',
      ratio: '',
      budget: entry.budget === undefined ? '(reported)' : `≤ ${kb(entry.budget)} brotli`,
      holds: entry.budget === undefined ? undefined : size.brotli <= entry.budget,
    })
  }
  return {
    title: 'Bundle size',
    method:
      'esbuild, bundling the entry with its dependencies, minified, ES module, for the browser; ' +
      'brotli at quality 11 and gzip at level 9; kB are 1,000 bytes. `npm run size` (size-limit, ' +
      'in CI) fails when the core exceeds its budget.',
    rows,
  }
}
