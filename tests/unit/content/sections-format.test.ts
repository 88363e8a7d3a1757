import { expect, test } from 'vitest'
import { problemsOf } from '../../../src/content/problems'
import { strictSectionsSchema } from '../../../src/content/sections-format'

// What `npm run content` tells a publisher about sections.json, the masthead's list of sections.

const world = { slug: 'world', name: 'World' }

test('a list of sections with slugs and names is accepted', () => {
  expect(
    problemsOf(strictSectionsSchema, { $schema: '../schema/sections.json', sections: [world] }),
  ).toEqual([])
})

test.each([
  [
    'a slug that is not one',
    [{ slug: 'World News', name: 'World' }],
    'sections[0].slug',
    'must be lower-case words joined by hyphens (a-z, 0-9), at most 200 characters',
  ],
  ['a blank name', [{ slug: 'world', name: '  ' }], 'sections[0].name', 'is blank'],
  [
    'an overlong name',
    [{ slug: 'world', name: 'x'.repeat(501) }],
    'sections[0].name',
    'is longer than 500 characters',
  ],
  [
    'more sections than the masthead holds',
    Array.from({ length: 31 }, () => world),
    'sections',
    'has more than 30 sections',
  ],
])('%s is reported where it is', (_what, sections, path, reason) => {
  expect(problemsOf(strictSectionsSchema, { sections })).toEqual([{ path, reason }])
})
