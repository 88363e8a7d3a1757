import type { Page } from '@playwright/test'
import {
  expect,
  expectNoAxeViolations,
  RELATED_HEADLINE,
  SEED_HEADLINE,
  SEED_PATH,
  test,
} from './fixtures'

const LONG_READ = '/articles/the-long-read-how-a-newsroom-sets-type'

function photoButtons(page: Page) {
  return page.getByRole('article').getByRole('button', { name: /^View photo full size/ })
}

test.describe('the photo viewer', () => {
  test('opens a photo full size with Enter, moves with the arrow keys and closes with Escape', async ({
    page,
  }) => {
    await page.goto(SEED_PATH)
    await photoButtons(page).first().focus()
    await page.keyboard.press('Enter')
    const viewer = page.getByRole('dialog', { name: 'Photo 1 of 2' })
    await expect(viewer).toBeVisible()
    await expect(viewer.getByRole('button', { name: 'Close' })).toBeFocused()
    await expect(viewer).toContainText('Photo by Alexei Druzhinin/Sputnik/AFP via Getty Images')
    await expect(page).toHaveURL(/#photo-1$/)

    await page.keyboard.press('ArrowRight')
    await expect(page.getByRole('dialog', { name: 'Photo 2 of 2' })).toContainText(
      'Photo by Drew Angerer/Getty Images',
    )
    await expect(page).toHaveURL(/#photo-2$/)
    await page.keyboard.press('ArrowLeft')
    await expect(page.getByRole('dialog', { name: 'Photo 1 of 2' })).toBeVisible()

    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await expect(photoButtons(page).first()).toBeFocused()
    await expect(page).not.toHaveURL(/#photo/)
  })

  test('keeps focus inside while open', async ({ page }) => {
    await page.goto(SEED_PATH)
    await photoButtons(page).nth(1).click()
    const viewer = page.getByRole('dialog', { name: 'Photo 2 of 2' })
    for (let press = 0; press < 6; press += 1) {
      await page.keyboard.press('Tab')
      expect(await viewer.evaluate((dialog) => dialog.contains(document.activeElement))).toBe(true)
    }
  })

  test('Next photo on the last photo stays focused and says it has nowhere to go', async ({
    page,
  }) => {
    await page.goto(SEED_PATH)
    await photoButtons(page).first().click()
    const next = page.getByRole('dialog').getByRole('button', { name: 'Next photo' })
    await next.focus()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('dialog', { name: 'Photo 2 of 2' })).toBeVisible()
    await expect(next).toBeFocused()
    await expect(next).toHaveAttribute('aria-disabled', 'true')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('dialog', { name: 'Photo 2 of 2' })).toBeVisible()
    await expect(next).toBeFocused()
    await page.keyboard.press('Shift+Tab')
    await expect(
      page.getByRole('dialog').getByRole('button', { name: 'Previous photo' }),
    ).toBeFocused()
  })

  test('Back closes it and restores the page under it', async ({ page }) => {
    await page.goto(SEED_PATH)
    await photoButtons(page).nth(1).scrollIntoViewIfNeeded()
    const scrolled = await page.evaluate(() => window.scrollY)
    await photoButtons(page).nth(1).click()
    await expect(page.getByRole('dialog', { name: 'Photo 2 of 2' })).toBeVisible()
    await page.goBack()
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE)
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrolled)).toBeLessThan(5)
  })

  test('a shared link opens the photo it names', async ({ page }) => {
    await page.goto(`${SEED_PATH}#photo-2`)
    await expect(page.getByRole('dialog', { name: 'Photo 2 of 2' })).toBeVisible()
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click()
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await expect(page).not.toHaveURL(/#photo/)
  })

  test('has zero axe violations while open', async ({ page }) => {
    await page.goto(SEED_PATH)
    await photoButtons(page).first().click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('loads its code only when first used', async ({ page }) => {
    const scripts: string[] = []
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url())
    })
    await page.goto(SEED_PATH)
    const before = scripts.length
    await photoButtons(page).first().click()
    await expect(page.getByRole('dialog')).toBeVisible()
    expect(scripts.slice(before).some((url) => url.includes('PhotoViewer'))).toBe(true)
  })
})

test('a broken photo keeps its caption and credit, shows no broken-image icon, and holds its space', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 800 })
  await page.goto(SEED_PATH)
  const leadFigure = () => page.getByRole('article').getByRole('figure').first()
  await expect(
    leadFigure().getByRole('img', { name: /Vladimir Putin and Xi Jinping stand side by side/ }),
  ).toBeVisible()
  const height = await leadFigure().evaluate((element) => element.getBoundingClientRect().height)
  await page.route('**/content/images/**', (route) => route.fulfill({ status: 404, body: '' }))
  await page.reload()
  const broken = leadFigure()
  // The one picture left is the placeholder that says so: no <img> with a broken-image icon.
  await expect(broken.getByRole('img')).toHaveCount(1)
  await expect(broken.getByRole('img', { name: /^Photo unavailable/ })).toBeVisible()
  await expect(broken).toContainText('Photo by Alexei Druzhinin/Sputnik/AFP via Getty Images')
  expect(
    Math.abs((await broken.evaluate((element) => element.getBoundingClientRect().height)) - height),
  ).toBeLessThan(2)
})

test.describe('related stories', () => {
  test('hovering prefetches a story, and opening it then needs no request and shows no loading state', async ({
    page,
  }) => {
    await page.goto(SEED_PATH)
    const link = page
      .getByRole('region', { name: 'Related stories' })
      .getByRole('link', { name: RELATED_HEADLINE })
    const prefetched = page.waitForResponse((response) =>
      response.url().endsWith('/russia-sought-aid-from-ccp-before-ukraine-invasion.json'),
    )
    await link.hover()
    await prefetched
    const afterClick: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/content/articles/')) afterClick.push(request.url())
    })
    await link.click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(RELATED_HEADLINE)
    await expect(page.getByText('Loading the article…')).toHaveCount(0)
    expect(afterClick).toEqual([])
  })

  test('A → B → A → Back → Back: right headline, focus and scroll each step, one request per story', async ({
    page,
  }) => {
    const requests: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/content/articles/'))
        requests.push(new URL(request.url()).pathname)
    })
    await page.goto(SEED_PATH)
    const headline = page.getByRole('heading', { level: 1 })
    const relatedLink = (name: string) =>
      page.getByRole('region', { name: 'Related stories' }).getByRole('link', { name })

    await relatedLink(RELATED_HEADLINE).scrollIntoViewIfNeeded()
    const scrollOnA = await page.evaluate(() => window.scrollY)
    await relatedLink(RELATED_HEADLINE).click()
    await expect(headline).toHaveText(RELATED_HEADLINE)
    await expect(headline).toBeFocused()

    await relatedLink(SEED_HEADLINE).scrollIntoViewIfNeeded()
    const scrollOnB = await page.evaluate(() => window.scrollY)
    await relatedLink(SEED_HEADLINE).click()
    await expect(headline).toHaveText(SEED_HEADLINE)
    await expect(headline).toBeFocused()
    expect(await page.evaluate(() => window.scrollY)).toBe(0)

    await page.goBack()
    await expect(headline).toHaveText(RELATED_HEADLINE)
    await expect(headline).toBeFocused()
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollOnB - 5)

    await page.goBack()
    await expect(headline).toHaveText(SEED_HEADLINE)
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollOnA - 5)

    expect(
      requests.filter((path) =>
        path.endsWith('/russia-sought-aid-from-ccp-before-ukraine-invasion.json'),
      ),
    ).toHaveLength(1)
    // A was prerendered with its data: never fetched, not even when coming back to it.
    expect(
      requests.filter((path) => path.endsWith('/us-deep-concerns-china-alignment-russia.json')),
    ).toHaveLength(0)
  })
})

test.describe('reading aids', () => {
  test('the long article states its reading time from its word count', async ({
    page,
    request,
  }) => {
    const article = (await (
      await request.get('/content/articles/the-long-read-how-a-newsroom-sets-type.json')
    ).json()) as {
      body: { type: string; text?: string | { text: string }[] }[]
    }
    const text = article.body
      .filter((block) => ['paragraph', 'heading', 'quote'].includes(block.type))
      .map((block) =>
        typeof block.text === 'string'
          ? block.text
          : (block.text ?? []).map((run) => run.text).join(''),
      )
      .join(' ')
    const words = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0
    await page.goto(LONG_READ)
    await expect(
      page.getByRole('article').getByText(`${Math.round(words / 230)} min read`),
    ).toBeVisible()
  })

  test('the time left follows the reader down the page', async ({ page }) => {
    await page.goto(LONG_READ)
    const readingTime = page.getByRole('article').getByText(/\d+ min read/)
    await expect(readingTime).not.toContainText('min left')
    await page.evaluate(() => {
      window.scrollTo(0, document.body.scrollHeight / 2)
    })
    await expect(readingTime).toContainText(/· \d+ min left/)
  })

  test('Share copies the link where there is no share sheet, and says so', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { value: undefined })
    })
    await page.goto(SEED_PATH)
    await page.getByRole('button', { name: 'Share' }).click()
    await expect(page.getByText('Link copied')).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /\/articles\/us-deep-concerns-china-alignment-russia$/,
    )
  })

  test('the print version is the article, its photos and captions, and no controls', async ({
    page,
  }) => {
    await page.goto(SEED_PATH)
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const article = page.getByRole('article')
    await expect(
      article.getByRole('img', { name: /Vladimir Putin and Xi Jinping stand side by side/ }),
    ).toBeVisible()
    await expect(
      article.getByText(
        /^Russian President Vladimir Putin \(L\) and Chinese President Xi Jinping pose/,
      ),
    ).toBeVisible()
    for (const name of ['Larger text', 'Reading settings', 'Share'])
      await expect(page.getByRole('button', { name })).toBeHidden()
    await expect(page.getByRole('navigation', { name: 'Site' })).toBeHidden()
    await expect(page.getByRole('region', { name: 'Related stories' })).toBeHidden()
  })
})
