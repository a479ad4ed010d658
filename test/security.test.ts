import fc from 'fast-check'
import type {Element} from 'hast'
import {selectAll} from 'hast-util-select'
import {toString as hastToString} from 'hast-util-to-string'
import {describe, expect, it} from 'vitest'
import type {ClinicInput, PageOptions} from '../src/index.js'
import {buildJsonLd, jsonLdScript, serializeJsonLdForScript} from '../src/index.js'
import {serializeJsonLd} from '../src/jsonld/script.js'
import {renderArticle, renderHead, renderPage} from '../src/render.js'
import {validateJsonLd} from '../src/validate.js'
import {errorOf} from './helpers/errors.js'
import {attacks, hostile} from './helpers/hostile.js'
import {parseHtml} from './helpers/html.js'

// A URL whose path carries the attack as typed: quotes, `<`, `>` stay in the string we are given.
const hostileUrl = hostile
  .map((value) => `https://example.com/${value}`)
  .filter((value) => URL.canParse(value))

// A page path with the attack in it, minus what a path may not hold.
const hostilePath = hostile.map((value) => `/${value.replace(/[\s#\\%./?]/g, '_')}/`)

// Markdown a host adds: the attack, raw HTML, a `javascript:` link, an event handler.
const hostileMarkdown = hostile.map(
  (value) =>
    `## ${value}\n\n${value} [link](javascript:alert(1)) <b onclick="alert(1)">${value}</b>\n\n<img src="x" onerror="alert(1)"><iframe src="https://evil.example"></iframe>\n\n[ok](https://clinic.example/${encodeURIComponent(value)})`,
)

const hostileOptions = fc.record({
  siteName: hostile,
  homeName: hostile,
  crumb: hostile,
  title: hostile,
  tocLabel: hostile,
  clinicName: hostile,
  locationName: hostile,
  street: hostile,
  locality: hostile,
  region: hostile,
  postalCode: hostile,
  url: hostileUrl,
  logo: hostileUrl,
  sameAs: hostileUrl,
  locationUrl: hostileUrl,
  image: hostileUrl,
  crumbPath: hostilePath,
  path: hostilePath,
  markdown: hostileMarkdown,
  idPrefix: fc.stringMatching(/^[A-Za-z][\w-]{0,12}$/),
  className: fc.stringMatching(/^[^\s"'<>&]{1,12}$/),
  nonce: fc.base64String({minLength: 4, maxLength: 44}),
})

type Hostile = typeof hostileOptions extends fc.Arbitrary<infer T> ? T : never

function siteOptions(values: Hostile): PageOptions & {clinic: ClinicInput} {
  return {
    siteUrl: 'https://example.com',
    path: values.path,
    siteName: values.siteName,
    homeName: values.homeName,
    image: [values.image],
    breadcrumb: [{name: values.crumb, path: values.crumbPath}],
    clinic: {
      name: values.clinicName,
      telephone: '404-555-0100',
      url: values.url,
      logo: values.logo,
      sameAs: [values.sameAs],
      locations: [
        {
          id: 'main',
          name: values.locationName,
          url: values.locationUrl,
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
  }
}

const runs = {numRuns: 60}

describe('security: hostile strings in every host-supplied field', () => {
  it('renderPage: one JSON-LD script, no other, data round-trips, text intact', async () => {
    await fc.assert(
      fc.asyncProperty(hostileOptions, async (values) => {
        const options = siteOptions(values)
        const html = await renderPage({
          ...options,
          title: values.title,
          tocLabel: values.tocLabel,
          toc: true,
          idPrefix: values.idPrefix,
          classNames: {
            article: values.className,
            toc: values.className,
            callToAction: values.className,
          },
          additionalMarkdown: values.markdown,
          nonce: values.nonce,
        })
        const {tree, errors} = parseHtml(html, false)
        expect(errors).toEqual([])
        // The page's JSON-LD is still valid schema.org, whatever the host typed.
        expect(validateJsonLd(html).errors).toEqual([])

        const scripts = selectAll('script', tree)
        expect(scripts).toHaveLength(1)
        expect((scripts[0] as Element).properties.type).toBe('application/ld+json')
        expect(JSON.parse(hastToString(scripts[0] as Element))).toEqual(buildJsonLd(options))
        expect(scripts[0]?.properties.nonce).toBe(values.nonce)
        // Sanitized: no frame, no event handler, no `javascript:` URL anywhere.
        expect(selectAll('iframe, object, embed, form', tree)).toHaveLength(0)
        for (const element of selectAll('*', tree)) {
          for (const [name, value] of Object.entries(element.properties)) {
            expect(name.startsWith('on'), name).toBe(false)
            expect(String(value).trim().toLowerCase().startsWith('javascript:'), name).toBe(false)
          }
        }
        // Published normalized: quotes, `<` and `>` percent-encoded.
        expect(selectAll('meta[property="og:image"]', tree)[0]?.properties.content).toBe(
          new URL(values.image).href,
        )
        expect(selectAll('link[rel=canonical]', tree)[0]?.properties.href).toBe(
          buildJsonLd(options)['@graph'].find((node) => node['@type'] === 'MedicalWebPage')?.url,
        )
        expect(selectAll('article', tree)[0]?.properties.className).toEqual([values.className])

        expect(hastToString(selectAll('title', tree)[0] as Element)).toBe(values.title.trim())
        expect(selectAll('nav', tree)[0]?.properties.ariaLabel).toBe(values.tocLabel.trim())
        expect(hastToString(selectAll('main > aside > h2', tree).at(-1) as Element)).toBe(
          `Contact ${values.clinicName.trim()}`,
        )
        expect(selectAll('meta[property="og:site_name"]', tree)[0]?.properties.content).toBe(
          values.siteName.trim(),
        )
      }),
      runs,
    )
  })

  it('renderHead: the JSON-LD round-trips and nothing else is a script', async () => {
    fc.assert(
      fc.property(hostileOptions, (values) => {
        const options = siteOptions(values)
        const {tree, errors} = parseHtml(renderHead(options), true)
        expect(errors).toEqual([])
        const scripts = selectAll('script', tree)
        expect(scripts).toHaveLength(1)
        expect(JSON.parse(hastToString(scripts[0] as Element))).toEqual(buildJsonLd(options))
      }),
      runs,
    )
  })

  it('renderArticle: a host clinic’s text stays text', async () => {
    await fc.assert(
      fc.asyncProperty(hostileOptions, async (values) => {
        const html = await renderArticle({clinic: siteOptions(values).clinic})
        const {tree, errors} = parseHtml(html, true)
        expect(errors).toEqual([])
        expect(selectAll('script, img', tree)).toHaveLength(0)
        expect(hastToString(selectAll('aside address li', tree)[0] as Element)).toContain(
          values.street.trim(),
        )
      }),
      runs,
    )
  })

  it('jsonLdScript: any JSON value is one script whose text parses back to the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(...attacks), (value, attack) => {
        const data = {value, attack}
        const {tree, errors} = parseHtml(jsonLdScript(data, {nonce: 'bm9uY2U='}), true)
        expect(errors).toEqual([])
        const scripts = selectAll('script', tree)
        expect(scripts).toHaveLength(1)
        expect(tree.children).toHaveLength(1)
        expect(JSON.parse(hastToString(scripts[0] as Element))).toEqual(
          JSON.parse(JSON.stringify(data)),
        )
        expect(scripts[0]?.properties.nonce).toBe('bm9uY2U=')
      }),
      {numRuns: 200},
    )
  })

  it('escapes every `<` in JSON for a script, and only that', () => {
    expect(serializeJsonLdForScript({a: '</script><!--'})).toBe('{"a":"\\u003C/script>\\u003C!--"}')
    expect(serializeJsonLd({a: '</script>'}, 1)).toBe('{\n "a": "</script>"\n}')
    expect(jsonLdScript({a: 1}, {space: 2})).toBe(
      '<script type="application/ld+json">{\n  "a": 1\n}</script>',
    )
  })

  it('rejects what is not JSON, and a nonce that could leave its attribute', () => {
    const cycle: Record<string, unknown> = {}
    cycle.self = cycle
    expect(() => jsonLdScript(cycle)).toThrow(
      /^Expected a JSON value, received one that cannot be serialized \(TypeError: Converting circular/,
    )
    expect(errorOf(() => jsonLdScript(undefined))).toMatchObject({
      code: 'invalid-json',
      field: undefined,
      message: 'Expected a JSON value, received nothing',
    })
    expect(() => jsonLdScript(() => 1)).toThrow('Expected a JSON value, received () => 1')
    expect(errorOf(() => jsonLdScript({}, {nonce: 'a" onload="x'}))).toMatchObject({
      code: 'invalid-option',
      field: 'nonce',
    })
    expect(() => jsonLdScript({}, {nonce: 'a" onload="x'})).toThrow(
      'Invalid `nonce`: expected a CSP nonce of base64 characters',
    )
  })

  it('rejects control characters and lone surrogates in text options', () => {
    for (const siteName of ['a\u0000b', 'a\u0007', 'a\r\nb', '\ud800', 'a\ufdd0']) {
      expect(() => buildJsonLd({siteUrl: 'https://example.com', siteName})).toThrow(
        'expected one line of text without control characters, noncharacters or lone surrogates',
      )
    }
  })
})
