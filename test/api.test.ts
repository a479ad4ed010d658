import {describe, expect, it} from 'vitest'

describe('public api', () => {
  it('should expose the core api', async () => {
    expect(Object.keys(await import('../src/index.js')).sort()).toEqual([
      'SciaticaContentError',
      'article',
      'buildJsonLd',
      'buildPageMetadata',
      'clinic',
      'condition',
      'jsonLdScript',
      'serializeJsonLdForScript',
      'treatments',
    ])
  })

  it('should expose the validate api', async () => {
    expect(Object.keys(await import('../src/validate.js')).sort()).toEqual([
      'formatReport',
      'validateJsonLd',
    ])
  })

  it('should expose the site api', async () => {
    expect(Object.keys(await import('../src/site.js')).sort()).toEqual([
      'SOCIAL_CARD',
      'THEME_CSS',
      'buildSite',
      'renderSocialCard',
    ])
  })

  it('should expose the render api', async () => {
    expect(Object.keys(await import('../src/render.js')).sort()).toEqual([
      'renderArticle',
      'renderHead',
      'renderPage',
    ])
  })
})
