/**
 * Verify the built demo site as a crawler and a person would meet it (`npm run verify:site`, run
 * by CI after the tests): the W3C Nu HTML Checker on every page, headless Chromium (no console
 * errors, the JSON-LD read from the live DOM equals the built graph, axe-core finds no
 * violations in the light and the dark scheme, no sideways scroll at 320 px), Lighthouse on a
 * phone (performance at least 0.95; accessibility, best practices and SEO 1) on the article, a
 * location page and the home page, and the validator on every file. The site is built for, and
 * served on, 127.0.0.1, so every URL in it is live.
 *
 * Needs Java (for vnu.jar) and Chromium at /usr/bin/chromium (Debian's package; .ci/run installs it).
 */
import {execFile} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdtemp, readFile, rm} from 'node:fs/promises'
import {createRequire} from 'node:module'
import os from 'node:os'
import path from 'node:path'
import {isDeepStrictEqual, promisify} from 'node:util'
import {chromium} from 'playwright-core'
import {chromiumFlags, chromiumPath, serveSite} from './site-server.js'

const run = promisify(execFile)
const require = createRequire(import.meta.url)
const root = path.resolve(import.meta.dirname, '..')

const {buildSite} = await import(path.join(root, 'dist/site.js'))
const {validateJsonLd} = await import(path.join(root, 'dist/validate.js'))

const failures: string[] = []
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`)
  if (!ok) failures.push(what)
}

const work = await mkdtemp(path.join(os.tmpdir(), 'sciatica-verify-'))
const siteDir = path.join(work, 'site')
const server = await serveSite(siteDir)
const origin = server.origin

try {
  const {files} = await buildSite({siteUrl: origin, outDir: siteDir})
  const pages = (files as string[]).filter((file) => file.endsWith('.html'))
  console.log(`Built ${files.length} files for ${origin}`)

  // W3C Nu HTML Checker: every page and the stylesheet, one call.
  const stylesheets = (files as string[]).filter((file) => file.endsWith('.css'))
  const vnu = require.resolve('vnu-jar/build/dist/vnu.jar')
  const vnuRun = await run(
    'java',
    [
      '-jar',
      vnu,
      '--format',
      'json',
      '--exit-zero-always',
      '--also-check-css',
      ...[...pages, ...stylesheets].map((page) => path.join(siteDir, page)),
    ],
    {maxBuffer: 1 << 26},
  )
  const messages = (
    JSON.parse(vnuRun.stderr) as {messages: {type: string; message: string; url: string}[]}
  ).messages
  const vnuErrors = messages.filter((message) => message.type === 'error')
  for (const message of vnuErrors) console.log(`     ${message.url}: ${message.message}`)
  check(
    vnuErrors.length === 0,
    `W3C Nu HTML Checker (--also-check-css): ${vnuErrors.length} errors in ${pages.length} pages and ${stylesheets.length} stylesheet`,
  )

  // The validator, on every page and graph.
  let validatorErrors = 0
  for (const file of files as string[]) {
    if (!/\.(html|jsonld)$/.test(file)) continue
    const report = validateJsonLd(await readFile(path.join(siteDir, file), 'utf8'), {
      format: file.endsWith('.html') ? 'html' : 'json',
    })
    validatorErrors += report.errors.length
  }
  check(validatorErrors === 0, `sciatica-content validate: ${validatorErrors} errors`)

  // Chromium: console errors, the live DOM's JSON-LD, axe-core.
  const profile = await mkdtemp(path.join(os.tmpdir(), 'sciatica-chromium-'))
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: chromiumFlags,
  })
  try {
    for (const page of pages) {
      const url = origin + page.replace(/index\.html$/, '')
      const tab = await browser.newPage()
      const consoleErrors: string[] = []
      tab.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text())
      })
      tab.on('pageerror', (error) => consoleErrors.push(error.message))
      const response = await tab.goto(url, {waitUntil: 'load'})
      const status = response?.status()
      check(
        status === 200 && consoleErrors.length === 0,
        `Chromium ${url}: status ${status}, ${consoleErrors.length} console errors ${consoleErrors.join('; ')}`,
      )

      const jsonld = page.replace(/\.html$/, '.jsonld')
      if ((files as string[]).includes(jsonld)) {
        const live = await tab.$$eval('script[type="application/ld+json"]', (scripts) =>
          scripts.map((script) => JSON.parse(script.textContent ?? 'null')),
        )
        const built = JSON.parse(await readFile(path.join(siteDir, jsonld), 'utf8'))
        check(
          live.length === 1 && isDeepStrictEqual(live[0], built),
          `Chromium ${url}: the JSON-LD in the DOM equals ${jsonld}`,
        )
      }

      // axe-core in the light and the dark scheme (the theme's colours must pass in both).
      await tab.addScriptTag({path: require.resolve('axe-core')})
      for (const colorScheme of ['light', 'dark'] as const) {
        await tab.emulateMedia({colorScheme})
        const violations = await tab.evaluate(async () => {
          const result = await (
            globalThis as unknown as {axe: {run: () => Promise<{violations: {id: string}[]}>}}
          ).axe.run()
          return result.violations.map((violation) => violation.id)
        })
        check(
          violations.length === 0,
          `axe-core ${url} (${colorScheme}): ${violations.length} violations ${violations.join(', ')}`,
        )
      }
      // No sideways scroll on the narrowest phone the theme is made for, nor on a wide screen.
      for (const width of [320, 1920]) {
        await tab.setViewportSize({width, height: 800})
        const scrollWidth = await tab.$eval('html', (html) => html.scrollWidth)
        check(scrollWidth <= width, `${url} at ${width} px: ${scrollWidth} px wide`)
      }
      await tab.close()
    }
  } finally {
    await browser.close()
    await rm(profile, {recursive: true, force: true})
  }

  // An unknown path is answered with 404.html and status 404.
  const missing = await fetch(`${origin}no-such-page/`)
  check(
    missing.status === 404 && (await missing.text()).includes('Page not found'),
    `${origin}no-such-page/: status ${missing.status}, the 404 page`,
  )

  // Lighthouse (its default: a mobile device, throttled): performance at least 0.95;
  // accessibility, best practices and SEO 1.
  const lighthouse = path.join(
    path.dirname(require.resolve('lighthouse/package.json')),
    'cli',
    'index.js',
  )
  const minimum: Record<string, number> = {
    performance: 0.95,
    accessibility: 1,
    'best-practices': 1,
    seo: 1,
  }
  for (const page of ['can-physical-therapy-help-with-sciatica/', 'locations/marietta/', '']) {
    const {stdout} = await run(
      process.execPath,
      [
        lighthouse,
        origin + page,
        `--only-categories=${Object.keys(minimum).join(',')}`,
        '--output=json',
        '--quiet',
        `--chrome-flags=${chromiumFlags.join(' ')}`,
      ],
      {env: {...process.env, CHROME_PATH: chromiumPath}, maxBuffer: 1 << 28},
    )
    const report = JSON.parse(stdout) as {
      categories: Record<string, {score: number; auditRefs: {id: string; weight: number}[]}>
      audits: Record<string, {score: number | null; title: string}>
    }
    for (const [category, least] of Object.entries(minimum)) {
      const {score, auditRefs} = report.categories[category] as {
        score: number
        auditRefs: {id: string}[]
      }
      const failed = auditRefs
        .map((ref) => report.audits[ref.id])
        .filter((audit) => audit !== undefined && audit.score !== null && audit.score < 0.9)
        .map((audit) => `${audit?.title}: ${audit?.score}`)
      check(
        score >= least,
        `Lighthouse ${category} ${origin + page}: ${score} (at least ${least})${failed.length > 0 ? ` (${failed.join('; ')})` : ''}`,
      )
    }
  }
} finally {
  server.close()
  await rm(work, {recursive: true, force: true})
}

console.log(failures.length === 0 ? 'Site verified.' : `${failures.length} checks failed.`)
process.exitCode = failures.length === 0 ? 0 : 1
if (!existsSync(chromiumPath)) console.log(`(Chromium was expected at ${chromiumPath})`)
