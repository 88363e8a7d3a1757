import type { Page, Route } from '@playwright/test'
import { expect, RELATED_HEADLINE, SEED_PATH, test } from './fixtures'

const RELATED_JSON = '**/content/articles/russia-sought-aid-from-ccp-before-ukraine-invasion.json'

/** Opens the related story from the seed article by a plain click (no hover, so nothing is prefetched). */
async function openRelatedStory(page: Page) {
  await page.goto(SEED_PATH)
  await page
    .getByRole('region', { name: 'Related stories' })
    .getByRole('link', { name: RELATED_HEADLINE })
    .dispatchEvent('click')
}

function countRequests(page: Page, handler: (route: Route, attempt: number) => Promise<void>) {
  const counter = { attempts: 0 }
  void page.route(RELATED_JSON, async (route) => {
    counter.attempts += 1
    await handler(route, counter.attempts)
  })
  return counter
}

test('a connection that keeps failing ends on a can’t-reach page with Try again, after a few retries', async ({
  page,
}) => {
  const requests = countRequests(page, (route) => route.abort('failed'))
  await openRelatedStory(page)
  await expect(
    page.getByRole('heading', { level: 1, name: 'We can’t reach the article right now' }),
  ).toBeVisible({ timeout: 15_000 })
  expect(requests.attempts).toBe(4)
  await page.unroute(RELATED_JSON)
  await page.getByRole('button', { name: 'Try again' }).focus()
  await page.keyboard.press('Enter')
  const headline = page.getByRole('heading', { level: 1 })
  await expect(headline).toHaveText(RELATED_HEADLINE)
  // The button went with the error page; the keyboard reader continues from the story's headline.
  await expect(headline).toBeFocused()
})

test('a server answering 503 three times and then 200 shows the story by itself', async ({
  page,
}) => {
  const requests = countRequests(page, async (route, attempt) => {
    if (attempt <= 3) await route.fulfill({ status: 503, body: 'busy' })
    else await route.continue()
  })
  await openRelatedStory(page)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(RELATED_HEADLINE, {
    timeout: 15_000,
  })
  expect(requests.attempts).toBe(4)
})

test('a request that hangs is given up after its timeout and tried again', async ({ page }) => {
  test.setTimeout(45_000)
  const requests = countRequests(page, async (route, attempt) => {
    if (attempt === 1) return // never answered
    await route.continue()
  })
  await openRelatedStory(page)
  await expect(page.getByText('Loading the article…')).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(RELATED_HEADLINE, {
    timeout: 20_000,
  })
  expect(requests.attempts).toBe(2)
})

test('offline: “You’re offline” within a second, and the story loads by itself when the connection returns', async ({
  page,
  context,
}) => {
  await page.goto(SEED_PATH)
  await context.setOffline(true)
  const started = Date.now()
  await page
    .getByRole('region', { name: 'Related stories' })
    .getByRole('link', { name: RELATED_HEADLINE })
    .dispatchEvent('click')
  await expect(page.getByRole('heading', { level: 1, name: 'You’re offline' })).toBeVisible({
    timeout: 1_000,
  })
  expect(Date.now() - started).toBeLessThan(1_000)
  await context.setOffline(false)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(RELATED_HEADLINE, {
    timeout: 5_000,
  })
})
