// One side of the static-build benchmark, in a process of its own so that its peak memory is
// its own: `build <outDir> <locations>` builds the site with that many locations;
// `floor <pack> <outDir>` writes the files a build wrote (read beforehand from one pack file,
// untimed) in a bare loop. Prints {"ms": …, "maxRssBytes": …}.
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'

const [mode, ...args] = process.argv.slice(2)

function hostClinic(count) {
  return {
    name: 'Example Spine & Joint',
    telephone: '(404) 555-0100',
    services: ['physical-therapy', 'nerve-glides'],
    locations: Array.from({length: count}, (_, index) => ({
      id: `location-${index}`,
      address: {
        streetAddress: `${index + 1} Peachtree St NW`,
        addressLocality: 'Atlanta',
        // Fifty regions, so that the home page and the locations index group them.
        addressRegion: `R${index % 50}`,
        postalCode: '30303',
        addressCountry: 'US',
      },
    })),
  }
}

let elapsed
if (mode === 'build') {
  const [outDir, count] = args
  const {buildSite} = await import('../dist/site.js')
  const start = performance.now()
  await buildSite({siteUrl: 'https://clinic.example', clinic: hostClinic(Number(count)), outDir})
  elapsed = performance.now() - start
} else if (mode === 'floor') {
  const [pack, outDir] = args
  const index = JSON.parse(readFileSync(`${pack}.json`, 'utf8'))
  const bytes = readFileSync(pack)
  const start = performance.now()
  const made = new Set()
  let offset = 0
  for (const [file, length] of index) {
    const target = path.join(outDir, file)
    const folder = path.dirname(target)
    if (!made.has(folder)) {
      mkdirSync(folder, {recursive: true})
      made.add(folder)
    }
    writeFileSync(target, bytes.subarray(offset, offset + length))
    offset += length
  }
  elapsed = performance.now() - start
} else {
  throw new Error(`Unknown mode: ${mode}`)
}
// Peak RSS of this process's own memory: /proc's VmHWM. `getrusage`'s maxrss would do, but
// Linux carries it over from the parent that forked this process (its RSS before `exec`).
function peakRss() {
  try {
    const status = readFileSync('/proc/self/status', 'utf8')
    const kilobytes = /^VmHWM:\s+(\d+) kB$/m.exec(status)?.[1]
    if (kilobytes !== undefined) return Number(kilobytes) * 1024
  } catch {}
  return process.resourceUsage().maxRSS * 1024
}

process.stdout.write(JSON.stringify({ms: elapsed, maxRssBytes: peakRss()}))
