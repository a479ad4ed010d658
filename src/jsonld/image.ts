import type {ImageObjectLeaf} from 'schema-dts'
import {pageNodeId} from './ids.js'
import type {GraphInput} from './page.js'

// schema.org's `width` and `height` are a Distance or a QuantitativeValue: pixels are the
// latter, with UN/CEFACT's unit code for a pixel.
const pixels = (value: number) =>
  ({'@type': 'QuantitativeValue', value, unitCode: 'E37', unitText: 'pixel'}) as const

/**
 * The page's primary image (the social card of a static site's article), as an ImageObject with
 * its size: what Google's Article results ask of an `image`.
 */
export function buildPrimaryImageNodes({host, page}: GraphInput): (ImageObjectLeaf & {
  '@id': string
})[] {
  const {image} = page
  if (image === undefined) return []
  return [
    {
      '@type': 'ImageObject',
      '@id': pageNodeId(page, 'primaryimage'),
      url: image.url,
      contentUrl: image.url,
      width: pixels(image.width),
      height: pixels(image.height),
      encodingFormat: image.type,
      caption: image.alt,
      inLanguage: host.inLanguage,
    },
  ]
}
