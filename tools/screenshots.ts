/**
 * Screenshots of the demo site in Chromium (`npm run screenshots`): the article, a location, the
 * locations index and the home page at 1280 px (desktop) and 390 px (phone) wide, in
 * `docs/screenshots/`, and the article's social card beside them. The README shows two.
 *
 * Needs Chromium at /usr/bin/chromium (Debian's package) or `CHROME_PATH`.
 */
import {copyFile, mkdir, mkdtemp, rm} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import {chromium} from 'playwright-core'
import {chromiumFlags, chromiumPath, serveSite} from './site-server.js'

const root = path.resolve(import.meta.dirname, '..')
const out = path.join(root, 'docs', 'screenshots')
const {buildSite} = await import(path.join(root, 'dist/site.js'))

const pages = {
  article: 'can-physical-therapy-help-with-sciatica/',
  location: 'locations/marietta/',
  locations: 'locations/',
  home: '',
}
const viewports = {desktop: {width: 1280, height: 900}, phone: {width: 390, height: 844}}

const work = await mkdtemp(path.join(os.tmpdir(), 'sciatica-screenshots-'))
const siteDir = path.join(work, 'site')
const server = await serveSite(siteDir)
const profile = path.join(work, 'profile')
try {
  await buildSite({siteUrl: server.origin, outDir: siteDir})
  await mkdir(out, {recursive: true})
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: chromiumFlags,
  })
  try {
    for (const [device, viewport] of Object.entries(viewports)) {
      const tab = await browser.newPage()
      await tab.setViewportSize(viewport)
      for (const [name, page] of Object.entries(pages)) {
        await tab.goto(server.origin + page, {waitUntil: 'load'})
        const file = path.join(out, `${name}-${device}.png`)
        await tab.screenshot({path: file})
        console.log(`${path.relative(root, file)} (${viewport.width}×${viewport.height})`)
      }
      await tab.close()
    }
  } finally {
    await browser.close()
  }
  const card = path.join(out, 'social-card.png')
  await copyFile(path.join(siteDir, pages.article, 'social-card.png'), card)
  console.log(path.relative(root, card))
} finally {
  server.close()
  await rm(work, {recursive: true, force: true})
}
