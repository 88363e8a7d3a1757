import { expect, RELATED_HEADLINE, SEED_HEADLINE, SEED_PATH, test } from './fixtures'

test.use({ serviceWorkers: 'allow' })

test('an article read once, and one opened inside the app, both open offline from a cold start; the front page marks them', async ({
  page,
  context,
}) => {
  test.setTimeout(45_000)
  await page.goto(SEED_PATH)
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  // Now under the worker's control: this load of the page, and what the reader opens next, are kept.
  await page.reload()
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true)
  await page
    .getByRole('region', { name: 'Related stories' })
    .getByRole('link', { name: RELATED_HEADLINE })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(RELATED_HEADLINE)

  await context.setOffline(true)
  const cold = await context.newPage()
  await cold.goto(SEED_PATH)
  await expect(cold.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE)
  await cold.goto('/articles/russia-sought-aid-from-ccp-before-ukraine-invasion')
  await expect(cold.getByRole('heading', { level: 1 })).toHaveText(RELATED_HEADLINE)

  await context.setOffline(false)
  await cold.goto('/')
  const card = (headline: string) =>
    cold.getByRole('listitem').filter({ has: cold.getByRole('link', { name: headline }) })
  await expect(card(SEED_HEADLINE)).toContainText('Available offline')
  await expect(card(RELATED_HEADLINE)).toContainText('Available offline')
  // A story neither page links to was never fetched, so it is not marked. (Not one of their related stories:
  // those are prefetched once they scroll into view, and a prefetched story is kept for offline too.)
  await expect(
    card('Libraries Now Lend Reading Glasses, Magnifiers and Large-Print Books'),
  ).not.toContainText('Available offline')
})
