import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import type {Element} from 'hast'
import {selectAll} from 'hast-util-select'
import {toString as hastToString} from 'hast-util-to-string'
import {describe, expect, it} from 'vitest'
import {runCli} from '../src/cli/run.js'
import {buildSite} from '../src/site.js'
import {validateJsonLd} from '../src/validate.js'
import {hostile} from './helpers/hostile.js'
import {parseHtml} from './helpers/html.js'

describe('buildSite with hostile strings in every host-supplied field', () => {
  it('writes pages that parse cleanly, with their graph in one script, valid and equal to the .jsonld', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          siteName: hostile,
          homeName: hostile,
          clinicName: hostile,
          locationName: hostile,
          street: hostile,
          locality: hostile,
          region: hostile,
          postalCode: hostile,
        }),
        async (values) => {
          const directory = await mkdtemp(path.join(os.tmpdir(), 'sciatica-hostile-'))
          try {
            const {outDir, files} = await buildSite({
              siteUrl: 'https://example.com',
              outDir: path.join(directory, 'site'),
              siteName: values.siteName,
              homeName: values.homeName,
              clinic: {
                name: values.clinicName,
                telephone: '404-555-0100',
                locations: [
                  {
                    id: 'main',
                    name: values.locationName,
                    address: {
                      streetAddress: values.street,
                      addressLocality: values.locality,
                      addressRegion: values.region,
                      postalCode: values.postalCode,
                      addressCountry: 'US',
                    },
                  },
                ],
              },
            })
            for (const file of files.filter((name) => name.endsWith('.html'))) {
              const html = await readFile(path.join(outDir, file), 'utf8')
              const {tree, errors} = parseHtml(html, false)
              expect(errors, file).toEqual([])
              const scripts = selectAll('script', tree)
              expect(
                scripts.every((script) => script.properties.type === 'application/ld+json'),
                file,
              ).toBe(true)
              expect(selectAll('img, [onerror]', tree), file).toEqual([])
              expect(validateJsonLd(html).errors, file).toEqual([])
              const jsonld = file.replace(/\.html$/, '.jsonld')
              if (files.includes(jsonld)) {
                expect(scripts).toHaveLength(1)
                expect(JSON.parse(hastToString(scripts[0] as Element))).toEqual(
                  JSON.parse(await readFile(path.join(outDir, jsonld), 'utf8')),
                )
              }
            }
            const location = parseHtml(
              await readFile(path.join(outDir, 'locations/main/index.html'), 'utf8'),
              false,
            ).tree
            expect(hastToString(selectAll('h1', location)[0] as Element)).toBe(
              values.locationName.trim(),
            )
          } finally {
            await rm(directory, {recursive: true, force: true})
          }
        },
      ),
      {numRuns: 12},
    )
  })
})

describe('sciatica-content build: bad input leaves the previous site as it was', () => {
  async function cli(argv: string[], cwd: string) {
    let stderr = ''
    const status = await runCli(argv, {
      stdout: () => {},
      stderr: (text) => {
        stderr += text
      },
      cwd,
    })
    return {status, stderr}
  }

  it('for a clinic file without a name, a non-http site URL, and a folder that cannot be written', async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), 'sciatica-bad-'))
    try {
      expect(
        (
          await cli(
            ['build', '--site-url', 'https://example.com', '--out', 'site', '--quiet'],
            directory,
          )
        ).status,
      ).toBe(0)
      const before = await readFile(path.join(directory, 'site', 'index.html'), 'utf8')

      await writeFile(
        path.join(directory, 'clinic.json'),
        JSON.stringify({
          telephone: '404-555-0100',
          locations: [{address: {addressLocality: 'Macon', addressCountry: 'US'}}],
        }),
      )
      const noName = await cli(
        ['build', '--site-url', 'https://example.com', '--out', 'site', '--clinic', 'clinic.json'],
        directory,
      )
      expect(noName).toEqual({
        status: 1,
        stderr:
          'sciatica-content: clinic.json:1:1: Invalid `clinic.name`: expected a value (the field is required), received nothing\n',
      })

      const ftp = await cli(
        ['build', '--site-url', 'ftp://example.com', '--out', 'site'],
        directory,
      )
      expect(ftp).toEqual({
        status: 1,
        stderr:
          'sciatica-content: Invalid --site-url: expected an absolute http(s) URL, received "ftp://example.com"\n',
      })

      await writeFile(path.join(directory, 'a-file'), '')
      const unwritable = await cli(
        ['build', '--site-url', 'https://example.com', '--out', 'a-file/site'],
        directory,
      )
      expect(unwritable.status).toBe(1)
      expect(unwritable.stderr).toBe(
        'sciatica-content: Invalid `outDir`: expected a folder for the site alone (such as "site"), received "a-file/site", a path below a file\n',
      )

      expect(await readFile(path.join(directory, 'site', 'index.html'), 'utf8')).toBe(before)
    } finally {
      await rm(directory, {recursive: true, force: true})
    }
  })
})
