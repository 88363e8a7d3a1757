import { describe, expect, test } from 'vitest'
import type { BlockView } from '../../../src/content/block-view'
import { lenientArticleSchema, strictArticleSchema } from '../../../src/content/format'
import { problemsOf } from '../../../src/content/problems'
import { toArticleView } from '../../../src/content/view-model'
import { readFixture, TEST_POLICY } from '../../support/fixtures'

// Format version 2's blocks, from the file a publisher writes to what the body's components are given.

const v2 = readFixture('articles/v2-blocks.json') as Record<string, unknown> & { body: unknown[] }

function withBody(...body: unknown[]): Record<string, unknown> {
  return { ...v2, body }
}

function strictProblems(json: unknown): string[] {
  return problemsOf(strictArticleSchema, json).map(
    (problem) => `${problem.path}: ${problem.reason}`,
  )
}

function view(json: unknown, policy = TEST_POLICY) {
  return toArticleView(lenientArticleSchema.parse(json), 'harbour-budget-what-we-know', policy)
}

function blockOf<T extends BlockView['type']>(json: unknown, type: T) {
  const block = view(json).body.find((candidate) => candidate.type === type)
  if (block?.type !== type) throw new Error(`no ${type} block in the view`)
  return block as Extract<BlockView, { type: T }>
}

describe('version 2 files under the strict schema', () => {
  test('accept a file that uses every new block', () => {
    expect(strictProblems(v2)).toEqual([])
  })

  test.each([
    ['a list with no items', { type: 'list', items: [] }, 'body[0].items: has no items'],
    [
      'a table with a row of 51 cells',
      { type: 'table', rows: [Array.from({ length: 51 }, () => 'x')] },
      'body[0].rows[0]: has more than 50 cells',
    ],
    ['a table with no rows', { type: 'table', rows: [] }, 'body[0].rows: has no rows'],
    [
      'a note of an unknown kind',
      { type: 'note', kind: 'retraction', text: 'x' },
      'body[0].kind: must be one of "correction", "update", "clarification", "editors-note"',
    ],
    [
      'a video from a javascript: URL',
      { type: 'video', src: 'javascript:alert(1)', title: 'Video' },
      'body[0].src: must be a same-origin path (/…) or an https: URL',
    ],
    [
      'an embed from an unknown provider',
      { type: 'embed', provider: 'myspace', url: 'https://myspace.com/x', title: 'Post' },
      'body[0].provider: must be one of',
    ],
    [
      'an embed whose URL is not https',
      { type: 'embed', provider: 'youtube', url: 'http://youtube.com/watch?v=abc', title: 'Video' },
      'body[0].url: must be an https: URL',
    ],
    ['blank code', { type: 'code', text: ' \n\t ' }, 'body[0].text: is blank'],
    ['a gallery of no photos', { type: 'gallery', images: [] }, 'body[0].images: has no images'],
    [
      'a callout with only an unknown part',
      { type: 'callout', content: [{ type: 'script', text: 'x' }] },
      'body[0].content[0].type: has an unknown type',
    ],
  ])('reject %s, naming the field', (_case, block, problem) => {
    const problems = strictProblems(withBody(block))
    expect(problems.some((found) => found.startsWith(problem))).toBe(true)
  })

  test('accept a version 1 file unchanged', () => {
    const v1: Record<string, unknown> = {
      ...v2,
      body: [{ type: 'paragraph', text: 'Still valid.' }],
    }
    delete v1.version
    delete v1.topics
    expect(strictProblems(v1)).toEqual([])
  })
})

describe('version 2 blocks the reader cannot use', () => {
  test.each([
    ['an embed with no title', { type: 'embed', provider: 'youtube', url: 'https://youtu.be/abc' }],
    ['a table row that is not a list', { type: 'table', rows: ['row'] }],
    ['a video with a data: URL', { type: 'video', src: 'data:video/mp4;base64,AA', title: 'Clip' }],
    ['a list of blank items', { type: 'list', items: [' ', '\u200B'] }],
  ])('drop %s and keep the rest of the article', (_case, broken) => {
    const article = view(withBody(broken, { type: 'paragraph', text: 'The rest survives.' }))
    expect(article.body).toHaveLength(1)
    expect(article.body[0]).toMatchObject({ type: 'paragraph' })
  })
})

describe('the view of each new block', () => {
  test('an ordered list keeps its numbering from start, and its one nested level', () => {
    const list = blockOf(v2, 'list')
    expect(list).toMatchObject({ ordered: true, start: 3 })
    expect(list.items.map((item) => item.runs.map((run) => run.text).join(''))).toEqual([
      'Ferry fares rise by 4%',
      'Parking stays free on Sundays',
      'Three new schemes',
    ])
    expect(list.items[2]?.sublist).toMatchObject({ ordered: false })
    expect(list.items[2]?.sublist?.items.map((item) => item.runs[0]?.text)).toEqual([
      'Harbour wall',
      'Cycle lanes',
    ])
  })

  test('an unordered list has no start number, whatever the file says', () => {
    const list = blockOf(withBody({ type: 'list', start: 5, items: ['a'] }), 'list')
    expect(list.start).toBeUndefined()
  })

  test('a table heads its columns and rows, and aligns the columns of figures', () => {
    const table = blockOf(v2, 'table')
    expect(table.caption).toBe('Spending by department')
    expect(table.head[0]?.cells.map((cell) => cell.header)).toEqual(['col', 'col', 'col', 'col'])
    expect(table.body.map((row) => row.cells[0]?.header)).toEqual(['row', 'row', 'row'])
    // 2025 and 2026 are figures (a dash counts as "none"); the notes column is not.
    expect(table.body[0]?.cells.map((cell) => cell.numeric)).toEqual([false, true, true, false])
  })

  test('a table without a header row has no head, and no column is aligned for a lone word', () => {
    const table = blockOf(withBody({ type: 'table', rows: [['12', 'apples']] }), 'table')
    expect(table.head).toEqual([])
    expect(table.body[0]?.cells.map((cell) => cell.numeric)).toEqual([true, false])
  })

  test('a figure written in several runs (a bold part, say) still lines up as a figure', () => {
    const table = blockOf(
      withBody({ type: 'table', rows: [[[{ text: '1,2', strong: true }, { text: '34' }]]] }),
      'table',
    )
    expect(table.body[0]?.cells.map((cell) => cell.numeric)).toEqual([true])
  })

  test('a pull quote is not counted again in the reading time', () => {
    const alone = view(withBody({ type: 'paragraph', text: 'One two three.' }))
    const withPullQuote = view(
      withBody(
        { type: 'paragraph', text: 'One two three.' },
        { type: 'pullquote', text: 'One two three.' },
      ),
    )
    expect(withPullQuote.wordCount).toBe(alone.wordCount)
  })

  test('a quote in another language carries its own language tag and direction', () => {
    const quote = blockOf(
      withBody({ type: 'quote', text: 'مرحبا', language: 'ar', dir: 'rtl' }),
      'quote',
    )
    expect(quote).toMatchObject({ language: 'ar', direction: 'rtl' })
  })

  test('a correction dated after the update moves the header’s Updated date to it', () => {
    const article = view(v2)
    expect(article.updated?.iso).toBe('2026-03-15T08:00:00Z')
    expect(blockOf(v2, 'note')).toMatchObject({ kind: 'correction' })
  })

  test('an editor’s note does not count as an update', () => {
    const article = view({
      ...withBody({
        type: 'note',
        kind: 'editors-note',
        date: '2026-04-01',
        text: 'This story is part of a series.',
      }),
      updatedAt: undefined,
    })
    expect(article.updated).toBeUndefined()
  })

  test('a gallery keeps the photos the site allows and leaves out the rest', () => {
    const gallery = blockOf(v2, 'gallery')
    expect(gallery.images.map((image) => image.alt)).toEqual(['Boats', 'The wall'])
  })

  test('a gallery with no allowed photo is left out entirely', () => {
    const article = view(
      withBody(
        {
          type: 'gallery',
          images: [{ src: 'https://blocked.example/a.jpg', alt: 'A', width: 10, height: 10 }],
        },
        { type: 'paragraph', text: 'Text.' },
      ),
    )
    expect(article.body.map((block) => block.type)).toEqual(['paragraph'])
  })

  test('a video keeps its allowed tracks and its transcript paragraphs', () => {
    const video = blockOf(v2, 'video')
    expect(video).toMatchObject({ title: 'The budget briefing', durationSeconds: 95, width: 1280 })
    expect(video.poster).toBe('/content/images/briefing.jpg')
    expect(video.tracks.map((track) => track.label)).toEqual(['English'])
    expect(video.transcript).toEqual(['Good morning.', 'The budget is balanced.'])
  })

  test('audio from a host the site does not allow is left out', () => {
    const noHosts = { ...TEST_POLICY, mediaOrigins: [] }
    const article = view(v2, noHosts)
    expect(article.body.some((block) => block.type === 'audio')).toBe(false)
    expect(article.body.some((block) => block.type === 'video')).toBe(true)
  })

  test('an embed frames the privacy-enhanced player derived from the post URL', () => {
    expect(blockOf(v2, 'embed')).toMatchObject({
      providerName: 'YouTube',
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      frameSrc: 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    })
  })

  test('an embed from a provider the site does not allow keeps its card and link, with no frame', () => {
    const embed = view(v2, { ...TEST_POLICY, embedProviders: ['vimeo'] }).body.find(
      (block) => block.type === 'embed',
    )
    expect(embed).toMatchObject({ url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' })
    expect(embed && 'frameSrc' in embed ? embed.frameSrc : 'missing').toBeUndefined()
  })

  test('code keeps its indentation and loses only the blank lines around it', () => {
    expect(blockOf(v2, 'code').text).toBe('  total = sum(spending)\n    print(total)')
  })

  test('a formula keeps its text, set on its own line unless the file says otherwise', () => {
    expect(blockOf(v2, 'formula')).toMatchObject({
      text: 'r = \\frac{d}{t}',
      notation: 'tex',
      display: true,
    })
  })

  test('inline code is marked as code', () => {
    const paragraphs = view(v2).body.filter((block) => block.type === 'paragraph')
    const last = paragraphs.at(-1)
    expect(last?.type === 'paragraph' && last.runs.map((run) => run.code)).toEqual([false, true])
  })
})

describe('the article’s section, byline and topics', () => {
  test('the section gets the slug of its page from its name', () => {
    expect(view(v2).section).toEqual({ name: 'Politics', slug: 'politics' })
  })

  test('an explicit section slug wins over the name', () => {
    expect(view({ ...v2, sectionSlug: 'pol' }).section).toEqual({ name: 'Politics', slug: 'pol' })
  })

  test('a byline entry keeps the slug of its author page', () => {
    expect(view(v2).byline).toEqual([
      { name: 'Mara Quinn', title: 'Political Editor', slug: 'mara-quinn' },
    ])
  })

  test('topics get slugs from their names, and a repeated topic is listed once', () => {
    expect(view(v2).topics).toEqual([
      { name: 'Budget 2026', slug: 'budget-2026' },
      { name: 'Harbour council', slug: 'harbour-council' },
    ])
  })

  test('an explicit dir overrides the language’s direction', () => {
    expect(view({ ...v2, language: 'en', dir: 'rtl' }).direction).toBe('rtl')
    expect(view({ ...v2, language: 'ar' }).direction).toBe('rtl')
  })
})
