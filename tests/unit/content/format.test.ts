import { describe, expect, test } from 'vitest'
import { lenientArticleSchema, strictArticleSchema } from '../../../src/content/format'
import { problemsOf } from '../../../src/content/problems'
import { readFixture, readSampleArticle, sampleArticleSlugs } from '../../support/fixtures'

function strictProblems(json: unknown): string[] {
  return problemsOf(strictArticleSchema, json).map(
    (problem) => `${problem.path}: ${problem.reason}`,
  )
}

const complete = readFixture('articles/fixture-complete.json') as Record<string, unknown>

describe('the strict schema publishers are held to', () => {
  test.each(sampleArticleSlugs())('accepts the sample article %s', (slug) => {
    expect(strictProblems(readSampleArticle(slug))).toEqual([])
  })

  test('accepts the fixture that uses every field', () => {
    expect(strictProblems(complete)).toEqual([])
  })

  test.each([
    ['a blank headline', { headline: ' \u200B ' }, 'headline: is blank'],
    ['a missing headline', { headline: undefined }, 'headline: is missing'],
    ['an empty body', { body: [] }, 'body: has no block that can be shown'],
    [
      'an upper-case slug',
      { slug: 'Not-A-Slug' },
      'slug: must be lower-case words joined by hyphens (a-z, 0-9), at most 200 characters',
    ],
    [
      'an impossible date',
      { publishedAt: '2022-02-30' },
      'publishedAt: must be an ISO 8601 date (2022-03-14) or date-time with offset, and a real calendar day',
    ],
    [
      'a date-time without offset',
      { publishedAt: '2022-03-10T10:00' },
      'publishedAt: must be an ISO 8601 date (2022-03-14) or date-time with offset',
    ],
    [
      'an update before publication',
      { updatedAt: '2022-03-01' },
      'updatedAt: is before publishedAt',
    ],
    ['no authors', { byline: [] }, 'byline: needs at least one author'],
    [
      'a javascript: lead image',
      { leadImage: { src: 'javascript:alert(1)', alt: '', width: 1, height: 1 } },
      'leadImage.src: must be a same-origin path (/…) or an https: URL',
    ],
    [
      'a protocol-relative lead image',
      { leadImage: { src: '//evil.example/x.jpg', alt: '', width: 1, height: 1 } },
      'leadImage.src: must be a same-origin path (/…) or an https: URL',
    ],
    [
      'a fractional image width',
      { leadImage: { src: '/x.jpg', alt: '', width: 10.5, height: 1 } },
      'leadImage.width: must be a whole number',
    ],
    [
      'an unknown block type',
      { body: [{ type: 'hologram' }] },
      'body[0].type: has an unknown type',
    ],
    ['a paragraph without text', { body: [{ type: 'paragraph' }] }, 'body[0].text: is missing'],
    ['a headline of the wrong type', { headline: 42 }, 'headline: must be a string'],
  ])('rejects %s, naming the field', (_case, change, problem) => {
    expect(strictProblems({ ...complete, ...change })).toContain(problem)
  })

  test('reports every problem in a file at once, not just the first', () => {
    const problems = strictProblems({
      ...complete,
      headline: '',
      section: 3,
      body: [{ type: 'hologram' }],
    })
    expect(problems).toEqual(
      expect.arrayContaining([
        'headline: is blank',
        'section: must be a string',
        'body[0].type: has an unknown type',
      ]),
    )
  })
})

describe('the lenient schema the reader applies to what arrives', () => {
  test('drops broken optional parts and keeps the rest', () => {
    const result = lenientArticleSchema.safeParse(readFixture('articles/fixture-broken-parts.json'))
    expect(result.success).toBe(true)
    if (!result.success) return
    const article = result.data
    expect(article.leadImage).toBeUndefined()
    expect(article.updatedAt).toBeUndefined()
    expect(article.byline?.map((author) => author.name)).toEqual(['Dana Survivor'])
    expect(article.body.map((block) => block.type)).toEqual([
      'paragraph',
      'paragraph',
      'image',
      'quote',
      'paragraph',
    ])
    expect(article.related).toHaveLength(1)
  })

  test.each([
    ['a blank headline', 'articles/fixture-blank-headline.json'],
    ['a body with no block that can be shown', 'articles/fixture-no-body.json'],
  ])('still refuses an article with %s', (_case, fixture) => {
    expect(lenientArticleSchema.safeParse(readFixture(fixture)).success).toBe(false)
  })

  test('ignores unknown fields', () => {
    expect(
      lenientArticleSchema.safeParse({ ...complete, futureField: { nested: true } }).success,
    ).toBe(true)
  })
})
