/**
 * Verify the built demo site as a crawler and a person would meet it (`npm run verify:site`, run
 * by CI after the tests): the W3C Nu HTML Checker on every page, headless Chromium (no console
 * errors, the JSON-LD read from the live DOM equals the built graph, axe-core finds no
 * violations), Lighthouse's SEO score on the article and a location page, and the validator on
 * every file. The site is built for, and served on, 127.0.0.1, so every URL in it is live.
 *
 * Needs Java (for vnu.jar) and Chromium at /usr/bin/chromium (Debian's package; .ci/run installs it).
 */
import {execFile} from 'node:child_process'
import {createReadStream, existsSync} from 'node:fs'
import {mkdtemp, readFile, rm, stat} from 'node:fs/promises'
import {createServer} from 'node:http'
import {createRequire} from 'node:module'
import type {AddressInfo} from 'node:net'
import os from 'node:os'
import path from 'node:path'
import {isDeepStrictEqual, promisify} from 'node:util'
import {chromium} from 'playwright-core'

const run = promisify(execFile)
const require = createRequire(import.meta.url)
const root = path.resolve(import.meta.dirname, '..')
const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium'
const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

const {buildSite} = await import(path.join(root, 'dist/site.js'))
const {validateJsonLd} = await import(path.join(root, 'dist/validate.js'))

const failures: string[] = []
const check = (ok: boolean, what: string) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`)
  if (!ok) failures.push(what)
}

const work = await mkdtemp(path.join(os.tmpdir(), 'sciatica-verify-'))
const siteDir = path.join(work, 'site')

// A static server for the site, on loopback: `/a/` serves a/index.html, anything else 404.html.
const server = createServer(async (request, response) => {
  const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)
  const file = path.join(siteDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname)
  const found =
    file.startsWith(siteDir) && (await stat(file).catch(() => undefined))?.isFile() === true
  const type = (name: string) =>
    name.endsWith('.html')
      ? 'text/html; charset=utf-8'
      : name.endsWith('.xml')
        ? 'application/xml'
        : name.endsWith('.jsonld')
          ? 'application/ld+json'
          : 'text/plain; charset=utf-8'
  response.writeHead(found ? 200 : 404, {'content-type': type(found ? file : '404.html')})
  createReadStream(found ? file : path.join(siteDir, '404.html')).pipe(response)
})
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`

try {
  const {files} = await buildSite({siteUrl: origin, outDir: siteDir})
  const pages = (files as string[]).filter((file) => file.endsWith('.html'))
  console.log(`Built ${files.length} files for ${origin}`)

  // W3C Nu HTML Checker: every page, one call.
  const vnu = require.resolve('vnu-jar/build/dist/vnu.jar')
  const vnuRun = await run(
    'java',
    [
      '-jar',
      vnu,
      '--format',
      'json',
      '--exit-zero-always',
      ...pages.map((page) => path.join(siteDir, page)),
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
    `W3C Nu HTML Checker: ${vnuErrors.length} errors in ${pages.length} pages`,
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

      await tab.addScriptTag({path: require.resolve('axe-core')})
      const violations = await tab.evaluate(async () => {
        const result = await (
          globalThis as unknown as {axe: {run: () => Promise<{violations: {id: string}[]}>}}
        ).axe.run()
        return result.violations.map((violation) => violation.id)
      })
      check(
        violations.length === 0,
        `axe-core ${url}: ${violations.length} violations ${violations.join(', ')}`,
      )
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

  // Lighthouse, SEO category.
  const lighthouse = path.join(
    path.dirname(require.resolve('lighthouse/package.json')),
    'cli',
    'index.js',
  )
  for (const page of ['can-physical-therapy-help-with-sciatica/', 'locations/marietta/']) {
    const {stdout} = await run(
      process.execPath,
      [
        lighthouse,
        origin + page,
        '--only-categories=seo',
        '--output=json',
        '--quiet',
        `--chrome-flags=${chromiumFlags.join(' ')}`,
      ],
      {env: {...process.env, CHROME_PATH: chromiumPath}, maxBuffer: 1 << 28},
    )
    const report = JSON.parse(stdout) as {
      categories: {seo: {score: number}}
      audits: Record<string, {score: number | null; title: string}>
    }
    const failed = Object.values(report.audits)
      .filter((audit) => audit.score === 0)
      .map((audit) => audit.title)
    check(
      report.categories.seo.score === 1,
      `Lighthouse SEO ${origin + page}: ${report.categories.seo.score}${failed.length > 0 ? ` (${failed.join('; ')})` : ''}`,
    )
  }
} finally {
  server.close()
  await rm(work, {recursive: true, force: true})
}

console.log(failures.length === 0 ? 'Site verified.' : `${failures.length} checks failed.`)
process.exitCode = failures.length === 0 ? 0 : 1
if (!existsSync(chromiumPath)) console.log(`(Chromium was expected at ${chromiumPath})`)
