import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { importHtml } from '../../../../build/import/html'
import type { BlockData, ImportedArticle } from '../../../../build/import/types'
import { strictArticleSchema } from '../../../../src/content/format'
import { problemsOf } from '../../../../src/content/problems'
import { fixturePath } from '../../../support/fixtures'

// Saved pages written from the documented markup of common publishing systems and news sites
// (tests/fixtures/import/sites). Each row says what the publisher must get: the story's paragraphs, photos
// with their captions and credits, the authors and date, and the furniture left out, each drop reported.

const STORY = [
  'The river crossing at Lower Ford will close',
  'Drivers will be sent on a twelve-mile detour',
  'The council said the work could not wait',
  'Shops on the north bank said they feared',
]

const imported = (name: string) =>
  importHtml(readFileSync(fixturePath('import', 'sites', name), 'utf8'))

const inline = (text: unknown): string =>
  typeof text === 'string'
    ? text
    : Array.isArray(text)
      ? text.map((run: { text: string }) => run.text).join('')
      : ''

function allText(article: ImportedArticle): string {
  return article.body
    .map((block: BlockData) => {
      if ('text' in block) return inline(block.text)
      if (block.type === 'list')
        return block.items
          .map((item) => inline(typeof item === 'object' && 'text' in item ? item.text : item))
          .join(' ')
      if (block.type === 'callout')
        return `${block.title ?? ''} ${block.content.map((part) => ('text' in part ? inline(part.text) : part.items.map(inline).join(' '))).join(' ')}`
      return ''
    })
    .join('\n')
}

const photos = (article: ImportedArticle) =>
  article.body.flatMap((block) =>
    block.type === 'image' ? [block.image] : block.type === 'gallery' ? block.images : [],
  )

interface Row {
  file: string
  authors: string[]
  publishedAt: string
  /** Photos in the body (not counting the lead). */
  photos: number
  lead?: { caption?: string; credit?: string }
  /** Lines of the page that must not be in the body. */
  furniture: string[]
  /** Report lines that must be there. */
  notes: string[]
}

const rows: Row[] = [
  {
    file: 'guardian-like.html',
    authors: ['Ana Ruiz', 'Tom Ellery'],
    publishedAt: '2024-06-04T06:00:00.000Z',
    photos: 1,
    lead: {
      caption: 'The bridge at Lower Ford was built in 1958.',
      credit: 'Photograph: Ana Ruiz/The Courier',
    },
    furniture: [
      'Sign up to Valley Morning',
      'We use cookies',
      'Share on Facebook',
      'Most viewed',
      'Comments (123)',
    ],
    notes: [
      'dropped 1 sign-up box by its class name',
      'dropped 1 aside of links (related stories or navigation)',
    ],
  },
  {
    file: 'bbc-like.html',
    authors: ['Ana Ruiz'],
    publishedAt: '2024-06-04T05:12:31.000Z',
    photos: 0,
    lead: { caption: 'The bridge carries 14,000 vehicles a day', credit: 'Getty Images' },
    furniture: [
      'Transport correspondent, Valley News',
      'Image caption',
      'Top stories',
      '4 June 2024',
    ],
    notes: [],
  },
  {
    file: 'nyt-like.html',
    authors: ['Ana Ruiz', 'Tom Ellery'],
    publishedAt: '2024-06-04T09:00:27.000Z',
    photos: 1,
    lead: {
      caption: 'The Lower Ford bridge, which opened in 1958, carries about 14,000 vehicles a day.',
      credit: 'Ana Ruiz for The Daily Record',
    },
    furniture: [
      'Advertisement',
      'June 4, 2024',
      'Share full article',
      'Lower Ford Journal',
      'For 18 months, a 12-mile detour',
    ],
    notes: ['dropped 1 ad container by its class name'],
  },
  {
    file: 'ghost-like.html',
    authors: ['Ana Ruiz', 'Tom Ellery'],
    publishedAt: '2024-06-04T07:15:00.000Z',
    photos: 2,
    lead: { caption: 'The bridge at dusk.', credit: 'Photo by Ana Ruiz' },
    furniture: ['Sign up for The Valley Letter', '💡', 'Another post'],
    notes: [
      'dropped 1 sign-up box by its class name',
      'dropped 1 link preview thumbnail (the link is kept)',
    ],
  },
  {
    file: 'substack-like.html',
    authors: ['Ana Ruiz'],
    publishedAt: '2024-06-04T11:02:13+00:00',
    photos: 1,
    furniture: ['reader-supported publication', 'Subscribe now'],
    notes: [
      'dropped 1 sign-up box by its class name',
      'dropped 1 call-to-action button (subscribe, support, share)',
    ],
  },
  {
    file: 'amp-like.html',
    authors: ['Tom Ellery'],
    publishedAt: '2024-06-04T08:30:00+01:00',
    photos: 1,
    lead: { caption: 'The bridge opened in 1958.', credit: 'Valley Times' },
    furniture: ['Advertisement'],
    notes: [
      'dropped 1 ad container by its class name',
      'dropped 1 iframe from unknown providers (polls.example.org)',
    ],
  },
  {
    file: 'drupal-like.html',
    authors: ['Ana Ruiz'],
    publishedAt: '2024-06-04T10:00:00+01:00',
    photos: 1,
    lead: { caption: 'The bridge from the south bank.', credit: 'Valley County Council' },
    furniture: ['This website uses cookies', 'Related news', 'Tue, 06/04/2024'],
    notes: [],
  },
  {
    file: 'jsonld-only.html',
    authors: ['Ana Ruiz', 'Tom Ellery'],
    publishedAt: '2024-06-04T06:00:00Z',
    photos: 0,
    lead: { caption: 'The Lower Ford bridge.', credit: 'Photo by Tom Ellery/Wire' },
    furniture: [],
    notes: [],
  },
  {
    file: 'lazy-images.html',
    authors: ['Tom Ellery'],
    publishedAt: '2024-06-04T12:00:00Z',
    photos: 6,
    furniture: [],
    notes: ['dropped 1 tracking pixel'],
  },
]

describe.each(rows)('$file', (row) => {
  const { article, notes } = imported(row.file)

  test('passes the strict schema', () => {
    expect(problemsOf(strictArticleSchema, article)).toEqual([])
  })

  test('keeps every paragraph of the story, in order', () => {
    const text = allText(article)
    const at = STORY.map((start) => text.indexOf(start))
    expect(at.every((index) => index >= 0)).toBe(true)
    expect([...at].sort((a, b) => a - b)).toEqual(at)
  })

  test('names every author and the publication time', () => {
    expect(article.byline.map((author) => author.name)).toEqual(row.authors)
    expect(article.publishedAt).toBe(row.publishedAt)
  })

  test('keeps the photos in the body, each with an https source', () => {
    expect(photos(article)).toHaveLength(row.photos)
    for (const photo of photos(article)) expect(photo.src).toMatch(/^https:\/\//)
  })

  test.runIf(row.lead !== undefined)('keeps the lead photo with its caption and credit', () => {
    expect(article.leadImage).toMatchObject(row.lead ?? {})
  })

  test.runIf(row.furniture.length > 0)('leaves the page furniture out of the body', () => {
    const text = allText(article)
    for (const line of row.furniture) expect(text).not.toContain(line)
  })

  test.runIf(row.notes.length > 0)('reports what it dropped, with counts', () => {
    expect(notes).toEqual(expect.arrayContaining(row.notes))
  })
})

describe('pages in the detail', () => {
  test('a Guardian-style amendment line becomes a dated correction note', () => {
    expect(imported('guardian-like.html').article.body.at(-1)).toEqual({
      type: 'note',
      kind: 'correction',
      date: '2024-06-04',
      text: 'This article was amended on 4 June 2024 to correct the date the closure begins.',
    })
  })

  test("a quotation's footer is its attribution", () => {
    expect(imported('guardian-like.html').article.body).toContainEqual(
      expect.objectContaining({ type: 'quote', attribution: 'Ruth Pell, chamber of commerce' }),
    )
  })

  test('an NYT-style kicker and summary above the headline are the kicker and standfirst', () => {
    expect(imported('nyt-like.html').article).toMatchObject({
      kicker: 'Lower Ford Journal',
      standfirst: 'For 18 months, a 12-mile detour will separate the two halves of Lower Ford.',
    })
  })

  test('a BBC subheading Readability wrapped in a paragraph stays a heading', () => {
    expect(imported('bbc-like.html').article.body).toContainEqual({
      type: 'heading',
      text: "'A frightening thing to hear'",
    })
  })

  test('Ghost cards: a callout without its icon, a toggle as a titled box, a bookmark as a linked line', () => {
    const { body } = imported('ghost-like.html').article
    expect(body).toContainEqual(
      expect.objectContaining({
        type: 'callout',
        title: 'Why not repair the old deck?',
      }),
    )
    expect(body).toContainEqual({
      type: 'paragraph',
      text: [
        {
          text: 'Lower Ford bridge replacement',
          href: 'https://county.example/roadworks/lower-ford',
        },
        { text: ' — Details of the closure, the detour and the shuttle bus timetable.' },
      ],
    })
  })

  test('a Substack footnote keeps its mark in the text and its note at the end', () => {
    const text = allText(imported('substack-like.html').article)
    expect(text).toContain('during the day.[1]')
    expect(text).toContain('[1] The detour figure is the council’s')
  })

  test('AMP players and posts become embeds', () => {
    expect(
      imported('amp-like.html').article.body.flatMap((block) =>
        block.type === 'embed' ? [[block.provider, block.url]] : [],
      ),
    ).toEqual([
      ['youtube', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
      ['x', 'https://twitter.com/i/status/1790000000000000000'],
    ])
  })

  test('a Drupal description list keeps each term with its descriptions', () => {
    const lists = imported('drupal-like.html').article.body.flatMap((block) =>
      block.type === 'list' ? block.items : [],
    )
    expect(lists).toContainEqual([
      { text: 'Detour', strong: true },
      { text: ': Via Mill Bridge (12 miles); Signed from the A48 roundabout' },
    ])
  })

  test.each([
    ['a data: placeholder with data-src', 'one-1024x683.jpg', 1024, 683],
    ['a placeholder image with data-lazy-srcset, the largest', 'two-1600.jpg', 1600, 900],
    ['a picture whose img is a placeholder, its first source', 'three.avif', 1200, 800],
    ['a WordPress .wp-caption, size from the file name', 'four-800x533.jpg', 800, 533],
  ])('lazy photos: %s', (_name, file, width, height) => {
    const found = photos(imported('lazy-images.html').article).find((image) =>
      image.src.endsWith(file),
    )
    expect(found).toMatchObject({ width, height })
  })

  test('a .wp-caption keeps its caption and credit, not as body text', () => {
    const { article } = imported('lazy-images.html')
    expect(photos(article)).toContainEqual(
      expect.objectContaining({
        caption: 'Cyclists will be able to walk their bikes across.',
        credit: 'Photo by Ana Ruiz',
      }),
    )
    expect(allText(article)).not.toContain('Cyclists will be able')
  })

  test('an Arabic page without dir or lang reads right to left, its slug transliterated', () => {
    const { article, notes } = imported('rtl-no-lang.html')
    expect(article).toMatchObject({ dir: 'rtl', slug: 'aghlaq-jsr-lwyr-fwrd-lmda-18-shhra' })
    expect(article).not.toHaveProperty('language')
    expect(notes).toContain(
      'slug "aghlaq-jsr-lwyr-fwrd-lmda-18-shhra" transliterated from the headline; pass --slug to choose another',
    )
  })
})
