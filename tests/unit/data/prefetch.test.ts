import { http, HttpResponse } from 'msw'
import { afterEach, expect, test, vi } from 'vitest'
import { createQueryClient } from '../../../src/app/query-client'
import { prefetch } from '../../../src/data/prefetch'
import { articleQueryOptions, frontPageQueryOptions } from '../../../src/data/queries'
import { readSampleArticle, SEED_SLUG } from '../../support/fixtures'
import { server } from '../../support/server'

// Every request for an article waits until the test lets it go, so the queue can be watched.
function holdArticleRequests() {
  const asked: string[] = []
  const release: (() => void)[] = []
  server.use(
    http.get('*/content/articles/:file', async ({ params }) => {
      const slug = String(params.file).replace(/\.json$/, '')
      asked.push(slug)
      await new Promise<void>((resolve) => release.push(resolve))
      return HttpResponse.json({ ...(readSampleArticle(SEED_SLUG) as object), slug })
    }),
  )
  return {
    asked,
    releaseAll: () => {
      release.splice(0).forEach((resolve) => {
        resolve()
      })
    },
  }
}

const waitForRequests = (asked: string[], count: number) =>
  expect.poll(() => asked.length, { timeout: 3_000 }).toBe(count)

test('two stories load at once; the rest wait, newest interest first, each once, and old interest expires', async () => {
  const queryClient = createQueryClient()
  const requests = holdArticleRequests()
  const slugs = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'].map(
    (letter) => `story-${letter}`,
  )
  for (const slug of slugs) prefetch(queryClient, articleQueryOptions(slug))
  // Hovered again while waiting: not queued twice, and now the freshest interest.
  prefetch(queryClient, articleQueryOptions('story-d'))
  await waitForRequests(requests.asked, 2)
  expect(requests.asked).toEqual(['story-a', 'story-b'])

  requests.releaseAll()
  await waitForRequests(requests.asked, 4)
  expect(requests.asked.slice(2)).toEqual(['story-d', 'story-j'])
  for (let released = 4; released < 8; released += 2) {
    requests.releaseAll()
    await waitForRequests(requests.asked, released + 2)
  }
  requests.releaseAll()
  // Six newer stories queued behind c and e (d's second hover included): those two were let go.
  expect(requests.asked.slice(4)).toEqual(['story-i', 'story-h', 'story-g', 'story-f'])
  // Once the last two have landed, the line is empty: nothing left waiting could start after them.
  await expect.poll(() => queryClient.isFetching(), { timeout: 3_000 }).toBe(0)
  expect(requests.asked).toHaveLength(8)
  expect(requests.asked).not.toContain('story-c')
  expect(requests.asked).not.toContain('story-e')
  queryClient.clear()
})

test('pages of an index wait in the same line as stories: two requests at a time, whatever they are', async () => {
  const queryClient = createQueryClient()
  const requests = holdArticleRequests()
  const pagesAsked: number[] = []
  server.use(
    http.get('*/content/pages/:file', ({ params }) => {
      const page = Number(String(params.file).replace(/\.json$/, ''))
      pagesAsked.push(page)
      return HttpResponse.json({ articles: [], page, pageCount: 3 })
    }),
  )
  prefetch(queryClient, articleQueryOptions('story-a'))
  prefetch(queryClient, articleQueryOptions('story-b'))
  prefetch(queryClient, frontPageQueryOptions(2))
  await waitForRequests(requests.asked, 2)
  expect(pagesAsked).toEqual([])
  requests.releaseAll()
  await expect.poll(() => pagesAsked, { timeout: 3_000 }).toEqual([2])
  await expect.poll(() => queryClient.getQueryData(frontPageQueryOptions(2).queryKey)?.page).toBe(2)
  queryClient.clear()
})

afterEach(() => {
  vi.unstubAllGlobals()
  Reflect.deleteProperty(navigator, 'connection')
})

test.each([
  ['asked to save data', { saveData: true, effectiveType: '4g' }],
  ['on a 2G connection', { saveData: false, effectiveType: '2g' }],
  ['on a slow-2G connection', { effectiveType: 'slow-2g' }],
])('a reader who is %s gets no prefetching', (_case, connection) => {
  vi.stubGlobal('navigator', { onLine: true, connection })
  const queryClient = createQueryClient()
  prefetch(queryClient, articleQueryOptions('story-save-data'))
  // A prefetch puts its query in the cache at once; the decision not to is just as immediate.
  expect(queryClient.getQueryState(articleQueryOptions('story-save-data').queryKey)).toBeUndefined()
})

test('a reader on a fast connection gets the story prefetched', async () => {
  vi.stubGlobal('navigator', {
    onLine: true,
    connection: { saveData: false, effectiveType: '4g' },
  })
  const queryClient = createQueryClient()
  const requests = holdArticleRequests()
  prefetch(queryClient, articleQueryOptions('story-fast'))
  expect(queryClient.getQueryState(articleQueryOptions('story-fast').queryKey)?.fetchStatus).toBe(
    'fetching',
  )
  await waitForRequests(requests.asked, 1)
  requests.releaseAll()
  await expect.poll(() => queryClient.isFetching(), { timeout: 3_000 }).toBe(0)
  queryClient.clear()
})
