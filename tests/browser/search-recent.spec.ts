import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { writeSearchIndex } from '../../build/syndication/search-index'
import { previewPort } from '../../build/shared/preview-port'
import type { StaticServer } from '../support/static-server'
import { startStaticServer } from '../support/static-server'
import { expect, expectNoAxeViolations, test } from './fixtures'

// A large archive's search (build/syndication/search-recent.ts): the newest stories' small index answers a
// common word, "Show more" goes on into the full index, and a rare word goes straight to the full one. The
// sample content is too small to have a recent index, so a copy of the production build gets an index of 25
// stories with a recent index of the newest 12, served as a static host serves it.

const PORT = previewPort() + 3
const ORIGIN = `http://127.0.0.1:${PORT}`
const STORIES = 25
const RECENT = 12

let server: StaticServer | undefined
let site: string | undefined

test.use({ appOrigin: ORIGIN, baseURL: ORIGIN })

const results = (page: Page) => page.getByRole('list', { name: /^Results for/ })
const summary = (page: Page) => page.getByRole('status').filter({ hasText: /found for/ })

/** Story n, published on 1 + n January 2024: every one mentions the lighthouse, only story 3 a zeppelin. */
function story(n: number) {
  const day = String(n + 1).padStart(2, '0')
  return {
    url: `/articles/lighthouse-${String(n)}`,
    content: `The lighthouse keeper's log, day ${String(n)}.${n === 3 ? ' A zeppelin passed.' : ''}`,
    language: 'en',
    meta: {
      slug: `lighthouse-${String(n)}`,
      title: `Lighthouse Log ${String(n)}`,
      published: `2024-01-${day}T12:00:00.000Z`,
    },
    sort: { published: `2024-01-${day}T12:00:00.000Z` },
  }
}

test.beforeAll(async () => {
  test.setTimeout(120_000)
  site = await mkdtemp(path.join(tmpdir(), 'broadsheet-search-recent-'))
  const dist = path.join(site, 'dist')
  await cp('dist', dist, { recursive: true })
  const records = Array.from({ length: STORIES }, (_, n) => story(n))
  await writeSearchIndex(records, path.join(dist, 'pagefind'), 'en', RECENT)
  server = await startStaticServer(dist, '/', PORT)
})

test.afterAll(async () => {
  await server?.close()
  if (site !== undefined) await rm(site, { recursive: true, force: true })
})

test('a word in every story is answered from the newest stories, and Show more reaches the oldest', async ({
  page,
}) => {
  await page.goto('/search?q=lighthouse')
  // The newest 12 stories (14 to 25 January), ten of them shown.
  await expect(summary(page)).toHaveText(
    '12 stories found for “lighthouse” since January 14, 2024.',
  )
  await expect(results(page).getByRole('listitem')).toHaveCount(10)
  await expectNoAxeViolations(page)
  const more = page.getByRole('button', { name: 'Show more results' })
  await more.click()
  // Past the recent index, the full one counts every story, and none is listed twice.
  await expect(summary(page)).toHaveText('25 stories found for “lighthouse”.')
  await expect(results(page).getByRole('listitem')).toHaveCount(20)
  await more.click()
  await expect(results(page).getByRole('listitem')).toHaveCount(STORIES)
  await expect(
    results(page).getByRole('link', { name: 'Lighthouse Log 0', exact: true }),
  ).toBeVisible()
  const headlines = await results(page).getByRole('heading').allInnerTexts()
  expect(new Set(headlines).size).toBe(STORIES)
  await expect(more).toHaveCount(0)
})

test('a word only in an older story is found in the full index, counted there', async ({
  page,
}) => {
  await page.goto('/search?q=zeppelin')
  await expect(summary(page)).toHaveText('1 story found for “zeppelin”.')
  await expect(results(page).getByRole('link', { name: 'Lighthouse Log 3' })).toBeVisible()
})

test('the recent index fetches no second copy of Pagefind’s WebAssembly', async ({ page }) => {
  const requested: string[] = []
  page.on('request', (request) => requested.push(new URL(request.url()).pathname))
  await page.goto('/search?q=lighthouse')
  await expect(summary(page)).toHaveText(/^12 stories found/)
  expect(requested.filter((each) => each.includes('/pagefind/recent/'))).not.toEqual([])
  // One address, so the second instance's request is answered from the HTTP cache (revalidated: the index's
  // files are served with max-age=0), never a second copy under the recent index's folder.
  expect(new Set(requested.filter((each) => /wasm\.[^/]*\.pagefind$/.test(each)))).toEqual(
    new Set(['/pagefind/wasm.en.pagefind']),
  )
})
