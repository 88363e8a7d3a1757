import { expect, test } from 'vitest'
import { isMastheadSection } from '../../../src/content/masthead-section'

// The masthead links the app keeps from the compiled sections list: one broken entry is left out, not shown
// as a link to nowhere or with no words.

test('a section with a slug and a name is a masthead link', () => {
  expect(isMastheadSection({ slug: 'world', name: 'World' })).toBe(true)
})

test.each([
  ['nothing', null],
  ['a string', 'world'],
  ['no slug', { name: 'World' }],
  ['no name', { slug: 'world' }],
  ['a slug that is not text', { slug: 3, name: 'World' }],
  ['a slug inside a list', { slug: ['world'], name: 'World' }],
  ['a slug that is not one', { slug: '../World', name: 'World' }],
  ['a name that is not text', { slug: 'world', name: ['World'] }],
  ['a blank name', { slug: 'world', name: ' \u200b ' }],
])('%s is left out', (_what, value) => {
  expect(isMastheadSection(value)).toBe(false)
})
