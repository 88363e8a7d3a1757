// @vitest-environment node
import { describe, expect, test } from 'vitest'
import * as z from 'zod/mini'
import { strictArticleSchema, strictFrontPageSchema } from '../../../src/content/format'
import { formatPath, problemsOf } from '../../../src/content/problems'
import { readSampleArticle, SEED_SLUG } from '../../support/fixtures'

// What `npm run content` tells a publisher about a broken file: the field, as they would point at it, and
// the rule it breaks, in words. Each row breaks one thing in the (valid) seed article.

type Article = Record<string, unknown> & {
  body: unknown[]
  leadImage: Record<string, unknown>
}

function seedWith(change: (article: Article) => void): unknown {
  const article = structuredClone(readSampleArticle(SEED_SLUG)) as Article
  change(article)
  return article
}

const ISO_RULE =
  'must be an ISO 8601 date (2022-03-14) or date-time with offset, and a real calendar day'
const URL_RULE = 'must be a same-origin path (/…) or an https: URL'

describe('a publisher is told', () => {
  test.each<[string, (article: Article) => void, string, string]>([
    ['a headline of the wrong type', (a) => (a.headline = 3), 'headline', 'must be a string'],
    ['a missing headline', (a) => delete a.headline, 'headline', 'is missing'],
    ['a blank headline', (a) => (a.headline = ' \u200b '), 'headline', 'is blank'],
    [
      'an overlong headline',
      (a) => (a.headline = 'x'.repeat(501)),
      'headline',
      'is longer than 500 characters',
    ],
    ['a body that is not a list', (a) => (a.body = 'x' as never), 'body', 'must be an array'],
    ['an empty body', (a) => (a.body = []), 'body', 'has no block that can be shown'],
    ['no author', (a) => (a.byline = []), 'byline', 'needs at least one author'],
    [
      'too many authors',
      (a) => (a.byline = Array.from({ length: 21 }, () => ({ name: 'A' }))),
      'byline',
      'has more than 20 authors',
    ],
    [
      'a slug that is not one',
      (a) => (a.slug = 'Bad Slug'),
      'slug',
      'must be lower-case words joined by hyphens (a-z, 0-9), at most 200 characters',
    ],
    ['a day that does not exist', (a) => (a.publishedAt = '2022-02-30'), 'publishedAt', ISO_RULE],
    ['a thirteenth month', (a) => (a.publishedAt = '2022-13-01'), 'publishedAt', ISO_RULE],
    ['a month 0', (a) => (a.publishedAt = '2022-00-10'), 'publishedAt', ISO_RULE],
    ['a day 0', (a) => (a.publishedAt = '2022-03-00'), 'publishedAt', ISO_RULE],
    [
      'an update before publication',
      (a) => {
        a.publishedAt = '2022-03-14'
        a.updatedAt = '2022-03-13'
      },
      'updatedAt',
      'is before publishedAt',
    ],
    [
      'a language that is no tag',
      (a) => (a.language = 'english!'),
      'language',
      'must be a BCP 47 language tag',
    ],
    [
      'a photo that is not an object',
      (a) => (a.leadImage = 'x' as never),
      'leadImage',
      'must be an object',
    ],
    [
      'a fractional width',
      (a) => (a.leadImage.width = 1.5),
      'leadImage.width',
      'must be a whole number',
    ],
    ['a width of 0', (a) => (a.leadImage.width = 0), 'leadImage.width', 'must be more than 0'],
    [
      'an impossible width',
      (a) => (a.leadImage.width = 20_001),
      'leadImage.width',
      'is too large (maximum 20000)',
    ],
    [
      'a photo over http',
      (a) => (a.leadImage.src = 'http://photos.example/a.jpg'),
      'leadImage.src',
      URL_RULE,
    ],
    [
      'a variant format no browser is offered',
      (a) => (a.leadImage.variants = [{ src: '/a.gif', width: 10, type: 'image/gif' }]),
      'leadImage.variants[0].type',
      'must be one of "image/avif", "image/webp", "image/jpeg", "image/png"',
    ],
    [
      'a block type the format does not have',
      (a) => (a.body[0] = { type: 'hologram', src: '/x.mp4' }),
      'body[0].type',
      'has an unknown type',
    ],
    [
      'a paragraph with nothing to read',
      (a) => (a.body[0] = { type: 'paragraph', text: [{ text: ' ' }, { text: '\u200b' }] }),
      'body[0].text',
      'has no text',
    ],
    [
      'a link over http',
      (a) => (a.body[0] = { type: 'paragraph', text: [{ text: 'x', href: 'http://x.example/' }] }),
      'body[0].text[0].href',
      'must be /articles/<slug> or an https: URL',
    ],
    [
      'an external story over http',
      (a) => (a.related = [{ url: 'http://x.example/', headline: 'x' }]),
      'related[0].url',
      'must be an https: URL',
    ],
    [
      'a related story that is neither kind',
      (a) => (a.related = [{ headline: 'x' }]),
      'related[0]',
      'does not match any allowed shape',
    ],
  ])('of %s', (_case, change, path, reason) => {
    expect(problemsOf(strictArticleSchema, seedWith(change))).toEqual([{ path, reason }])
  })

  test('that a file which is not an object must be one', () => {
    expect(problemsOf(strictArticleSchema, 'a string')).toEqual([
      { path: '(file)', reason: 'must be an object' },
    ])
  })

  test.each([
    ['the last page', { page: 3, pageCount: 3 }],
    ['an earlier page', { page: 2, pageCount: 3 }],
    ['a page without a count', { page: 2 }],
    ['a count without a page number', { pageCount: 2 }],
  ])('nothing about %s of the front page', (_what, fields) => {
    expect(problemsOf(strictFrontPageSchema, { articles: [], ...fields })).toEqual([])
  })

  test.each([
    [
      'updated after it was published',
      { publishedAt: '2022-03-14', updatedAt: '2022-03-15T10:00:00Z' },
    ],
    [
      'updated the moment it was published',
      { publishedAt: '2022-03-14T10:00:00Z', updatedAt: '2022-03-14T10:00:00Z' },
    ],
    ['updated with no publication date', { publishedAt: undefined, updatedAt: '2022-03-15' }],
    ['published and never updated', { updatedAt: undefined }],
  ])('nothing about an article %s', (_what, dates) => {
    expect(
      problemsOf(
        strictArticleSchema,
        seedWith((a) => Object.assign(a, dates)),
      ),
    ).toEqual([])
  })

  test('that a front page cannot count fewer pages than its own number', () => {
    expect(problemsOf(strictFrontPageSchema, { articles: [], page: 3, pageCount: 2 })).toEqual([
      { path: 'pageCount', reason: 'is less than page' },
    ])
  })

  test('nothing about a valid article, or an update on the day it was published', () => {
    expect(
      problemsOf(
        strictArticleSchema,
        seedWith(() => undefined),
      ),
    ).toEqual([])
    const sameDay = seedWith((a) => {
      a.publishedAt = '2022-03-14'
      a.updatedAt = '2022-03-14'
    })
    expect(problemsOf(strictArticleSchema, sameDay)).toEqual([])
  })
})

describe('a field is named the way a publisher points at it', () => {
  test.each([
    [[], '(file)'],
    [['headline'], 'headline'],
    [['body', 3, 'text'], 'body[3].text'],
    [['leadImage', 'variants', 0, 'src'], 'leadImage.variants[0].src'],
  ])('%j is %s', (path, shown) => {
    expect(formatPath(path)).toBe(shown)
  })
})

describe('the words for each kind of rule', () => {
  // Rules written without words of their own, as a schema part may be: the publisher still reads a sentence.
  test.each<[string, z.ZodMiniType, unknown, string]>([
    [
      'a list that is too short',
      z.array(z.string()).check(z.minLength(2)),
      ['a'],
      'needs at least 2 item(s)',
    ],
    [
      'a list that is too long',
      z.array(z.string()).check(z.maxLength(1)),
      ['a', 'b'],
      'has more than 1 items',
    ],
    ['a number that must be more than 0', z.number().check(z.gt(0)), 0, 'must be more than 0'],
    ['a number below its minimum', z.number().check(z.gte(1)), 0, 'is too small (minimum 1)'],
    ['a number that must be less than 10', z.number().check(z.lt(10)), 10, 'must be less than 10'],
    ['a number above its maximum', z.number().check(z.lte(9)), 10, 'is too large (maximum 9)'],
    ['a value outside its list', z.enum(['ltr', 'rtl']), 'up', 'must be one of "ltr", "rtl"'],
    [
      'a block of an unknown type',
      z.discriminatedUnion('type', [
        z.object({ type: z.literal('a') }),
        z.object({ type: z.literal('b') }),
      ]),
      { type: 'c' },
      'has an unknown type',
    ],
    [
      'a value of neither shape',
      z.union([z.string(), z.object({ name: z.string() })]),
      3,
      'does not match any allowed shape',
    ],
    [
      'a missing value of either shape',
      z.object({ a: z.union([z.string(), z.number()]) }),
      {},
      'is missing',
    ],
    ['a whole number with a fraction', z.int(), 1.5, 'must be a whole number'],
    ['a field that is not an object', z.object({}), [], 'must be an object'],
    ['a field that is not a list', z.array(z.string()), {}, 'must be an array'],
    ['a field of the wrong type', z.string(), true, 'must be a string'],
  ])('%s', (_what, schema, value, reason) => {
    expect(problemsOf(schema, value).map((problem) => problem.reason)).toEqual([reason])
  })
})
