import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'
import { layoutShift, watchLayoutShift } from './layout-shift'
import { LONG_READ, storeSettings } from './reading-support'

// An article's "Continue where you left off" comes after hydration (the place is this browser's alone). The
// boot script marks <html> before the first paint when this article has an unfinished place, and the page
// holds the offer's room from then on: its arrival must not move the headline or the text (CLS 0).

const PLACES_KEY = 'broadsheet:reading-places'
const LONG_READ_SLUG = LONG_READ.replace('/articles/', '')

async function storePlace(page: Page, slug: string, progress: number) {
  const places = [{ slug, headline: 'The Long Read', language: 'en', block: 12, progress, at: 1 }]
  await page.addInitScript(
    ([key, value]) => {
      localStorage.setItem(key, value)
    },
    [PLACES_KEY, JSON.stringify(places)] as const,
  )
}

const CASES = [
  { name: 'a phone', width: 390, height: 844, textSize: 100, progress: 0.42 },
  { name: 'a wide screen', width: 1366, height: 768, textSize: 100, progress: 0.42 },
  { name: '320 px at 300% text', width: 320, height: 640, textSize: 300, progress: 0.42 },
  {
    name: 'a wide screen at 150%, barely begun',
    width: 1366,
    height: 768,
    textSize: 150,
    progress: 0.05,
  },
]

for (const { name, width, height, textSize, progress } of CASES)
  test(`on ${name}, "Continue where you left off" arrives without moving the article`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height })
    await storeSettings(page, { textSize })
    await storePlace(page, LONG_READ_SLUG, progress)
    await watchLayoutShift(page)
    await page.goto(LONG_READ)
    const offer = page.getByRole('complementary', { name: 'Your place' })
    await expect(offer.getByRole('button', { name: 'Continue where you left off' })).toBeVisible()
    const shift = await layoutShift(page)
    console.log(`CLS of the offer on ${name}: ${shift.toFixed(4)}`)
    expect(shift).toBeLessThan(0.001)
  })

/**
 * The prerendered page as it paints before the app's code runs: the app's script only says it ran (the mark
 * the tests' page.goto waits for), so the page stays as the boot script left it.
 */
async function withoutApp(page: Page) {
  await page.route(/\/assets\/index-[\w-]+\.js$/, (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: "performance.mark('broadsheet:interactive')",
    }),
  )
}

/** Where the lead paragraph of the article's body starts, from the top of the page. */
async function bodyTop(page: Page) {
  const box = await page.locator('[data-article-body] p').first().boundingBox()
  return box?.y ?? Number.NaN
}

test('before the offer arrives its room is held, unseen and unheard', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await withoutApp(page)
  await page.goto(LONG_READ)
  const withoutPlace = await bodyTop(page)
  await storePlace(page, LONG_READ_SLUG, 0.42)
  await page.goto(LONG_READ)
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-your-place'))).toBe(
    true,
  )
  expect(await bodyTop(page)).toBeGreaterThan(withoutPlace + 50)
  await expect(page.getByRole('complementary')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Continue where you left off' })).toHaveCount(0)
  await expectNoAxeViolations(page)
})

test('an article with no unfinished place holds no room', async ({ page }) => {
  // A place in another article only: nothing to offer here.
  await storePlace(page, 'river-restoration-brings-back-salmon', 0.5)
  await withoutApp(page)
  await page.goto(LONG_READ)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-your-place'))).toBe(
    false,
  )
})

test('reading an article for the first time never brings the offer in above the text being read', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 700 })
  // Whether the offer (the region named "Your place") is ever added, however briefly.
  await page.addInitScript(() => {
    const seen = { offer: false }
    Object.assign(window, { seen })
    new MutationObserver(() => {
      if (document.querySelector('aside[aria-label="Your place"]')) seen.offer = true
    }).observe(document, { childList: true, subtree: true })
  })
  await page.goto(LONG_READ)
  const paragraph = page.locator('[data-article-body] p').nth(20)
  await paragraph.evaluate((p) => {
    window.scrollTo(0, p.getBoundingClientRect().top + window.scrollY - 10)
  })
  const top = () => paragraph.evaluate((p) => p.getBoundingClientRect().top)
  const before = await top()
  // This reading's place is kept as it goes: once it is, it is this visit's place, not one to go back to.
  await page.waitForFunction(
    (key) => localStorage.getItem(key)?.startsWith('[{') === true,
    PLACES_KEY,
  )
  // Two frames: what the saved place would render has been rendered.
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(resolve))
      }),
  )
  expect(
    await page.evaluate(() => (window as unknown as { seen: { offer: boolean } }).seen.offer),
  ).toBe(false)
  expect(Math.abs((await top()) - before)).toBeLessThan(2)
})
