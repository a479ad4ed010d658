/** Where the article lives on the host site: the same options for the head and the JSON-LD. */
export const site = {siteUrl: 'https://example.com', path: '/sciatica/'}
