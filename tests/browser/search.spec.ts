import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, SEED_HEADLINE, SEED_PATH, test } from './fixtures'

// The search page against the production build: Pagefind's real index of the sample content, under the
// search page's own Content Security Policy (the fixtures fail a test on any CSP violation).

const searchField = (page: Page) => page.getByRole('searchbox', { name: 'Search stories' })
const results = (page: Page) => page.getByRole('list', { name: /^Results for/ })
/** The search page's own live region (the layout has others: update banner, reading settings). */
const summary = (page: Page) =>
  page.getByRole('status').filter({ hasText: /found for|not available|Searching|offline/ })

test('a phrase from the seed article’s body finds it, with its section, date and the words marked', async ({
  page,
}) => {
  await page.goto('/search')
  await searchField(page).fill('alignment with Russia following an intense meeting')
  await expect(summary(page)).toHaveText(/^\d+ (story|stories) found for “/)
  const first = results(page).getByRole('listitem').first()
  await expect(first.getByRole('link', { name: SEED_HEADLINE })).toBeVisible()
  await expect(first.getByText('World', { exact: true })).toBeVisible()
  await expect(first.locator('time')).toHaveAttribute('datetime', /^2022-03-14/)
  await expect(first.locator('mark').first()).toBeVisible()
  expect(page.url()).toContain('?q=alignment')
  await expectNoAxeViolations(page)
})

test('the address’s query is searched on arrival, and a result opens the story', async ({
  page,
}) => {
  await page.goto('/search?q=Sullivan')
  await expect(searchField(page)).toHaveValue('Sullivan')
  await results(page).getByRole('link', { name: SEED_HEADLINE }).click()
  await expect(page).toHaveURL(new RegExp(`${SEED_PATH}$`))
  await expect(page.getByRole('heading', { level: 1, name: SEED_HEADLINE })).toBeVisible()
})

test('a search with no match says so, politely, and suggests what to try', async ({ page }) => {
  await page.goto('/search?q=xylophonequartz')
  await expect(summary(page)).toHaveText('No stories found for “xylophonequartz”.')
  await expect(page.getByText('Try fewer words, or another spelling.')).toBeVisible()
  await expect(results(page)).toHaveCount(0)
  await expectNoAxeViolations(page)
})

test('an index that fails to load is a message with Try again, which works once it loads', async ({
  page,
}) => {
  let fail = true
  await page.route('**/pagefind/pagefind-entry.json*', (route) =>
    fail ? route.fulfill({ status: 503, body: 'unavailable' }) : route.continue(),
  )
  await page.goto('/search?q=Sullivan')
  await expect(summary(page)).toHaveText('Search is not available right now.')
  await expect(page.getByText('The search index could not be loaded.')).toBeVisible()
  await expectNoAxeViolations(page)
  fail = false
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(results(page).getByRole('link', { name: SEED_HEADLINE })).toBeVisible()
})

test('offline, a search says so and continues by itself when the connection is back', async ({
  page,
  context,
}) => {
  await page.goto('/search')
  // Pagefind itself loads as the page opens; offline, the index chunks for the words cannot.
  await page.waitForLoadState('networkidle')
  await context.setOffline(true)
  await searchField(page).fill('Sullivan')
  await page.keyboard.press('Enter')
  await expect(summary(page)).toHaveText(
    'You’re offline: search will continue when you’re back online.',
  )
  await expect(
    page.getByText('Search needs the connection to look through every story.'),
  ).toBeVisible()
  await expect(results(page)).toHaveCount(0)
  await expectNoAxeViolations(page)
  await context.setOffline(false)
  await expect(results(page).getByRole('link', { name: SEED_HEADLINE })).toBeVisible()
  await expect(summary(page)).toHaveText('1 story found for “Sullivan”.')
})

test('search works from the keyboard alone, from the masthead link to a story', async ({
  page,
}) => {
  await page.goto('/')
  const link = page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Search' })
  await link.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/search$/)
  await expect(searchField(page)).toBeFocused()
  await page.keyboard.type('Sullivan')
  await page.keyboard.press('Enter')
  const story = results(page).getByRole('link', { name: SEED_HEADLINE })
  await expect(story).toBeVisible()
  for (
    let step = 0;
    step < 5 && !(await story.evaluate((a) => a === document.activeElement));
    step++
  )
    await page.keyboard.press('Tab')
  await expect(story).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: SEED_HEADLINE })).toBeVisible()
})

test('nothing of search loads before the reader opens it', async ({ page }) => {
  const requested: string[] = []
  page.on('request', (request) => requested.push(new URL(request.url()).pathname))
  await page.goto(SEED_PATH)
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Search' }).hover()
  expect(requested.filter((path) => /pagefind|SearchPage/.test(path))).toEqual([])
})

test('only the search page’s policy allows WebAssembly', async ({ request }) => {
  const policy = async (path: string) =>
    (await request.get(path, { headers: { Accept: 'text/html' } })).headers()[
      'content-security-policy'
    ] ?? ''
  expect(await policy('/search')).toContain("'wasm-unsafe-eval'")
  expect(await policy(SEED_PATH)).not.toContain('wasm')
  expect(await policy('/')).not.toContain('wasm')
})

test.describe('at 300% on a 320 px wide screen', () => {
  test.use({ viewport: { width: 320, height: 640 } })

  test('results are one column with no horizontal scrolling and nothing cut off', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      localStorage.setItem('broadsheet:reader-settings', JSON.stringify({ textSize: 300 }))
    })
    await page.goto('/search?q=Russia')
    await expect(results(page).getByRole('listitem').first()).toBeVisible()
    const overflow = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      wide: [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
        .map((element) => element.tagName),
    }))
    expect(overflow).toEqual({ scrollWidth: 320, wide: [] })
    await expectNoAxeViolations(page)
  })

  test('with the browser’s own text size at 300%, the search field still fits the screen', async ({
    page,
  }) => {
    await page.goto('/search?q=Russia')
    await expect(results(page).getByRole('listitem').first()).toBeVisible()
    // The browser's text size (not the reader's setting) scales the root font: the field's 10rem basis grows.
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '300%'
    })
    const field = searchField(page)
    const box = await field.boundingBox()
    expect(box && box.x + box.width).toBeLessThanOrEqual(320)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(320)
  })
})
