/**
 * A static server for a built site, on loopback, for the tools that open it in a browser
 * (`verify:site`, `screenshots`): `/a/` serves `a/index.html`, an unknown path `404.html` with
 * status 404. As a production host would: gzip when the browser accepts it, and a day's caching. Listening starts before the site is built, so that the site can be built for the
 * server's own origin and every URL in it is live.
 */
import {readFile, stat} from 'node:fs/promises'
import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import path from 'node:path'
import {gzipSync} from 'node:zlib'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml',
  '.jsonld': 'application/ld+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
}

/** Serve `siteDir` on 127.0.0.1; resolves to the origin (ending in `/`) and a `close`. */
export async function serveSite(siteDir: string): Promise<{origin: string; close: () => void}> {
  const server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)
    const file = path.join(siteDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname)
    const found =
      file.startsWith(siteDir) && (await stat(file).catch(() => undefined))?.isFile() === true
    const served = found ? file : path.join(siteDir, '404.html')
    const type = types[path.extname(served)] ?? 'application/octet-stream'
    const body = await readFile(served)
    const gzip =
      /\bgzip\b/.test(String(request.headers['accept-encoding'])) && !type.startsWith('image/png')
    response.writeHead(found ? 200 : 404, {
      'content-type': type,
      'cache-control': 'public, max-age=86400',
      ...(gzip ? {'content-encoding': 'gzip', vary: 'Accept-Encoding'} : {}),
    })
    response.end(gzip ? gzipSync(body) : body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => server.close(),
  }
}

/** Chromium's flags on this machine (no network, no sandbox as root; see TOOLCHAIN.md). */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Debian's Chromium, or `CHROME_PATH`. */
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium'
