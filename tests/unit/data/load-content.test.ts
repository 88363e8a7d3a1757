// @vitest-environment node
import { readdirSync } from 'node:fs'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { ContentError, isRetryable } from '../../../src/content/content-error'
import type { ArticleView } from '../../../src/content/view-model'
import type { ImageView } from '../../../src/content/image-view'
import type { RunView } from '../../../src/content/inline-view'
import type { ListView, TableView } from '../../../src/content/block-view'
import { loadArticle } from '../../../src/data/load-content'
import {
  DROPPED_MARKER,
  HOSTILE_CASES,
  HOSTILE_DIR,
  hostileBody,
} from '../../support/hostile-cases'
import type { HostileCase } from '../../support/hostile-cases'

// The hostile corpus through the reader's whole edge (fetch, size limit, JSON, lenient schema, view model),
// one row per case: what a reader would be shown, or the problem the can't-display page names. The browser
// spec (tests/browser/hostile-content.spec.ts) keeps only what a browser alone can show: nothing runs, nothing
// is fetched from elsewhere, the Content Security Policy holds.

const SAFE_URL = /^(?:\/(?![/\\])|https:\/\/)/

afterEach(() => {
  vi.unstubAllGlobals()
})

/** Serves the case's bytes as the article file, the way a static host would. */
function serve(hostile: HostileCase): void {
  vi.stubGlobal('fetch', () =>
    Promise.resolve(
      new Response(new Uint8Array(hostileBody(hostile)), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      }),
    ),
  )
}

function load(hostile: HostileCase): Promise<ArticleView> {
  const slug = `hostile-${hostile.name}`
  return loadArticle(`/content/articles/${slug}.json`, slug, new AbortController().signal)
}

async function failureOf(promise: Promise<unknown>): Promise<ContentError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ContentError) return error
    throw error
  }
  throw new Error('expected the article to be refused')
}

const runsText = (runs: RunView[]) => runs.map((run) => run.text).join('')

function imageText(image: ImageView | undefined): string[] {
  return image === undefined ? [] : [image.caption ?? '', image.credit ?? '']
}

function listTexts(list: ListView): string[] {
  return list.items.flatMap((item) => [
    runsText(item.runs),
    ...(item.sublist?.items ?? []).map((sub) => runsText(sub.runs)),
  ])
}

function cellTexts(row: TableView['body'][number]): string[] {
  return row.cells.map((cell) => runsText(cell.runs))
}

/** Every text the page shows, in reading order (alt text and URLs are not shown). */
function shownTexts(view: ArticleView): string[] {
  return [
    view.section?.name ?? '',
    view.kicker ?? '',
    view.headline,
    view.standfirst ?? '',
    ...view.byline.flatMap((author) => [author.name, author.title ?? '']),
    ...imageText(view.leadImage),
    ...view.body.flatMap((block) => {
      switch (block.type) {
        case 'paragraph':
          return [runsText(block.runs)]
        case 'quote':
          return [runsText(block.runs), block.attribution ?? '']
        case 'heading':
        case 'related':
          return [block.type === 'heading' ? block.text : `Related: ${block.headline}`]
        case 'image':
          return imageText(block.image)
        case 'pullquote':
        case 'note':
          return [runsText(block.runs)]
        case 'list':
          return listTexts(block)
        case 'table':
          return [block.caption ?? '', ...[...block.head, ...block.body].flatMap(cellTexts)]
        case 'callout':
          return [
            block.title ?? '',
            ...block.content.flatMap((part) =>
              part.type === 'paragraph' ? [runsText(part.runs)] : listTexts(part),
            ),
          ]
        case 'gallery':
          return block.images.flatMap(imageText)
        case 'video':
        case 'audio':
          return [block.title, block.caption ?? '', block.credit ?? '', ...block.transcript]
        case 'embed':
          return [block.title, block.fallback ?? '']
        case 'code':
        case 'formula':
          return [block.text]
        case 'break':
          return []
      }
    }),
    ...view.related.flatMap((item) => [
      item.headline,
      item.kind === 'external' ? (item.source ?? '') : (item.section ?? ''),
    ]),
  ].filter((text) => text !== '')
}

function imageUrls(image: ImageView | undefined): string[] {
  if (image === undefined) return []
  const candidates = [image.srcset ?? '', ...image.sources.map((source) => source.srcset)]
    .flatMap((srcset) => srcset.split(', '))
    .map((candidate) => candidate.split(' ')[0] ?? '')
  return [image.src, ...candidates].filter((url) => url !== '')
}

/** Every URL the page would load or link to, as it would be written in the page. */
function pageUrls(view: ArticleView): string[] {
  const runLinks = (runs: RunView[]) =>
    runs.flatMap((run) =>
      run.link === undefined
        ? []
        : [run.link.kind === 'internal' ? `/articles/${run.link.slug}` : run.link.href],
    )
  return [
    ...imageUrls(view.leadImage),
    ...view.body.flatMap((block) => {
      switch (block.type) {
        case 'paragraph':
        case 'quote':
          return runLinks(block.runs)
        case 'image':
          return imageUrls(block.image)
        case 'related':
          return [`/articles/${block.slug}`]
        case 'pullquote':
        case 'note':
          return runLinks(block.runs)
        case 'list':
          return block.items.flatMap((item) => [
            ...runLinks(item.runs),
            ...(item.sublist?.items ?? []).flatMap((sub) => runLinks(sub.runs)),
          ])
        case 'table':
          return [...block.head, ...block.body].flatMap((row) =>
            row.cells.flatMap((cell) => runLinks(cell.runs)),
          )
        case 'gallery':
          return block.images.flatMap(imageUrls)
        case 'video':
          return [block.src, block.poster ?? '', ...block.tracks.map((track) => track.src)]
        case 'audio':
          return [block.src, ...block.tracks.map((track) => track.src)]
        case 'embed':
          return [block.url, block.frameSrc ?? '']
        case 'heading':
        case 'callout':
        case 'code':
        case 'break':
        case 'formula':
          return []
      }
    }),
    ...view.related.flatMap((item) =>
      item.kind === 'external' ? [item.href] : [`/articles/${item.slug}`, ...imageUrls(item.image)],
    ),
  ]
}

function photoCount(view: ArticleView): number {
  return (
    (view.leadImage === undefined ? 0 : 1) +
    view.body.filter((block) => block.type === 'image').length
  )
}

describe('the hostile corpus', () => {
  test('names every file in tests/fixtures/hostile/ in cases.json', () => {
    const files = readdirSync(HOSTILE_DIR).filter(
      (name) => name.endsWith('.json') && name !== 'cases.json',
    )
    expect(
      HOSTILE_CASES.map((hostile) => hostile.file)
        .filter(Boolean)
        .sort(),
    ).toEqual(files.sort())
  })
})

const refused = HOSTILE_CASES.flatMap((hostile) =>
  hostile.expected === 'cannot-display' ? [hostile] : [],
)
const rendered = HOSTILE_CASES.flatMap((hostile) =>
  hostile.expected === 'renders' ? [hostile] : [],
)

describe('a hostile file the reader refuses', () => {
  test.each(refused.map((hostile) => [hostile.name, hostile] as const))(
    '%s: the can’t-display page names the problem, and retrying is not offered',
    async (_name, hostile) => {
      serve(hostile)
      const error = await failureOf(load(hostile))
      expect(error.kind).toBe('invalid')
      expect(error.problems).toContainEqual({
        path: hostile.problem.field,
        reason: hostile.problem.reason,
      })
      expect(isRetryable(error)).toBe(false)
      // The payload is the publisher's to see in their file, not echoed back in the problem list.
      expect(JSON.stringify(error.problems)).not.toMatch(/<script|__pwned|MUST-BE-DROPPED/)
    },
  )
})

describe('a hostile file the reader shows without its broken parts', () => {
  test.each(rendered.map((hostile) => [hostile.name, hostile] as const))(
    '%s: the headline is exact, the good parts survive, the marked parts are gone',
    async (_name, hostile) => {
      serve(hostile)
      const view = await load(hostile)
      expect(view.headline).toBe(hostile.headline)
      const texts = shownTexts(view)
      for (const text of hostile.shows)
        expect(
          texts.some((shown) => shown.includes(text)),
          `shows “${text}”`,
        ).toBe(true)
      expect(JSON.stringify(view)).not.toContain(DROPPED_MARKER)
      const unsafe = pageUrls(view).filter((url) => !SAFE_URL.test(url))
      expect(unsafe).toEqual([])
      const badArticleLinks = pageUrls(view).filter(
        (url) =>
          url.startsWith('/articles/') && !/^\/articles\/[a-z0-9]+(?:-[a-z0-9]+)*$/.test(url),
      )
      expect(badArticleLinks).toEqual([])
    },
  )

  test.each(
    rendered
      .filter((hostile) => hostile.urlPayloads !== undefined)
      .map((hostile) => [hostile.name, hostile] as const),
  )('%s: the safe links and photos among the hostile ones survive', async (_name, hostile) => {
    serve(hostile)
    const view = await load(hostile)
    const urls = pageUrls(view)
    expect(urls).toContain('https://example.com/safe')
    expect(urls).toContain('/articles/us-deep-concerns-china-alignment-russia')
    expect(urls).toContain('/content/images/us-deep-concerns-china-alignment-russia-2.jpg')
    expect(urls).toContain(
      '/content/images/variants/us-deep-concerns-china-alignment-russia-2-800.webp',
    )
    // The hostile photos are gone, not kept with a blank picture.
    expect(photoCount(view)).toBe(Math.ceil((hostile.urlPayloads ?? 0) / 10))
  })
})
