import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from '@playwright/test'

export const SETTINGS_KEY = 'broadsheet:reader-settings'
export const LONG_READ = '/articles/the-long-read-how-a-newsroom-sets-type'
/** Three sub-headings: the smallest article that gets a table of contents. */
export const SHORT_WITH_HEADINGS = '/articles/astronomers-map-dark-matter-bridge'
export const RTL_SLUG = 'fixture-right-to-left-long'
export const RTL_PATH = `/articles/${RTL_SLUG}`

const RTL_BODY = readFileSync(
  path.resolve(import.meta.dirname, `../fixtures/articles/${RTL_SLUG}.json`),
  'utf8',
)

/** An Arabic article with four sub-headings, served as if it had been published (it is not prerendered). */
export async function serveRightToLeftArticle(page: Page): Promise<void> {
  await page.route(`**/content/articles/${RTL_SLUG}.json`, async (route) => {
    await route.fulfill({ status: 200, contentType: 'application/json', body: RTL_BODY })
  })
}

/** Settings as a returning reader has them: written once, before the first page of the test loads. */
export async function storeSettings(page: Page, settings: Record<string, unknown>): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded-settings')) {
        localStorage.setItem(key, value)
        sessionStorage.setItem('seeded-settings', '1')
      }
    },
    [SETTINGS_KEY, JSON.stringify(settings)] as const,
  )
}

/** What the reader would see go wrong at this size: sideways scrolling, boxes too small for their content. */
export function layoutProblems(page: Page) {
  return page.evaluate(() => {
    const wide = [...document.querySelectorAll('body *')].filter(
      (element) => element.getBoundingClientRect().right > window.innerWidth + 0.5,
    )
    // A box whose content is larger than it: clipped if it hides overflow, overlapping its neighbours if not.
    const overflowing = [
      ...document.querySelectorAll(
        'main h1, main h2, main p, main figcaption, main a, button, nav',
      ),
    ].filter(
      (element) =>
        // Visually hidden text sits in a 1 px box, clipped on purpose: only screen readers read it.
        element.getBoundingClientRect().width > 1 &&
        (element.scrollWidth > element.clientWidth + 1 ||
          (getComputedStyle(element).overflowY !== 'visible' &&
            element.scrollHeight > element.clientHeight + 1)),
    )
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()} “${element.textContent.slice(0, 30)}”`
    return {
      scrollWidth: document.documentElement.scrollWidth,
      wide: wide.map(describe),
      overflowing: overflowing.map(describe),
    }
  })
}
