import { http, HttpResponse } from 'msw'
import { afterEach, expect, test } from 'vitest'
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
  await new Promise((resolve) => setTimeout(resolve, 100))
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
  Reflect.deleteProperty(navigator, 'connection')
})

test.each([
  ['asked to save data', { saveData: true, effectiveType: '4g' }],
  ['is on a 2G connection', { saveData: false, effectiveType: '2g' }],
])('a reader who %s gets no prefetching at all', async (_, connection) => {
  Object.defineProperty(navigator, 'connection', { value: connection, configurable: true })
  const queryClient = createQueryClient()
  const requests = holdArticleRequests()
  prefetch(queryClient, articleQueryOptions('story-a'))
  prefetch(queryClient, frontPageQueryOptions(2))
  // The line is empty: the next prefetch on a normal connection starts at once, and it is the only request.
  Reflect.deleteProperty(navigator, 'connection')
  prefetch(queryClient, articleQueryOptions('story-z'))
  await waitForRequests(requests.asked, 1)
  expect(requests.asked).toEqual(['story-z'])
  requests.releaseAll()
  queryClient.clear()
})
