import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'
import { LONG_READ, RTL_PATH, serveRightToLeftArticle, storeSettings } from './reading-support'

/** The clear band between the two dimmed parts, and the body's line height. */
function band(page: Page) {
  return page.evaluate(() => {
    const mask = document.querySelector('[data-line-focus]')
    const [above, below] = mask ? [...mask.children] : []
    const line = parseFloat(
      getComputedStyle(document.querySelector('[data-article-body] p') ?? document.body).lineHeight,
    )
    if (!above || !below) return undefined
    const top = above.getBoundingClientRect().bottom
    const bottom = below.getBoundingClientRect().top
    return { top, lines: Math.round((bottom - top) / line), line }
  })
}

test('line focus is off by default, and its code is not loaded', async ({ page }) => {
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url())
  })
  await page.goto(LONG_READ)
  expect(await band(page)).toBeUndefined()
  expect(scripts.some((url) => url.includes('LineFocus'))).toBe(false)
})

for (const lines of [1, 3, 5]) {
  test(`a ${String(lines)}-line band follows the pointer and the arrow keys`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.goto(LONG_READ)
    await page.getByRole('button', { name: 'Reading settings' }).click()
    await page
      .getByRole('group', { name: 'Line focus' })
      .getByRole('radio', { name: lines === 1 ? '1 line' : `${String(lines)} lines` })
      .check()
    await page.keyboard.press('Escape')
    await expect.poll(async () => (await band(page))?.lines).toBe(lines)
    await page.mouse.move(600, 500)
    await expect
      .poll(async () => (await band(page))?.top)
      .toBeCloseTo(500 - (((await band(page))?.line ?? 0) * lines) / 2, 0)
    const before = (await band(page))?.top ?? 0
    await page.locator('body').evaluate((body) => {
      body.focus()
    })
    await page.keyboard.press('ArrowDown')
    const after = await band(page)
    expect((after?.top ?? 0) - before).toBeCloseTo(after?.line ?? 0, 0)
  })
}

test('line focus never traps focus or scrolling, and passes axe (right to left, cream)', async ({
  page,
}) => {
  await serveRightToLeftArticle(page)
  await storeSettings(page, { lineFocus: '3', theme: 'cream' })
  await page.goto(RTL_PATH)
  await expect.poll(async () => (await band(page))?.lines).toBe(3)
  // The pointer passes through the dimmed parts: a link under them can be clicked.
  const skipTo = page.getByRole('button', { name: 'Reading settings' })
  await skipTo.click()
  await expect(page.getByRole('region', { name: 'Reading settings' })).toBeVisible()
  await page.keyboard.press('Escape')
  await page.keyboard.press('Tab')
  await expect(page.locator(':focus')).not.toHaveCount(0)
  await page.mouse.wheel(0, 400)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100)
  await expectNoAxeViolations(page)
})
