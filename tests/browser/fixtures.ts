import AxeBuilder from '@axe-core/playwright'
import { test as base, expect } from '@playwright/test'
import type { Page } from '@playwright/test'
import { previewOrigin } from '../../build/shared/preview-port'

export const SEED_PATH = '/articles/us-deep-concerns-china-alignment-russia'
export const SEED_HEADLINE =
  'US Has ‘Deep Concerns’ About China’s Alignment With Russia, Official Says'
export const RELATED_HEADLINE = 'Report: Russia Had Sought Aid From CCP Prior To Ukraine Invasion'

/** WCAG 2.2 AA, as axe checks it. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    // Label in name (WCAG 2.5.3) is experimental in axe 4.13, so a default run skips it. First: options()
    // replaces every option, withTags() then adds its own.
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  // axe cannot judge a short label ("A−") and files it under "needs review": we count that as failing, so a
  // glyph-only button must still carry its visible text in its name.
  const unjudgedLabelInName = results.incomplete.filter(
    (result) => result.id === 'label-content-name-mismatch',
  )
  const summary = [...results.violations, ...unjudgedLabelInName].map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  )
  expect(summary).toEqual([])
}

/** Resolves once the app has hydrated (or rendered): its script loads after the first paint, on purpose. */
export async function waitForApp(page: Page) {
  await page.waitForFunction(
    () => performance.getEntriesByName('broadsheet:interactive').length > 0,
  )
}

/**
 * Every browser test fails on a page error or console error, and on any request that leaves the app's own
 * origin: the reader must never be made to call out.
 */
export const test = base.extend<{ pageProblems: string[]; appOrigin: string }>({
  // The one origin pages may request from: the preview server, or whatever server a spec starts itself.
  appOrigin: [previewOrigin(), { option: true }],
  // A reader can read a prerendered page at once, but controls answer only once the app runs: tests that
  // click wait for that after every full page load.
  page: async ({ page }, use) => {
    const goto = page.goto.bind(page)
    const reload = page.reload.bind(page)
    page.goto = async (...args) => {
      const response = await goto(...args)
      await waitForApp(page)
      return response
    }
    page.reload = async (...args) => {
      const response = await reload(...args)
      await waitForApp(page)
      return response
    }
    await use(page)
  },
  pageProblems: [
    async ({ page, appOrigin }, use) => {
      const problems: string[] = []
      // The preview server sends the production Content Security Policy: any violation fails the test.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(
            `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`,
          )
        })
      })
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
      page.on('console', (message) => {
        if (message.type() === 'error' && !isExpectedFailedLoad(message.text()))
          problems.push(`console error: ${message.text()}`)
      })
      page.on('request', (request) => {
        const url = new URL(request.url())
        if (url.origin !== appOrigin && url.protocol !== 'data:')
          problems.push(`outside request: ${request.url()}`)
      })
      await use(problems)
      expect(problems).toEqual([])
    },
    { auto: true },
  ],
})

// Chromium logs every 4xx/5xx response and failed request as a console error; tests that cause one expect it.
// Pagefind logs its own line for an index file it could not fetch (offline), and carries on without it.
function isExpectedFailedLoad(text: string): boolean {
  return (
    /Failed to load resource: (the server responded with a status of (404|500|503)|net::ERR_(FAILED|INTERNET_DISCONNECTED))/.test(
      text,
    ) || /^Failed to load the index chunk \S+pf_index:\s+TypeError: Failed to fetch$/.test(text)
  )
}

export { expect }
