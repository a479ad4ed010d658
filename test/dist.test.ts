import {execFile} from 'node:child_process'
import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {build} from 'esbuild'
import {describe, expect, it} from 'vitest'
import type {PageOptions} from '../src/index.js'
import * as source from '../src/index.js'
import {renderArticle} from '../src/render.js'
import {validateJsonLd} from '../src/validate.js'

// Run after `npm run build` (`npm test` builds first): the package as users get it.
const root = path.resolve(import.meta.dirname, '..')
const dist = path.join(root, 'dist')
const run = promisify(execFile)
const require = createRequire(import.meta.url)

type Core = typeof import('../src/index.js')
type Render = typeof import('../src/render.js')
type Validate = typeof import('../src/validate.js')

const options = {
  siteUrl: 'https://example.com',
  clinic: {
    name: 'Host',
    telephone: '404-555-0100',
    locations: [{address: {addressLocality: 'Macon', addressCountry: 'US'}}],
  },
} satisfies PageOptions

describe('the built package', () => {
  it('works from ESM: imported and called', async () => {
    const core: Core = await import(path.join(dist, 'index.js'))
    const render: Render = await import(path.join(dist, 'render.js'))
    expect(core.buildJsonLd(options)).toEqual(source.buildJsonLd(options))
    expect(await render.renderArticle({toc: true})).toBe(await renderArticle({toc: true}))
    expect(() => core.buildJsonLd({siteUrl: 'x'})).toThrow(core.SciaticaContentError)
    const validate: Validate = await import(path.join(dist, 'validate.js'))
    expect(validate.validateJsonLd(core.buildJsonLd(options))).toEqual(
      validateJsonLd(source.buildJsonLd(options)),
    )
  })

  it('works from CommonJS: required and called, unified included', async () => {
    const core: Core = require(path.join(dist, 'index.cjs'))
    const render: Render = require(path.join(dist, 'render.cjs'))
    expect(core.buildJsonLd(options)).toEqual(source.buildJsonLd(options))
    expect(await render.renderArticle({toc: true, headingOffset: 1})).toBe(
      await renderArticle({toc: true, headingOffset: 1}),
    )
    expect(await render.renderPage({siteUrl: 'https://example.com'})).toContain(
      '<script type="application/ld+json">',
    )
    const site: typeof import('../src/site.js') = require(path.join(dist, 'site.cjs'))
    const outDir = await mkdtemp(path.join(tmpdir(), 'sciatica-cjs-site-'))
    const built = await site.buildSite({
      siteUrl: 'https://example.com',
      outDir: path.join(outDir, 'site'),
    })
    expect(built.files).toHaveLength(11)
    await rm(outDir, {recursive: true})
    const validate: Validate = require(path.join(dist, 'validate.cjs'))
    expect(
      validate.validateJsonLd(await render.renderPage({siteUrl: 'https://example.com'})).errors,
    ).toEqual([])
    // Both entries share one error class.
    expect(() => render.renderHead({siteUrl: 'x'})).toThrow(core.SciaticaContentError)
  })

  it('keeps unified out of the main entry', async () => {
    const seen = new Set<string>()
    const visit = async (file: string): Promise<void> => {
      if (seen.has(file)) return
      seen.add(file)
      const code = await readFile(path.join(dist, file), 'utf8')
      // Dependencies are bundled: esbuild names each bundled module in a comment.
      expect(code, file).not.toMatch(
        /^\/\/ node_modules\/(?:unified|remark-|micromark|mdast-util-from)/m,
      )
      expect(code, file).not.toMatch(/import\(/)
      for (const match of code.matchAll(/from ['"]\.\/([^'"]+)['"]/g))
        await visit(match[1] as string)
    }
    await visit('index.js')
    expect(seen.size).toBeGreaterThan(1)
  })

  // What a host's bundler keeps of the package: `sideEffects: false` lets it drop every module
  // the import does not use. The control (`renderArticle`) shows the check can see unified.
  it.each([
    {name: 'buildJsonLd', from: 'sciatica-content', unified: false},
    {name: 'buildPageMetadata', from: 'sciatica-content', unified: false},
    {name: 'renderArticle', from: 'sciatica-content/render', unified: true},
  ])('bundles $name from $from with unified: $unified', async ({name, from, unified}) => {
    const result = await build({
      stdin: {
        contents: `import {${name}} from '${from}'\nconsole.log(${name})\n`,
        resolveDir: root,
        loader: 'js',
      },
      bundle: true,
      write: false,
      metafile: true,
      format: 'esm',
      platform: 'node',
      logLevel: 'silent',
    })
    const inputs = Object.keys(result.metafile.inputs)
    // The package bundles its dependencies: an input of the package's that bundles unified says
    // so in esbuild's comment on the module.
    const fromUnified: string[] = []
    for (const input of inputs.filter((name) => name.startsWith('dist/'))) {
      const code = await readFile(path.join(root, input), 'utf8')
      if (/^\/\/ node_modules\/(?:unified|remark-parse|micromark)\//m.test(code))
        fromUnified.push(input)
    }
    expect(fromUnified.length > 0, fromUnified.join('\n')).toBe(unified)
    expect(inputs.some((input) => input.startsWith('dist/'))).toBe(true)
    // Neither needs the validator's vocabulary.
    expect(inputs.filter((input) => /dist\/validate/.test(input))).toEqual([])
  })

  it('exposes every file its exports map names', async () => {
    const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'))
    const targets = JSON.stringify(manifest.exports).match(/\.\/dist\/[^"]+/g) ?? []
    expect(targets.length).toBe(16)
    for (const target of targets)
      await expect(readFile(path.join(root, target))).resolves.toBeDefined()
    expect(manifest.bin['sciatica-content']).toBe('dist/cli.js')
  })

  it('runs the CLI as a program', async () => {
    const {stdout} = await run('node', [
      path.join(dist, 'cli.js'),
      'jsonld',
      '--site-url',
      'https://example.com',
    ])
    expect(JSON.parse(stdout)).toEqual(source.buildJsonLd({siteUrl: 'https://example.com'}))
    const usage = await run('node', [path.join(dist, 'cli.js')]).catch(
      (error: {code: number; stderr: string}) => error,
    )
    expect(usage).toMatchObject({code: 2, stderr: expect.stringContaining('Missing command')})
  })

  it('builds byte-identical output twice', async () => {
    const second = await mkdtemp(path.join(tmpdir(), 'sciatica-content-build-'))
    await run('npx', ['tsup', '--silent'], {
      cwd: root,
      env: {...process.env, SCIATICA_CONTENT_OUT_DIR: second},
    })
    const files = (await readdir(dist)).sort()
    expect((await readdir(second)).sort()).toEqual(files)
    for (const file of files) {
      expect(await readFile(path.join(second, file), 'utf8'), file).toBe(
        await readFile(path.join(dist, file), 'utf8'),
      )
    }
    await rm(second, {recursive: true})
    // A whole second build, declarations included: about 30 s alone, more on a busy machine.
  }, 180_000)
})
