import { expect, test } from 'vitest'
import { listingPath } from '../../../src/content/listing-paths'

// The addresses readers see for the pages that list stories: page 1 at the listing's own address, older
// pages below it.

test.each([
  ['section', 'world', 1, '/sections/world'],
  ['section', 'world', 2, '/sections/world/page/2'],
  ['author', 'shelby-talcott', 1, '/authors/shelby-talcott'],
  ['author', 'shelby-talcott', 12, '/authors/shelby-talcott/page/12'],
  ['topic', 'climate', 1, '/topics/climate'],
  ['topic', 'climate', 3, '/topics/climate/page/3'],
] as const)('the %s %s, page %i, is at %s', (kind, slug, page, expected) => {
  expect(listingPath(kind, slug, page)).toBe(expected)
})

test('page 1 is the default', () => {
  expect(listingPath('section', 'world')).toBe('/sections/world')
})
