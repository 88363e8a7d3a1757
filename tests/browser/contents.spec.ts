import { expect, expectNoAxeViolations, SEED_PATH, test } from './fixtures'
import {
  LONG_READ,
  RTL_PATH,
  serveRightToLeftArticle,
  SHORT_WITH_HEADINGS,
  storeSettings,
} from './reading-support'

test('an article with three sub-headings has a contents list linking to each of them', async ({
  page,
}) => {
  await page.goto(SHORT_WITH_HEADINGS)
  const contents = page.getByRole('navigation', { name: 'Contents' })
  const links = contents.getByRole('link')
  const headings = page.getByRole('article').getByRole('heading', { level: 2 })
  const texts = (await headings.allTextContents()).filter(
    (text) => !['Contents', 'Topics', 'Related stories'].includes(text),
  )
  expect(texts).toHaveLength(3)
  await expect(links).toHaveText(texts)
  for (const [index, text] of texts.entries()) {
    const href = await links.nth(index).getAttribute('href')
    await expect(page.locator(`h2${href ?? ''}`)).toHaveText(text)
  }
  await expectNoAxeViolations(page)
})

test('an article with no sub-headings has no contents list', async ({ page }) => {
  await page.goto(SEED_PATH)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Contents' })).toHaveCount(0)
})

test('following a contents link brings its heading on screen, below the sticky bar', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(LONG_READ)
  const link = page.getByRole('navigation', { name: 'Contents' }).getByRole('link').nth(5)
  const text = await link.textContent()
  await link.click()
  const heading = page.getByRole('heading', { level: 2, name: text ?? '' })
  await expect(heading).toBeInViewport()
  const bar = await page.evaluate(() =>
    parseFloat(getComputedStyle(document.documentElement).scrollPaddingBlockStart),
  )
  const top = await heading.evaluate((h2) => h2.getBoundingClientRect().top)
  expect(top).toBeGreaterThanOrEqual(bar - 1)
})

test('the section being read is marked current as the reader scrolls, and only that one', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto(LONG_READ)
  const contents = page.getByRole('navigation', { name: 'Contents' })
  const current = contents.locator('[aria-current="true"]')
  await expect(current).toHaveCount(0)
  const links = contents.getByRole('link')
  for (const index of [0, 3, 1]) {
    const heading = page.locator(`h2${(await links.nth(index).getAttribute('href')) ?? ''}`)
    await heading.evaluate((h2) => {
      window.scrollTo(0, h2.getBoundingClientRect().top + window.scrollY - 100)
    })
    await expect(current).toHaveCount(1)
    await expect(current).toHaveText((await heading.textContent()) ?? '')
  }
  await expectNoAxeViolations(page)
})

test('right to left: the contents of an Arabic article link to Arabic ids and mark the current section', async ({
  page,
}) => {
  await serveRightToLeftArticle(page)
  await storeSettings(page, { theme: 'dark' })
  await page.goto(RTL_PATH)
  const contents = page.getByRole('navigation', { name: 'Contents' })
  await expect(contents.getByRole('link')).toHaveCount(4)
  const link = contents.getByRole('link', { name: 'الخطوط الجديدة' })
  await expect(link).toHaveAttribute('href', '#الخطوط-الجديدة')
  await link.click()
  await expect(page.getByRole('heading', { name: 'الخطوط الجديدة' })).toBeInViewport()
  await expect(contents.locator('[aria-current="true"]')).toHaveText('الخطوط الجديدة')
  // The list sits at the start edge, which is the right in Arabic.
  const [listRight, articleRight] = await contents.evaluate((nav) => [
    nav.querySelector('ol')?.getBoundingClientRect().right ?? 0,
    nav.closest('article')?.getBoundingClientRect().right ?? 0,
  ])
  expect(Math.abs(listRight - articleRight)).toBeLessThan(2)
  await expectNoAxeViolations(page)
})
