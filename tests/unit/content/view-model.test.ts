import { describe, expect, test } from 'vitest'
import { lenientArticleSchema, lenientFrontPageSchema } from '../../../src/content/format'
import { textDirection, toArticleView, toFrontPageView } from '../../../src/content/view-model'
import { toRuns } from '../../../src/content/inline-view'
import { readFixture, readSampleArticle, SEED_SLUG, TEST_POLICY } from '../../support/fixtures'

function viewOf(json: unknown, slug = 'fixture') {
  return toArticleView(lenientArticleSchema.parse(json), slug, TEST_POLICY)
}

describe('toArticleView', () => {
  test('keeps the seed’s captions and credits apart and its body in order', () => {
    const article = viewOf(readSampleArticle(SEED_SLUG), SEED_SLUG)
    expect(article.leadImage?.caption).toMatch(
      /^Russian President Vladimir Putin \(L\) and Chinese President Xi Jinping pose/,
    )
    expect(article.leadImage?.credit).toBe('Photo by Alexei Druzhinin/Sputnik/AFP via Getty Images')
    expect(article.body.map((block) => block.type)).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'related',
      'image',
      'paragraph',
      'paragraph',
      'paragraph',
    ])
    expect(article.byline).toEqual([
      { name: 'Shelby Talcott', title: 'Senior White House Correspondent', slug: 'shelby-talcott' },
    ])
  })

  test('turns blank captions into no caption, so no empty caption box is drawn', () => {
    const article = viewOf(readFixture('articles/fixture-broken-parts.json'))
    const image = article.body.find((block) => block.type === 'image')
    expect(image).toMatchObject({ image: { caption: undefined, credit: 'Photo: Kept Credit' } })
  })

  test('drops paragraphs that are only white space', () => {
    const article = viewOf(readFixture('articles/fixture-broken-parts.json'))
    const paragraphs = article.body.filter((block) => block.type === 'paragraph')
    expect(paragraphs).toHaveLength(3)
  })

  test('shows at most six related stories', () => {
    const article = viewOf(readFixture('articles/fixture-complete.json'))
    expect(article.related).toHaveLength(6)
    expect(article.related[1]).toMatchObject({
      kind: 'external',
      href: 'https://example.org/report',
      source: 'Example Gazette',
    })
  })

  test('counts the words a reader reads', () => {
    const article = viewOf({
      headline: 'H',
      body: [
        { type: 'paragraph', text: 'one two three' },
        { type: 'heading', text: 'four' },
        { type: 'quote', text: [{ text: 'five six' }] },
      ],
    })
    expect(article.wordCount).toBe(6)
  })

  test('uses the slug it was asked for and English by default', () => {
    const article = viewOf({ headline: 'H', body: [{ type: 'paragraph', text: 'x' }] }, 'asked-for')
    expect(article).toMatchObject({
      slug: 'asked-for',
      language: 'en',
      direction: 'ltr',
      byline: [],
      related: [],
    })
  })

  test('drops an update time that is not after publication', () => {
    const article = viewOf({
      headline: 'H',
      publishedAt: '2022-03-10',
      updatedAt: '2022-03-10',
      body: [{ type: 'paragraph', text: 'x' }],
    })
    expect(article.updated).toBeUndefined()
  })
})

describe('toRuns', () => {
  test.each([
    ['/articles/a-story', { kind: 'internal', slug: 'a-story' }],
    ['https://example.org/', { kind: 'external', href: 'https://example.org/' }],
  ])('classifies the link %s', (href, link) => {
    expect(toRuns([{ text: 'x', href }])[0]?.link).toEqual(link)
  })

  test('treats a plain string as one unstyled run', () => {
    expect(toRuns('Just text')).toEqual([
      { text: 'Just text', link: undefined, emphasis: false, strong: false, code: false },
    ])
  })
})

describe('textDirection', () => {
  test.each([
    ['en', 'ltr'],
    ['ar', 'rtl'],
    ['fa-IR', 'rtl'],
    ['he', 'rtl'],
    ['ur-PK', 'rtl'],
    ['zh-Hant', 'ltr'],
  ])('%s reads %s', (language, direction) => {
    expect(textDirection(language)).toBe(direction)
  })
})

describe('toFrontPageView', () => {
  test('lists stories newest first whatever order the index uses', () => {
    const { stories } = toFrontPageView(
      lenientFrontPageSchema.parse(readFixture('index.json')),
      1,
      TEST_POLICY,
    )
    const times = stories.map((story) => story.published?.epochMs ?? 0)
    expect(times).toEqual([...times].sort((a, b) => b - a))
    expect(stories[0]?.slug).toBe(SEED_SLUG)
  })

  test('an index without page fields is the whole front page on one page', () => {
    const view = toFrontPageView(lenientFrontPageSchema.parse({ articles: [] }), 1, TEST_POLICY)
    expect(view).toMatchObject({ page: 1, pageCount: 1 })
  })

  test('a page says where it sits among the pages', () => {
    const json = { articles: [], page: 3, pageCount: 12 }
    expect(toFrontPageView(lenientFrontPageSchema.parse(json), 3, TEST_POLICY)).toMatchObject({
      page: 3,
      pageCount: 12,
    })
  })

  test('the page is the one the address asked for, whatever the file says of itself', () => {
    const claims = lenientFrontPageSchema.parse({ articles: [], page: 3, pageCount: 12 })
    expect(toFrontPageView(claims, 1, TEST_POLICY)).toMatchObject({ page: 1, pageCount: 12 })
  })

  test('broken page fields fall back to the page asked for, never past what the file claims', () => {
    const broken = lenientFrontPageSchema.parse({ articles: [], page: 'two', pageCount: -1 })
    expect(toFrontPageView(broken, 2, TEST_POLICY)).toMatchObject({ page: 2, pageCount: 2 })
    const short = lenientFrontPageSchema.parse({ articles: [], page: 5, pageCount: 2 })
    expect(toFrontPageView(short, 5, TEST_POLICY)).toMatchObject({ page: 5, pageCount: 5 })
  })
})
