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
        addressRegion: 'GA',
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
process.stdout.write(
  JSON.stringify({ms: elapsed, maxRssBytes: process.resourceUsage().maxRSS * 1024}),
)
