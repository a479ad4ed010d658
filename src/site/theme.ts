/**
 * The static site's default theme: one small stylesheet, no framework, no web fonts, no
 * JavaScript. Hosts set their brand colour and fonts with the custom properties of `:root`
 * (`--sc-brand`, `--sc-font`, …) in a stylesheet of their own, or replace the theme with
 * `stylesheet`. Colours pass WCAG AA (4.5:1 for text) in light and dark schemes.
 */

/** The brand colour: the header, the social card, links (7.4:1 on white). */
export const BRAND_COLOR = '#0b5c7a'

/** The theme's file name in the site's root folder. */
export const THEME_FILE = 'theme.css'

/** The default theme's CSS. */
export const THEME_CSS = `/* sciatica-content default theme. Override the custom properties below in your own stylesheet. */
:root {
  --sc-brand: ${BRAND_COLOR};
  --sc-on-brand: #ffffff;
  --sc-font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --sc-text: #1f2328;
  --sc-muted: #4f5a65;
  --sc-background: #ffffff;
  --sc-surface: #f2f5f7;
  --sc-border: #d0d7de;
  --sc-link: var(--sc-brand);
  --sc-measure: 42rem;
}

@media (prefers-color-scheme: dark) {
  :root {
    --sc-text: #e6edf3;
    --sc-muted: #a5b0bb;
    --sc-background: #0f1419;
    --sc-surface: #1a2129;
    --sc-border: #38414b;
    --sc-link: #8fd0ee;
  }
}

*,
*::before,
*::after {
  box-sizing: border-box;
}

html {
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}

body {
  margin: 0;
  font-family: var(--sc-font);
  font-size: 1.0625rem;
  line-height: 1.65;
  color: var(--sc-text);
  background-color: var(--sc-background);
  overflow-wrap: break-word;
}

.wrap {
  max-width: var(--sc-measure);
  margin-left: auto;
  margin-right: auto;
  padding-left: 1.25rem;
  padding-right: 1.25rem;
}

a {
  color: var(--sc-link);
  text-underline-offset: 0.15em;
}

a:hover {
  text-decoration-thickness: 2px;
}

a:focus-visible {
  outline: 3px solid var(--sc-link);
  outline-offset: 2px;
  border-radius: 2px;
}

.skip-link {
  position: absolute;
  left: 1rem;
  top: -4rem;
  padding: 0.5rem 1rem;
  background-color: var(--sc-background);
  color: var(--sc-link);
  z-index: 1;
}

.skip-link:focus {
  top: 1rem;
}

.site-header {
  background-color: var(--sc-brand);
  color: var(--sc-on-brand);
}

.site-header .wrap {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: 0.25rem 1.5rem;
  padding-top: 0.75rem;
  padding-bottom: 0.75rem;
}

.site-header a {
  color: var(--sc-on-brand);
  text-decoration: none;
}

.site-header a:hover,
.site-header a[aria-current] {
  text-decoration: underline;
}

.site-header a:focus-visible {
  outline-color: var(--sc-on-brand);
}

.site-name {
  font-weight: 700;
  font-size: 1.125rem;
}

.site-header ul {
  display: flex;
  flex-wrap: wrap;
  gap: 0 1.25rem;
  margin: 0;
  padding: 0;
  list-style: none;
}

.breadcrumb ol {
  display: flex;
  flex-wrap: wrap;
  margin: 1.25rem 0 0;
  padding: 0;
  list-style: none;
  font-size: 0.9375rem;
  color: var(--sc-muted);
}

.breadcrumb li + li::before {
  content: "";
  display: inline-block;
  width: 0.4em;
  height: 0.4em;
  margin: 0 0.6em 0.1em 0.4em;
  border-top: 1px solid currentColor;
  border-right: 1px solid currentColor;
  transform: rotate(45deg);
}

.breadcrumb [aria-current] {
  color: var(--sc-muted);
  text-decoration: none;
}

main {
  padding-top: 1rem;
  padding-bottom: 2.5rem;
}

h1,
h2,
h3 {
  line-height: 1.25;
  margin: 2rem 0 0.75rem;
}

h1 {
  font-size: 2rem;
  margin-top: 0.75rem;
}

h2 {
  font-size: 1.5rem;
}

h3 {
  font-size: 1.25rem;
}

p,
ul,
ol,
address {
  margin: 0 0 1rem;
}

address {
  font-style: normal;
}

article > header p,
.meta {
  color: var(--sc-muted);
  font-size: 0.9375rem;
  margin-bottom: 0.25rem;
}

article > header {
  margin-bottom: 1.5rem;
}

aside,
.card {
  margin: 2rem 0 0;
  padding: 1rem 1.25rem;
  background-color: var(--sc-surface);
  border-left: 4px solid var(--sc-brand);
  border-radius: 4px;
}

aside h2,
.card h2 {
  margin-top: 0.25rem;
  font-size: 1.25rem;
}

.locations {
  padding-left: 1.25rem;
}

.locations li {
  margin-bottom: 0.25rem;
}

.site-footer {
  margin-top: 2rem;
  padding: 1.5rem 0 2rem;
  border-top: 1px solid var(--sc-border);
  background-color: var(--sc-surface);
  color: var(--sc-muted);
  font-size: 0.9375rem;
}

.site-footer h2 {
  margin: 0 0 0.5rem;
  font-size: 1rem;
  color: var(--sc-text);
}

.site-footer ul {
  padding-left: 1.25rem;
}

.disclaimer {
  font-size: 0.875rem;
}

@media (min-width: 48rem) {
  body {
    font-size: 1.125rem;
  }

  h1 {
    font-size: 2.5rem;
  }
}

@media print {
  .skip-link,
  .site-header nav,
  .breadcrumb {
    display: none;
  }

  body {
    color: #000000;
    background-color: #ffffff;
    font-size: 11pt;
  }

  .site-header,
  .site-footer,
  aside,
  .card {
    background-color: transparent;
    color: #000000;
  }

  .site-header a,
  a {
    color: #000000;
  }

  main a[href^="http"]::after {
    content: " (" attr(href) ")";
    font-size: 0.85em;
  }
}
`

/** The site's icon's file name in its root folder. */
export const FAVICON_FILE = 'favicon.svg'

/** The site's icon: a plus in the brand colour (an SVG, sharp at any size). */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="${BRAND_COLOR}"/><path d="M9 16h14M16 9v14" stroke="#ffffff" stroke-width="4" stroke-linecap="round"/></svg>
`
