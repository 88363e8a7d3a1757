import { expect, test } from 'vitest'
import { FEED_CONTENT_TYPES, FEED_FORMATS, feedPath } from '../../../src/content/feed-paths'

// Feed readers guess the site's feeds at the root by these names, and a section's or an author's under the
// page's own address.

test.each([
  ['/', 'rss', '/feed.xml'],
  ['/', 'atom', '/atom.xml'],
  ['/', 'json', '/feed.json'],
  ['/sections/world', 'rss', '/sections/world/feed.xml'],
  ['/authors/shelby-talcott/', 'atom', '/authors/shelby-talcott/atom.xml'],
] as const)('the %s feed in %s is at %s', (page, format, expected) => {
  expect(feedPath(page, format)).toBe(expected)
})

test('each format is served with its registered media type', () => {
  expect(FEED_FORMATS.map((format) => FEED_CONTENT_TYPES[format])).toEqual([
    'application/rss+xml',
    'application/atom+xml',
    'application/feed+json',
  ])
})
