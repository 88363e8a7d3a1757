import { expect, SEED_PATH, test } from './fixtures'

// The richer blocks' code (src/features/article/blocks/rich-block-code.ts) is not in the first view's
// JavaScript. These check what that must never cost a reader: a plain article never waits for it, a page that
// uses it hydrates on its own server HTML (no flash, no mismatch: the fixture fails on any console error), and
// an article opened in the app comes whole.

const EVERY_BLOCK = '/articles/every-block'
const EVERY_BLOCK_HEADLINE = /Harbour Sea Wall Will Open Two Months Late/
const TABLE = 'Sea wall costs by phase, £m'
const CHUNK = /\/assets\/RichBlock-[^/]+\.js$/

/** When the rich blocks' chunk was requested, against the app's interactive mark (ms; undefined: never). */
function chunkTiming(page: import('@playwright/test').Page) {
  return page.evaluate((source) => {
    const chunk = performance
      .getEntriesByType('resource')
      .find((entry) => new RegExp(source).test(new URL(entry.name).pathname))
    const interactive = performance.getEntriesByName('broadsheet:interactive')[0]
    return { requested: chunk?.startTime, interactive: interactive?.startTime }
  }, CHUNK.source)
}

test('a plain article hydrates without the richer blocks’ code, which comes with the next story’s data', async ({
  page,
}) => {
  await page.goto(SEED_PATH)
  expect((await chunkTiming(page)).requested).toBeUndefined()
  // Related stories in view prefetch their articles, and the chunk comes along with that data.
  await page.getByRole('heading', { name: 'Related stories' }).scrollIntoViewIfNeeded()
  await expect.poll(async () => (await chunkTiming(page)).requested).toBeDefined()
  const { requested, interactive } = await chunkTiming(page)
  expect(requested).toBeGreaterThan(interactive ?? Infinity)
})

test('a page with richer blocks hydrates on the very elements the server sent', async ({
  page,
}) => {
  // The prerendered table, taken before the app's script runs (it waits for the first paint).
  await page.addInitScript((caption) => {
    document.addEventListener('DOMContentLoaded', () => {
      Object.assign(window, {
        serverTable: [...document.querySelectorAll('table')].find(
          (table) => table.caption?.textContent === caption,
        ),
      })
    })
  }, TABLE)
  await page.goto(EVERY_BLOCK)
  const { requested, interactive } = await chunkTiming(page)
  expect(requested).toBeDefined()
  expect(requested).toBeLessThan(interactive ?? 0)
  const table = page.getByRole('table', { name: TABLE })
  await expect(table).toBeVisible()
  // Hydrated, not rendered again: the node is the server's own, and it now answers the app's handlers.
  expect(
    await table.evaluate(
      (element) => element === (window as unknown as { serverTable: unknown }).serverTable,
    ),
  ).toBe(true)
  // A gallery's photo (its component is in the chunk) opens the viewer.
  await page
    .getByRole('button', {
      name: 'View photo full size: A barge carrying concrete blocks moored at the harbour mouth.',
    })
    .click()
  await expect(page.getByRole('dialog', { name: 'Photo 3 of 4' })).toBeVisible()
})

test('an article opened in the app shows its richer blocks with its headline', async ({ page }) => {
  await page.goto('/')
  // At the moment the headline is added to the page, is the table there too?
  await page.evaluate((caption) => {
    const seen: { tableWithHeadline?: boolean } = {}
    Object.assign(window, { seen })
    new MutationObserver(() => {
      if (seen.tableWithHeadline !== undefined) return
      const headline = document.querySelector('h1')
      if (!headline?.textContent.includes('Harbour Sea Wall')) return
      seen.tableWithHeadline = [...document.querySelectorAll('caption')].some(
        (element) => element.textContent === caption,
      )
    }).observe(document.body, { childList: true, subtree: true })
  }, TABLE)
  await page.getByRole('link', { name: EVERY_BLOCK_HEADLINE }).first().click()
  await expect(page.getByRole('heading', { level: 1, name: EVERY_BLOCK_HEADLINE })).toBeFocused()
  await expect(page.getByRole('table', { name: TABLE })).toBeVisible()
  expect(
    await page.evaluate(
      () => (window as unknown as { seen: { tableWithHeadline?: boolean } }).seen.tableWithHeadline,
    ),
  ).toBe(true)
})
