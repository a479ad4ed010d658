import {defineConfig} from 'tsup'

const entry = {
  index: 'src/index.ts',
  render: 'src/render.ts',
  validate: 'src/validate.ts',
  site: 'src/site.ts',
}
// The reproducibility test builds a second time into another folder and compares.
const outDir = process.env.SCIATICA_CONTENT_OUT_DIR ?? 'dist'

export default defineConfig([
  {
    // ESM: dependencies stay external; shared code is split into chunks.
    entry: {...entry, cli: 'src/cli.ts'},
    format: ['esm'],
    dts: {entry},
    target: 'node20',
    outDir,
    clean: true,
    splitting: true,
    treeshake: true,
    // Dependencies are bundled too (but schema-dts, types only; yaml, CommonJS, which the CLI
    // alone uses; satori and resvg, large and loaded only to draw social cards): one module to load instead of about forty cuts the cold import of
    // `sciatica-content/render` from about 88 ms to 53 ms over `node -e 0` on a busy 2-core
    // machine (docs/benchmarks.md has the quiet figure).
    noExternal: [/^(?!schema-dts|yaml|satori|@resvg\/resvg-js)/],
  },
  {
    // CommonJS: unified and its plugins are ESM-only, so they are bundled in (a CJS build
    // that leaves them external loads, then throws when called).
    entry,
    format: ['cjs'],
    dts: {entry},
    // `import.meta.url` (where the social card's fonts are found) in CommonJS.
    shims: true,
    target: 'node20',
    outDir,
    splitting: true,
    treeshake: true,
    // Dependencies are bundled too (but schema-dts, types only; yaml, CommonJS, which the CLI
    // alone uses; satori and resvg, large and loaded only to draw social cards): one module to load instead of about forty cuts the cold import of
    // `sciatica-content/render` from about 88 ms to 53 ms over `node -e 0` on a busy 2-core
    // machine (docs/benchmarks.md has the quiet figure).
    noExternal: [/^(?!schema-dts|yaml|satori|@resvg\/resvg-js)/],
  },
])
