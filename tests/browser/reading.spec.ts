import {
  expect,
  expectNoAxeViolations,
  RELATED_HEADLINE,
  SEED_HEADLINE,
  SEED_PATH,
  test,
} from './fixtures'

test('a reader opens the seed article and sees it as the publication printed it', async ({
  page,
}) => {
  await page.goto(SEED_PATH)
  const article = page.getByRole('article')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE)
  await expect(page).toHaveTitle(`${SEED_HEADLINE} – Broadsheet`)
  await expect(article.locator('header time')).toHaveAttribute('datetime', '2022-03-14')
  await expect(
    article.getByText('By Shelby Talcott, Senior White House Correspondent'),
  ).toBeVisible()

  const figures = article.locator('figure:has(img)')
  await expect(figures).toHaveCount(2)
  await expect(figures.nth(0).locator('figcaption')).toContainText(
    'Russian President Vladimir Putin (L) and Chinese President Xi Jinping pose',
  )
  await expect(figures.nth(0).locator('figcaption')).toContainText(
    'Photo by Alexei Druzhinin/Sputnik/AFP via Getty Images',
  )
  await expect(figures.nth(1).locator('figcaption')).toContainText('Sullivan briefed the lawmakers')
  await expect(figures.nth(1).locator('figcaption')).toContainText(
    'Photo by Drew Angerer/Getty Images',
  )

  for (const start of [
    'The United States has “deep concerns”',
    '“We do have deep concerns',
    'The official would not comment on specific reports',
    '“I’m not gonna comment',
    'Sullivan met with Chinese Communist Party',
    '“Mr. Sullivan raised a range of issues',
  ]) {
    await expect(article.locator('p', { hasText: start })).toHaveCount(1)
  }
  await expect(
    article.getByRole('paragraph').filter({ hasText: 'Related:' }).getByRole('link'),
  ).toHaveText(RELATED_HEADLINE)

  // The lead photo reserves its space before it arrives and is fetched first.
  const lead = figures.nth(0).locator('img')
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

test('a reader goes from the front page to an article', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Latest stories' })).toBeVisible()
  const stories = page.getByRole('list', { name: 'Latest stories' }).getByRole('listitem')
  await expect(stories).toHaveCount(9)
  await expect(stories.first().getByRole('heading', { level: 2 })).toHaveText(SEED_HEADLINE)
  await stories.first().getByRole('link', { name: SEED_HEADLINE }).click()
  await expect(page).toHaveURL(SEED_PATH)
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
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

test('an unknown slug shows a not-found page inside the site', async ({ page }) => {
  await page.goto('/articles/no-such-story')
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible()
  await expectNoAxeViolations(page)
})

test.describe('zero axe violations (WCAG 2.2 AA)', () => {
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
