import { describe, expect, test } from 'vitest'
import { lenientFrontPageSchema } from '../../../src/content/format'
import { toAuthorProfileView, toListingView } from '../../../src/content/listing-view'
import type { AuthorProfileView } from '../../../src/content/listing-view'
import { TEST_POLICY } from '../../support/fixtures'

// The h1 of a section's, an author's or a topic's page: the name the stories give it, the newest story's
// spelling first, and a readable stand-in when no story names it.

const story = (slug: string, extra: Record<string, unknown>) => ({
  slug,
  headline: `Story ${slug}`,
  byline: [{ name: 'Desk' }],
  ...extra,
})

const page = lenientFrontPageSchema.parse({
  articles: [
    story('no-section', { topics: ['Shipping'] }),
    story('a', {
      section: 'Business',
      byline: [{ name: 'Other Writer', slug: 'other-writer' }],
      topics: ['Shipping'],
    }),
    story('b', {
      section: 'World News',
      byline: [
        { name: 'Tobias Wrenfield', slug: 'tobias-wrenfield' },
        { name: 'Selma Okonjo-Hart', slug: 'selma-okonjo-hart' },
      ],
      topics: ['Russia', 'Ukraine War'],
    }),
    story('c', {
      section: 'World news',
      byline: [{ name: 'Selma Okonjo Hart', slug: 'selma-okonjo-hart' }],
      topics: ['Ukraine war'],
    }),
  ],
})

const listing = (kind: 'section' | 'author' | 'topic', slug: string) =>
  toListingView(page, { kind, slug, page: 1 }, TEST_POLICY)

describe('the name a listing page is given', () => {
  test.each([
    ['section', 'world-news', 'World News'],
    ['author', 'selma-okonjo-hart', 'Selma Okonjo-Hart'],
    ['author', 'tobias-wrenfield', 'Tobias Wrenfield'],
    ['topic', 'ukraine-war', 'Ukraine War'],
    ['topic', 'shipping', 'Shipping'],
  ] as const)('the %s %s is called %s, as its newest story spells it', (kind, slug, name) => {
    expect(listing(kind, slug).name).toBe(name)
  })

  test.each([
    ['section', 'middle-east', 'Middle east'],
    ['author', 'nobody-here', 'Nobody here'],
    ['topic', 'climate', 'Climate'],
  ] as const)('a %s no story names, %s, is called %s', (kind, slug, name) => {
    expect(listing(kind, slug).name).toBe(name)
  })

  test('an author’s own profile names the page, and goes with it', () => {
    const profile: AuthorProfileView = { name: 'Selma Okonjo-Hart, PhD', bio: [], links: [] }
    const view = toListingView(
      page,
      { kind: 'author', slug: 'selma-okonjo-hart', page: 1 },
      TEST_POLICY,
      profile,
    )
    expect(view).toMatchObject({ kind: 'author', slug: 'selma-okonjo-hart', name: profile.name })
    expect(view.profile).toBe(profile)
  })

  test('the page keeps its stories and its place among the pages', () => {
    const view = toListingView(page, { kind: 'section', slug: 'world-news', page: 1 }, TEST_POLICY)
    expect(view.stories.map((s) => s.headline)).toEqual([
      'Story no-section',
      'Story a',
      'Story b',
      'Story c',
    ])
    expect(view).toMatchObject({ kind: 'section', slug: 'world-news', page: 1 })
    expect(view.profile).toBeUndefined()
  })
})

describe('what an author page shows about its writer', () => {
  test('the biography keeps its paragraphs, without blank ones', () => {
    const view = toAuthorProfileView(
      { name: ' A. Writer ', bio: ['First.', ' \u200b ', 'Second.'] },
      TEST_POLICY,
    )
    expect(view).toMatchObject({ name: 'A. Writer', bio: ['First.', 'Second.'], links: [] })
  })

  test('a profile without a biography shows none', () => {
    expect(toAuthorProfileView({ name: 'A. Writer' }, TEST_POLICY).bio).toEqual([])
  })
})
