import {existsSync, readFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {content as packageContent} from '../content/index.js'
import type {ClinicLocation, Content} from '../content/types.js'
import {type Host, resolveHost} from '../host/host.js'
import {type PageOptions, parseOptions} from '../options.js'
import type {Formatter} from '../render/format.js'
import {BRAND_COLOR} from './theme.js'

/** The size and type of a social card: Open Graph's and Twitter's large image, 1.91:1. */
export const SOCIAL_CARD = {width: 1200, height: 630, type: 'image/png'} as const

/** Options of `renderSocialCard`: the options object (see `PageOptions`). */
export type SocialCardOptions = PageOptions

/** What a card shows: a title, who wrote it, and the site it is on. */
export interface SocialCardText {
  readonly title: string
  readonly byline: string
  readonly siteName: string
}

/** The text of the article's card on a host: its title, the clinic that wrote it, the site. */
export function articleCardText(content: Content, host: Host): SocialCardText {
  return {
    title: content.article.title,
    byline: `By ${content.article.publisher}`,
    siteName: host.siteName,
  }
}

/** The text of a location's card: its name, where it is, the site. */
export function locationCardText(
  location: ClinicLocation,
  host: Host,
  format: Formatter,
): SocialCardText {
  return {title: location.name, byline: format.placeAfterName(location), siteName: host.siteName}
}

/** The card's alternative text, for `og:image:alt` and the ImageObject's `caption`. */
export function socialCardAlt({title, byline, siteName}: SocialCardText): string {
  return `${title} — ${byline.replace(/^By /, 'by ')}, on ${siteName}`
}

// The fonts, shipped in `assets/fonts/` with their licence (Inter, SIL OFL 1.1): Latin and
// Latin Extended, regular and bold. Satori reads WOFF, not WOFF2.
const FONT_FILES = [
  ['inter-latin-400-normal.woff', 400],
  ['inter-latin-ext-400-normal.woff', 400],
  ['inter-latin-700-normal.woff', 700],
  ['inter-latin-ext-700-normal.woff', 700],
] as const

// The package's `assets/fonts/` folder: two levels up from `src/site/`, one from `dist/`.
function fontsFolder(): string {
  let folder = path.dirname(fileURLToPath(import.meta.url))
  while (!existsSync(path.join(folder, 'assets', 'fonts', 'OFL.txt'))) {
    folder = path.dirname(folder)
  }
  return path.join(folder, 'assets', 'fonts')
}

type SatoriFonts = {name: string; data: Buffer; weight: 400 | 700; style: 'normal'}[]

// The fonts, read on the first card and kept: satori keeps what it parsed of a fonts array it
// has seen, so every later card reuses it. Measured on 100 cards after a first: 46–52 ms a card
// when the files were read and parsed for each, 33–35 ms with the same array (10,000 location
// cards: about 2 minutes less).
let fonts: SatoriFonts | undefined

function loadFonts(): SatoriFonts {
  if (fonts === undefined) {
    const folder = fontsFolder()
    fonts = FONT_FILES.map(([file, weight]) => ({
      name: 'Inter',
      data: readFileSync(path.join(folder, file)),
      weight,
      style: 'normal' as const,
    }))
  }
  return fonts
}

type CardNode = {type: string; props: {style?: Record<string, unknown>; children?: unknown}}

const box = (style: Record<string, unknown>, children: unknown): CardNode => ({
  type: 'div',
  props: {style: {display: 'flex', boxSizing: 'border-box', ...style}, children},
})

// Long titles get a smaller size, so that any title fits in at most four lines.
function titleSize(title: string): number {
  return title.length <= 48 ? 72 : title.length <= 80 ? 60 : title.length <= 120 ? 48 : 40
}

/** The card as satori's element tree: site name on top, the title, the byline at the foot. */
function cardTree({title, byline, siteName}: SocialCardText): CardNode {
  const {width, height} = SOCIAL_CARD
  return box(
    {
      width,
      height,
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 80px',
      backgroundColor: BRAND_COLOR,
      color: '#ffffff',
      fontFamily: 'Inter',
    },
    [
      box({width: '100%', fontSize: 30, fontWeight: 700, letterSpacing: 1}, siteName),
      box(
        {
          width: '100%',
          fontSize: titleSize(title),
          fontWeight: 700,
          lineHeight: 1.15,
          overflow: 'hidden',
          maxHeight: 4 * 1.15 * titleSize(title),
        },
        title,
      ),
      box(
        {
          width: '100%',
          fontSize: 32,
          borderTop: '4px solid rgba(255, 255, 255, 0.6)',
          paddingTop: 24,
        },
        byline,
      ),
    ],
  )
}

/**
 * Render a card's text to PNG bytes with satori (layout to SVG) and resvg (SVG to PNG), both
 * loaded on the first card only.
 */
export async function renderCard(text: SocialCardText): Promise<Uint8Array> {
  const [{default: satori}, {Resvg}] = await Promise.all([
    import('satori'),
    import('@resvg/resvg-js'),
  ])
  const svg = await satori(cardTree(text) as Parameters<typeof satori>[0], {
    width: SOCIAL_CARD.width,
    height: SOCIAL_CARD.height,
    fonts: loadFonts(),
  })
  const png = new Resvg(svg, {fitTo: {mode: 'width', value: SOCIAL_CARD.width}}).render().asPng()
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength)
}

/**
 * Render the article's social card: a 1200×630 PNG with its title, the clinic that wrote it and
 * the site's name, for hosts that build their pages themselves (`buildSite` makes it as
 * `social-card.png` beside the article). Give its URL as the `image` option, with
 * `SOCIAL_CARD`'s width and height.
 *
 * @param options
 *   The host site (`siteUrl` is required; see `SocialCardOptions`).
 * @returns
 *   The PNG's bytes.
 * @throws {SciaticaContentError}
 *   When an option is invalid or unknown.
 */
export async function renderSocialCard(options: Readonly<SocialCardOptions>): Promise<Uint8Array> {
  const host = resolveHost(packageContent, parseOptions(options, 'required'))
  return renderCard(articleCardText(packageContent, host))
}
