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

describe('a photo as the browser is offered it', () => {
  const photo = {
    src: '/content/images/a.jpg',
    alt: 'A harbour at dawn',
    width: 1600,
    height: 1067,
    variants: [
      { src: '/content/images/a-1200.webp', width: 1200, type: 'image/webp' },
      { src: '/content/images/a-480.avif', width: 480, type: 'image/avif' },
      { src: '/content/images/a-480.webp', width: 480, type: 'image/webp' },
      { src: '/content/images/a-1200.avif', width: 1200, type: 'image/avif' },
      { src: '/content/images/a-480.jpg', width: 480, type: 'image/jpeg' },
      { src: '/content/images/a,1200.jpg', width: 1200, type: 'image/jpeg' },
      { src: '/content/images/a-800.png', width: 800, type: 'image/png' },
    ],
  }
  const leadImageOf = (image: unknown) =>
    viewOf({ headline: 'H', leadImage: image, body: [{ type: 'paragraph', text: 'x' }] }).leadImage

  test('modern formats first, each narrowest first; the plain one for <img>, without a URL holding a comma', () => {
    expect(leadImageOf(photo)).toEqual({
      src: '/content/images/a.jpg',
      alt: 'A harbour at dawn',
      width: 1600,
      height: 1067,
      caption: undefined,
      credit: undefined,
      sources: [
        {
          type: 'image/avif',
          srcset: '/content/images/a-480.avif 480w, /content/images/a-1200.avif 1200w',
        },
        {
          type: 'image/webp',
          srcset: '/content/images/a-480.webp 480w, /content/images/a-1200.webp 1200w',
        },
      ],
      srcset: '/content/images/a-480.jpg 480w',
    })
  })

  test('PNG is the fallback when there is no JPEG', () => {
    const pngOnly = { ...photo, variants: photo.variants.filter((v) => v.type === 'image/png') }
    expect(leadImageOf(pngOnly)).toMatchObject({
      sources: [],
      srcset: '/content/images/a-800.png 800w',
    })
  })

  test('a photo without variants is just its file, and a blank alt text is decoration', () => {
    expect(leadImageOf({ ...photo, alt: ' ', variants: undefined })).toMatchObject({
      alt: '',
      sources: [],
      srcset: undefined,
    })
  })
})

describe('runs of text', () => {
  test('keep emphasis, strong and code only when the file says true', () => {
    expect(
      toRuns([
        { text: 'a', emphasis: true },
        { text: 'b', strong: true },
        { text: 'c', emphasis: true, strong: true },
        { text: 'd', code: true },
        { text: 'e' },
      ]).map(({ text, emphasis, strong, code }) => ({ text, emphasis, strong, code })),
    ).toEqual([
      { text: 'a', emphasis: true, strong: false, code: false },
      { text: 'b', emphasis: false, strong: true, code: false },
      { text: 'c', emphasis: true, strong: true, code: false },
      { text: 'd', emphasis: false, strong: false, code: true },
      { text: 'e', emphasis: false, strong: false, code: false },
    ])
  })

  test('drop runs with no text at all, keeping white space between words', () => {
    expect(
      toRuns([{ text: 'a' }, { text: '' }, { text: ' ' }, { text: 'b' }]).map((run) => run.text),
    ).toEqual(['a', ' ', 'b'])
  })
})

describe('every block keeps its place and its own key', () => {
  test('keys follow the order of the file, for the body and for related stories', () => {
    const article = viewOf(readFixture('articles/fixture-complete.json'))
    expect(article.body.map((block) => block.key)).toEqual(
      article.body.map((_block, index) => `block-${index}`),
    )
    expect(article.related.map((item) => item.key)).toEqual(
      article.related.map((_item, index) => `related-${index}`),
    )
  })

  test('a heading and a related link are trimmed of invisible edges', () => {
    const article = viewOf({
      headline: 'H',
      body: [
        { type: 'heading', text: '\u200b A sub-heading ' },
        { type: 'related', slug: 'a-story', headline: ' A story\u200b' },
      ],
    })
    expect(article.body).toEqual([
      { key: 'block-0', type: 'heading', text: 'A sub-heading' },
      { key: 'block-1', type: 'related', slug: 'a-story', headline: 'A story' },
    ])
  })
})

describe('dates a reader sees', () => {
  test('a related story shows its date, and one without a date shows none', () => {
    const article = viewOf({
      headline: 'H',
      body: [{ type: 'paragraph', text: 'x' }],
      related: [
        { slug: 'dated', headline: 'Dated', publishedAt: '2022-03-01' },
        { slug: 'undated', headline: 'Undated' },
      ],
    })
    expect(article.related.map((item) => item.kind === 'internal' && item.published?.iso)).toEqual([
      '2022-03-01',
      undefined,
    ])
  })

  test('an update after publication is shown, and so is one without a publication date', () => {
    const later = viewOf({
      headline: 'H',
      publishedAt: '2022-03-10',
      updatedAt: '2022-03-11T09:00:00Z',
      body: [{ type: 'paragraph', text: 'x' }],
    })
    expect(later.published?.iso).toBe('2022-03-10')
    expect(later.updated?.iso).toBe('2022-03-11T09:00:00Z')
    const updatedOnly = viewOf({
      headline: 'H',
      updatedAt: '2022-03-11',
      body: [{ type: 'paragraph', text: 'x' }],
    })
    expect(updatedOnly.updated?.iso).toBe('2022-03-11')
  })
})

describe('the front page', () => {
  test('undated stories come last, in the order of the index', () => {
    const { stories } = toFrontPageView(
      lenientFrontPageSchema.parse({
        articles: [
          { slug: 'undated-a', headline: 'A' },
          { slug: 'old', headline: 'Old', publishedAt: '2020-01-01' },
          { slug: 'undated-b', headline: 'B' },
          { slug: 'new', headline: 'New', publishedAt: '2022-01-01' },
        ],
      }),
      1,
      TEST_POLICY,
    )
    expect(stories.map((story) => story.slug)).toEqual(['new', 'old', 'undated-a', 'undated-b'])
  })

  test('a story keeps its picture, and one without shows none', () => {
    const image = { src: '/content/images/a.jpg', alt: 'A', width: 10, height: 10 }
    const { stories } = toFrontPageView(
      lenientFrontPageSchema.parse({
        articles: [
          { slug: 'pictured', headline: 'P', publishedAt: '2022-01-02', image },
          { slug: 'plain', headline: 'Q', publishedAt: '2022-01-01' },
        ],
      }),
      1,
      TEST_POLICY,
    )
    expect(stories.map((story) => story.image?.src)).toEqual(['/content/images/a.jpg', undefined])
  })
})

describe('every right-to-left language reads right to left', () => {
  test.each([
    'ar',
    'arc',
    'ckb',
    'dv',
    'fa',
    'ha',
    'he',
    'iw',
    'khw',
    'ks',
    'ps',
    'sd',
    'syr',
    'ug',
    'ur',
    'yi',
  ])('%s', (language) => {
    expect(textDirection(language)).toBe('rtl')
    expect(textDirection(`${language.toUpperCase()}-XX`)).toBe('rtl')
  })
})
