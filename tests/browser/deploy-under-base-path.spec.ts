import { rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { generateCorpus } from '../../build/corpus/corpus'
import { createWorkspace } from '../../build/shared/workspace'
import type { StaticServer } from '../support/static-server'
import { startStaticServer } from '../support/static-server'
import { expect, expectNoAxeViolations, RELATED_HEADLINE, SEED_HEADLINE, test } from './fixtures'

// The deploy story, end to end: a publisher builds the reader with its own name, logo and address, under
// /news/ on their site, with more stories than fit one front page, and puts `dist/` on a plain static host.
// Here the host is a file server that knows nothing of the app (no Vite), following only the `_headers` and
// `_redirects` files the build writes, as Netlify and Cloudflare Pages do.

const PORT = Number(process.env.PREVIEW_PORT ?? 4173) + 1
const ORIGIN = `http://127.0.0.1:${PORT}`
const SITE = {
  VITE_BASE_PATH: '/news/',
  VITE_SITE_NAME: 'The Harbour Times',
  VITE_SITE_URL: 'https://harbour.example',
  VITE_SITE_LOGO: 'harbour-times.svg',
  VITE_SITE_LOGO_WIDTH: '200',
  VITE_SITE_LOGO_HEIGHT: '40',
}
// With the nine sample articles: three pages of up to 30 stories.
const EXTRA_STORIES = 61
const SEED = '/news/articles/us-deep-concerns-china-alignment-russia'
const LOGO = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40" viewBox="0 0 200 40"><rect width="200" height="40" fill="#036"/><text x="10" y="27" font-size="20" fill="#fff">Harbour Times</text></svg>`

let server: StaticServer | undefined
let workspaceDir: string | undefined

test.use({ appOrigin: ORIGIN, baseURL: ORIGIN })

test.beforeAll(async () => {
  test.setTimeout(300_000)
  const workspace = await createWorkspace(path.join(tmpdir(), 'broadsheet-base-path'))
  workspaceDir = workspace.dir
  const articles = path.join(workspace.dir, 'public/content/articles')
  for (const file of generateCorpus({ count: EXTRA_STORIES, seed: 7, photos: 2 }))
    await writeFile(path.join(articles, `${file.slug}.json`), file.json)
  await writeFile(path.join(workspace.dir, 'public', SITE.VITE_SITE_LOGO), LOGO)
  await workspace.run('npm', ['run', 'build'], SITE)
  server = await startStaticServer(path.join(workspace.dir, 'dist'), '/news/', PORT)
})

test.afterAll(async () => {
  await server?.close()
  if (workspaceDir !== undefined) await rm(workspaceDir, { recursive: true, force: true })
})

test('a reader opens an article under /news/ and follows a related story', async ({ page }) => {
  await page.goto(SEED)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE)
  await expect(page).toHaveTitle(`${SEED_HEADLINE} – The Harbour Times`)
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    `https://harbour.example${SEED}`,
  )
  // The masthead shows the publisher's logo, named for screen readers, linking to their front page.
  const home = page.getByRole('link', { name: 'The Harbour Times' })
  await expect(home).toHaveAttribute('href', '/news/')
  await expect(home.getByRole('img', { name: 'The Harbour Times' })).toHaveJSProperty(
    'naturalWidth',
    200,
  )
  // The lead photo comes from the content folder under the base path, as a generated variant.
  const photo = page.getByRole('figure').first().getByRole('img')
  await expect(photo).toHaveJSProperty('complete', true)
  expect(await photo.evaluate((image: HTMLImageElement) => image.currentSrc)).toContain(
    `${ORIGIN}/news/content/images/variants/`,
  )

  await page.getByRole('link', { name: RELATED_HEADLINE }).first().click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(RELATED_HEADLINE)
  expect(new URL(page.url()).pathname).toMatch(/^\/news\/articles\//)
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE)
})

test('the front page comes in pages, each its own address', async ({ page }) => {
  await page.goto('/news/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest stories')
  const pages = page.getByRole('navigation', { name: 'Pages of stories' })
  await expect(pages).toContainText('Page 1 of 3')
  await expect(
    page.getByRole('list', { name: 'Latest stories' }).getByRole('listitem'),
  ).toHaveCount(30)

  await pages.getByRole('link', { name: 'Older stories' }).click()
  const heading = page.getByRole('heading', { level: 1 })
  await expect(heading).toHaveText('Older stories, page 2 of 3')
  await expect(heading).toBeFocused()
  expect(new URL(page.url()).pathname).toBe('/news/page/2')
  await expect(page).toHaveTitle('Older stories, page 2 of 3 – The Harbour Times')

  // Page 2 was prerendered: a shared link gets its stories from the host in the first response.
  const html = await (await page.request.get('/news/page/2')).text()
  expect(html).toContain('Older stories, page 2 of 3</h1>')
  expect(html).toContain('href="/news/page/3"')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Older stories, page 2 of 3')
  await expectNoAxeViolations(page)

  await page.getByRole('link', { name: 'Older stories' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Older stories, page 3 of 3')
  await expect(
    page.getByRole('list', { name: 'Older stories, page 3 of 3' }).getByRole('listitem'),
  ).toHaveCount(10)
  // The last page has nothing older to offer.
  await expect(page.getByRole('link', { name: 'Older stories' })).toHaveCount(0)
  await page.getByRole('link', { name: 'Newer stories' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Older stories, page 2 of 3')
})

test('the host answers a missing file with a real 404, and a page past the end says so', async ({
  page,
}) => {
  const missing = await page.request.get('/news/content/articles/no-such-story.json')
  expect(missing.status()).toBe(404)
  // The folder asked for without its slash is the front page.
  await page.goto('/news')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Latest stories')
  expect(new URL(page.url()).pathname).toBe('/news/')
  await page.goto('/news/page/4')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
})

test.describe('offline reading under the base path', () => {
  test.use({ serviceWorkers: 'allow' })

  test('the worker controls /news/ only, and a story opened inside the app opens offline', async ({
    page,
    context,
  }) => {
    test.setTimeout(45_000)
    await page.goto(SEED)
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)
    expect(scope).toBe(`${ORIGIN}/news/`)
    await page.reload()
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true)
    await page.getByRole('link', { name: RELATED_HEADLINE }).first().click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(RELATED_HEADLINE)
    const related = new URL(page.url()).pathname

    await context.setOffline(true)
    const cold = await context.newPage()
    await cold.goto(related)
    await expect(cold.getByRole('heading', { level: 1 })).toHaveText(RELATED_HEADLINE)
    await context.setOffline(false)
  })
})
