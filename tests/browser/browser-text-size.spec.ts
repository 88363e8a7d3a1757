import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, SEED_PATH, test } from './fixtures'
import { layoutProblems, LONG_READ } from './reading-support'

// The browser's own text size at 300% (Chrome's Settings › Appearance › Font size, the default font size
// preference), not our text-size setting: 1rem is 48 px. Emulated faithfully through the DevTools protocol's
// Page.setFontSizes, which sets that same preference; a user stylesheet on <html> or a device scale factor
// would be something else (an author rule, or zoom). The masthead must stay compact at 320 px, as it does at
// our own 300%: no word broken in two, nothing wider than the screen, the headline on the first screen.

const BROWSER_DEFAULT_300 = 48

async function useBrowserTextSize(page: Page, pixels: number) {
  const session = await page.context().newCDPSession(page)
  await session.send('Page.enable')
  await session.send('Page.setFontSizes', {
    fontSizes: { standard: pixels, fixed: Math.round((pixels * 13) / 16) },
  })
}

/** Words of the masthead and toolbar split across two lines (each word's text as the reader sees it). */
function brokenWords(page: Page) {
  return page.evaluate(() => {
    const broken: string[] = []
    for (const part of document.querySelectorAll('body > * header, [data-print="hide"]')) {
      if (part.closest('main')) continue
      const walker = document.createTreeWalker(part, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? ''
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange()
          range.setStart(node, match.index)
          range.setEnd(node, match.index + match[0].length)
          const rects = [...range.getClientRects()].filter((rect) => rect.width > 0)
          const lines = new Set(rects.map((rect) => Math.round(rect.top)))
          if (lines.size > 1) broken.push(match[0])
        }
      }
    }
    return broken
  })
}

const PAGES = [
  { name: 'an article', path: LONG_READ },
  { name: 'the seed article', path: SEED_PATH },
  { name: 'the front page', path: '/' },
  { name: 'a section page', path: '/sections/world' },
  { name: 'an author page', path: '/authors/amara-okafor' },
  { name: 'the search page', path: '/search' },
]

test.describe('at the browser’s own 300% text size on a 320 px phone', () => {
  test.use({ viewport: { width: 320, height: 640 } })

  for (const { name, path } of PAGES)
    test(`on ${name}, the masthead stays compact and the page heading starts on the first screen`, async ({
      page,
    }) => {
      await useBrowserTextSize(page, BROWSER_DEFAULT_300)
      await page.goto(path)
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(
        `${String(BROWSER_DEFAULT_300)}px`,
      )
      const heading = page.getByRole('heading', { level: 1 })
      const top = await heading.evaluate((h1) => h1.getBoundingClientRect().top)
      expect(top).toBeLessThan(640)
      await expect(page.getByRole('button', { name: 'Sections' })).toBeVisible()
      expect(await brokenWords(page)).toEqual([])
      expect(await layoutProblems(page)).toEqual({ scrollWidth: 320, wide: [], overflowing: [] })
      await expectNoAxeViolations(page)
    })

  test('the Sections disclosure opens to whole words, within the screen', async ({ page }) => {
    await useBrowserTextSize(page, BROWSER_DEFAULT_300)
    await page.goto(LONG_READ)
    await page.getByRole('button', { name: 'Sections' }).click()
    const navigation = page.getByRole('navigation', { name: 'Site' })
    await expect(navigation.getByRole('link', { name: 'World' })).toBeVisible()
    expect(await brokenWords(page)).toEqual([])
    expect(await layoutProblems(page)).toEqual({ scrollWidth: 320, wide: [], overflowing: [] })
    await expectNoAxeViolations(page)
  })
})

test('on a wide screen at the browser’s 300%, the masthead is one compact band above the headline', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 })
  await useBrowserTextSize(page, BROWSER_DEFAULT_300)
  await page.goto(LONG_READ)
  const top = await page
    .getByRole('heading', { level: 1 })
    .evaluate((h1) => h1.getBoundingClientRect().top)
  expect(top).toBeLessThan(768 / 2)
  expect(await brokenWords(page)).toEqual([])
  expect(await layoutProblems(page)).toEqual({ scrollWidth: 1366, wide: [], overflowing: [] })
  await expectNoAxeViolations(page)
})
