// The words only the server and the build write (page descriptions, index.html's no-script line, the
// prerendered loading line), in English. No reader downloads them. One catalogue with ../en.ts.

export const en = {
  'site.loading': 'Loading…',
  'site.defaultDescription': 'The latest stories from {site}.',
  'site.noscript': '{site} needs JavaScript to load articles.',
  'site.templateDescription': '{site}: the news, printed with care, at the text size you choose.',
  'site.description.section': 'The latest {name} stories',
  'site.description.author': 'Stories by {name}',
  'site.description.topic': 'Stories about {name}',
  'site.description.page': '{what}, page {page}, from {site}.',
  'site.description.firstPage': '{what}, from {site}.',
  'site.description.frontPage': '{title}, from {site}.',
  // The handler's last resort, when even its problem page fails to render (src/server/fallback-page.ts).
  'server.fallback.title': 'This page can’t be displayed',
  'server.fallback.body':
    'Something went wrong while showing this page. Please try again in a moment.',
} as const
