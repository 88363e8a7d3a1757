import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'
import { LONG_READ, SETTINGS_KEY, storeSettings } from './reading-support'

const PLACES_KEY = 'broadsheet:reading-places'
const LONG_READ_HEADLINE = /The Long Read/

/** Scrolls so body block `index` is at the top, as a reader would, and waits until the place is saved. */
async function readUpTo(page: Page, index: number) {
  const block = page.locator('[data-article-body] p').nth(index)
  // Its top just below the sticky bar: the first block the reader has not scrolled past.
  await block.evaluate((element) => {
    const covered = parseFloat(getComputedStyle(document.documentElement).scrollPaddingBlockStart)
    window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY - (covered || 0) - 2)
  })
  await page.waitForFunction(
    (key) => localStorage.getItem(key)?.startsWith('[{') === true,
    PLACES_KEY,
  )
  return (await block.textContent()) ?? ''
}

/**
 * Comes back to the article in a later visit. Within one visit the app's scroll restoration already puts
 * a reload or Back where the reader was (per tab, in sessionStorage); a new visit starts without it.
 */
async function comeBackLater(page: Page, path: string) {
  await page.goto('/')
  await page.evaluate(() => {
    sessionStorage.clear()
  })
  await page.goto(path)
}

test('reopening an unfinished article offers to continue, and continuing lands on the same paragraph', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(LONG_READ)
  const text = await readUpTo(page, 20)
  await comeBackLater(page, LONG_READ)
  const offer = page.getByRole('complementary', { name: 'Your place' })
  await expect(offer).toContainText(/You read \d+% of this article before/)
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Continue where you left off' }).click()
  const focused = page.locator(':focus')
  await expect(focused).toHaveText(text)
  await expect(focused).toBeInViewport()
  await expect(offer).toHaveCount(0)
})

test('the place survives a different text size: it is kept by paragraph, not by pixel', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(LONG_READ)
  const text = await readUpTo(page, 12)
  await storeSettings(page, { textSize: 200 })
  await comeBackLater(page, LONG_READ)
  await page.getByRole('button', { name: 'Continue where you left off' }).click()
  await expect(page.locator(':focus')).toHaveText(text)
  await expect(page.locator(':focus')).toBeInViewport()
})

test('"Start from the top" withdraws the offer and leaves the reader at the headline', async ({
  page,
}) => {
  await page.goto(LONG_READ)
  await readUpTo(page, 15)
  await comeBackLater(page, LONG_READ)
  await page.getByRole('button', { name: 'Start from the top' }).click()
  await expect(page.getByRole('complementary', { name: 'Your place' })).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
})

test('an article read to the end is not offered again', async ({ page }) => {
  await page.goto(LONG_READ)
  await page.evaluate(() => {
    window.scrollTo(0, document.documentElement.scrollHeight)
  })
  await page.waitForFunction(
    (key) =>
      ((JSON.parse(localStorage.getItem(key) ?? '[]') as { progress: number }[])[0]?.progress ??
        0) >= 0.95,
    PLACES_KEY,
  )
  await comeBackLater(page, LONG_READ)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Continue where you left off' })).toHaveCount(0)
})

test('the front page shows "Continue reading", and the reader can turn it off', async ({
  page,
}) => {
  await page.goto(LONG_READ)
  await readUpTo(page, 20)
  await page.goto('/')
  const row = page.getByRole('region', { name: 'Continue reading' })
  await expect(row.getByRole('link', { name: LONG_READ_HEADLINE })).toBeVisible()
  await expect(row).toContainText(/\d+% read/)
  await expectNoAxeViolations(page)
  await page.getByRole('button', { name: 'Reading settings' }).click()
  await page
    .getByRole('group', { name: '“Continue reading” on the front page' })
    .getByRole('radio', { name: 'Hide' })
    .check()
  await expect(row).toHaveCount(0)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Continue reading' })).toHaveCount(0)
})

test.describe('broken storage loses nothing else', () => {
  test('garbage in the places key: no offer, no row, and the settings are untouched', async ({
    page,
  }) => {
    await page.addInitScript(
      ([places, settings]) => {
        localStorage.setItem(places, '{"not": "a list"')
        localStorage.setItem(settings, JSON.stringify({ textSize: 150 }))
      },
      [PLACES_KEY, SETTINGS_KEY] as const,
    )
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Continue reading' })).toHaveCount(0)
    await page.goto(LONG_READ)
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '150')
    await readUpTo(page, 5)
    expect(await page.evaluate((key) => localStorage.getItem(key), SETTINGS_KEY)).toBe(
      JSON.stringify({ textSize: 150 }),
    )
  })

  test('full storage: reading and the settings go on, nothing else is removed', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      localStorage.setItem('publisher-key', 'keep')
      // Full for everything this app writes; the publisher's key was written before it filled up.
      Storage.prototype.setItem = () => {
        throw new DOMException('Quota exceeded', 'QuotaExceededError')
      }
    })
    await page.goto(LONG_READ)
    await page.locator('[data-article-body] p').nth(20).scrollIntoViewIfNeeded()
    await page.getByRole('button', { name: 'A+ Larger text' }).click()
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '110')
    expect(await page.evaluate(() => localStorage.getItem('publisher-key'))).toBe('keep')
  })

  test('blocked storage: the article renders and can be read', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError')
        },
      })
    })
    await page.goto(LONG_READ)
    await page.locator('[data-article-body] p').nth(20).scrollIntoViewIfNeeded()
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Continue reading' })).toHaveCount(0)
  })
})
