import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { checkFile } from '../../build/content/validate-articles'
import { publishIntoDist } from '../../build/publish/publish-article'
import { previewPort } from '../../build/shared/preview-port'
import type { StaticServer } from '../support/static-server'
import { startStaticServer } from '../support/static-server'
import { expect, expectNoAxeViolations, SEED_HEADLINE, test } from './fixtures'

// `npm run publish` and search: a story published after the build is found at once, and a corrected story is
// found by its new words, once, never by the words the correction took out. The publish goes into a copy of
// the production build (the other browser tests keep theirs), served as a static host serves it.

const PORT = previewPort() + 2
const ORIGIN = `http://127.0.0.1:${PORT}`
const SEED_SLUG = 'us-deep-concerns-china-alignment-russia'
const NEW_SLUG = 'harbour-ferry-returns-after-forty-years'
const NEW_HEADLINE = 'Harbour Ferry Returns After Forty Years'
// Words no sample story uses, so only a published story can match them.
const NEW_PHRASE = 'periwinkle zeppelins'
const CORRECTED_PHRASE = 'marmalade cartographers'

let server: StaticServer | undefined
let site: string | undefined

test.use({ appOrigin: ORIGIN, baseURL: ORIGIN })

const searchField = (page: Page) => page.getByRole('searchbox', { name: 'Search stories' })
const results = (page: Page) => page.getByRole('list', { name: /^Results for/ })
const summary = (page: Page) =>
  page.getByRole('status').filter({ hasText: /found for|not available|Searching/ })

async function publish(
  dist: string,
  slug: string,
  change: (article: Record<string, unknown>) => void,
) {
  const seed = JSON.parse(
    await readFile(path.join('public/content/articles', `${SEED_SLUG}.json`), 'utf8'),
  ) as Record<string, unknown>
  change(seed)
  const bytes = Buffer.from(JSON.stringify({ ...seed, slug }))
  const checked = checkFile('public/content/articles', `${slug}.json`, bytes)
  if (!checked.record) throw new Error(JSON.stringify(checked.problems))
  await publishIntoDist({
    dist,
    record: checked.record,
    json: JSON.parse(bytes.toString('utf8')) as unknown,
    variants: {},
  })
}

test.beforeAll(async () => {
  site = await mkdtemp(path.join(tmpdir(), 'broadsheet-search-publish-'))
  const dist = path.join(site, 'dist')
  await cp('dist', dist, { recursive: true })
  // publish reads the build's manifest beside dist/, as `npm run publish` does.
  await mkdir(path.join(site, 'dist-ssr'))
  await cp('dist-ssr/publish-manifest.json', path.join(site, 'dist-ssr/publish-manifest.json'))

  await publish(dist, NEW_SLUG, (article) => {
    article.headline = NEW_HEADLINE
    article.publishedAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z')
    delete article.updatedAt
    delete article.related
    article.standfirst = `A ferry crossing, and the ${NEW_PHRASE} that once flew over it.`
    article.body = [{ type: 'paragraph', text: 'The crossing takes twenty minutes.' }]
  })
  await publish(dist, SEED_SLUG, (article) => {
    article.standfirst = `Corrected: officials met the ${CORRECTED_PHRASE} in Rome.`
  })
  server = await startStaticServer(dist, '/', PORT)
})

test.afterAll(async () => {
  await server?.close()
  if (site !== undefined) await rm(site, { recursive: true, force: true })
})

test('a story published after the build is found by a phrase of its own', async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent(NEW_PHRASE)}`)
  // Pagefind also offers stories with a word the query's words begin with ("per"): the new one comes first.
  const first = results(page).getByRole('listitem').first()
  await expect(first.getByRole('link', { name: NEW_HEADLINE })).toBeVisible()
  await expect(first.locator('mark').first()).toHaveText('periwinkle')
  await expectNoAxeViolations(page)
})

test('a corrected story is found by its new words, and listed once', async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent(CORRECTED_PHRASE)}`)
  const first = results(page).getByRole('listitem').first()
  await expect(first.getByRole('link', { name: SEED_HEADLINE })).toBeVisible()
  await expect(first.locator('mark').first()).toHaveText('marmalade')

  // Words both copies hold: the main index's older copy is left out, and not counted.
  await searchField(page).fill('Sullivan')
  await page.keyboard.press('Enter')
  await expect(summary(page)).toHaveText('1 story found for “Sullivan”.')
  await expect(results(page).getByRole('link', { name: SEED_HEADLINE })).toHaveCount(1)
})
