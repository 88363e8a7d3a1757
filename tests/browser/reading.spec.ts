import {
  expect,
  expectNoAxeViolations,
  RELATED_HEADLINE,
  SEED_HEADLINE,
  SEED_PATH,
  test,
} from './fixtures'

// What the seed article shows (headline, byline, photos and captions, paragraphs in order, the inline link)
// is checked in tests/integration/article-page.test.tsx; here, what only a browser does with it.
test('the seed article’s lead photo reserves its space, is fetched first and arrives', async ({
  page,
}) => {
  await page.goto(SEED_PATH)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE)
  await expect(page).toHaveTitle(`${SEED_HEADLINE} – Broadsheet`)
  const lead = page
    .getByRole('article')
    .getByRole('img', { name: /Vladimir Putin and Xi Jinping stand side by side/ })
  await expect(lead).toHaveAttribute('fetchpriority', 'high')
  await expect(lead).toHaveAttribute('loading', 'eager')
  await expect(lead).toHaveAttribute('width', '1600')
  await expect(lead).toHaveAttribute('height', '1067')
  await expect
    .poll(() => lead.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true)
})

test('a reader follows a related story inside the app and comes back with Back', async ({
  page,
}) => {
  await page.goto(SEED_PATH)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE)
  const related = page.getByRole('region', { name: 'Related stories' })
  await related.scrollIntoViewIfNeeded()
  const scrolledTo = await page.evaluate(() => window.scrollY)
  expect(scrolledTo).toBeGreaterThan(200)

  // A full page load would reset this marker; an in-app navigation keeps it.
  await page.evaluate(() => {
    ;(window as unknown as { stayedInApp: boolean }).stayedInApp = true
  })
  await related.getByRole('link', { name: RELATED_HEADLINE }).click()
  const headline = page.getByRole('heading', { level: 1 })
  await expect(headline).toHaveText(RELATED_HEADLINE)
  await expect(headline).toBeFocused()
  await expect(page).toHaveTitle(`${RELATED_HEADLINE} – Broadsheet`)
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
  expect(
    await page.evaluate(() => (window as unknown as { stayedInApp?: boolean }).stayedInApp),
  ).toBe(true)

  await page.goBack()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolledTo - 50)
  expect(
    await page.evaluate(() => (window as unknown as { stayedInApp?: boolean }).stayedInApp),
  ).toBe(true)
})

test('a keyboard user skips past the masthead and toolbar straight into the article', async ({
  page,
}) => {
  await page.goto(SEED_PATH)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE)
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeInViewport()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  // The first control inside the article: its section's link, on the dateline above the headline.
  await expect(page.getByRole('article').getByRole('link', { name: 'World' })).toBeFocused()
})

test.describe('zero axe violations (WCAG 2.2 AA)', () => {
  test('on the not-found page for an unknown slug', async ({ page }) => {
    await page.goto('/articles/no-such-story')
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('on the front page', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('list', { name: 'Latest stories' })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('on the seed article', async ({ page }) => {
    await page.goto(SEED_PATH)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE)
    await expectNoAxeViolations(page)
  })

  test('on the long read', async ({ page }) => {
    await page.goto('/articles/the-long-read-how-a-newsroom-sets-type')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('on the can’t-display state, with the publisher details open', async ({ page }) => {
    await page.route('**/content/articles/broken-story.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: '{"headline": ""}' }),
    )
    await page.goto('/articles/broken-story')
    await expect(
      page.getByRole('heading', { level: 1, name: 'This article can’t be displayed' }),
    ).toBeVisible()
    await page.getByText('Details for the publisher').click()
    await expect(page.getByText('headline', { exact: true })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('on the can’t-reach state', async ({ page }) => {
    await page.route('**/content/articles/flaky-story.json', (route) =>
      route.fulfill({ status: 503, body: 'unavailable' }),
    )
    await page.goto('/articles/flaky-story')
    await expect(
      page.getByRole('heading', { level: 1, name: 'We can’t reach the article right now' }),
    ).toBeVisible({ timeout: 10_000 })
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible()
    await expectNoAxeViolations(page)
  })
})
