import { readFileSync } from 'node:fs'
import path from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { test as plainTest } from '@playwright/test'
import type { Browser, Page } from '@playwright/test'
import { EMBED_PROVIDERS } from '../../src/content/embed-providers'
import { embedFrameOrigins } from '../../src/content/embeds'
import { expect, test, waitForApp } from './fixtures'

// Format version 2's blocks in Chromium, on the production build: what jsdom can't see. The every-block sample
// (public/content/articles/every-block.json) holds one of each.

const PATH = '/articles/every-block'
const SETTINGS_KEY = 'broadsheet:reader-settings'
const YOUTUBE_FRAME = 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ'
const LOAD_VIDEO = 'Load YouTube video: The harbour authority’s briefing for residents'
const SAMPLE = readFileSync(
  path.resolve(import.meta.dirname, '../../public/content/articles/every-block.json'),
  'utf8',
)

async function atTextSize(page: Page, textSize: number) {
  await page.addInitScript(
    ([key, value]) => {
      localStorage.setItem(key, value)
    },
    [SETTINGS_KEY, JSON.stringify({ textSize })] as const,
  )
}

/** How far the page itself can scroll sideways, in CSS pixels (0 is right). */
function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
}

/** WCAG 2.2 AA as axe checks it, with the experimental label-in-name rule (WCAG 2.5.3) switched on. */
async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    // options() replaces the whole options object, runOnly included: set it before withTags().
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze()
  expect(
    results.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([])
}

/** The prerendered page as it is before (or without) the app: no script runs. */
async function staticPage(browser: Browser, baseURL: string | undefined, width: number) {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width, height: 800 },
    baseURL,
  })
  return context
}

test.describe('at 320 px with 300% text', () => {
  test.use({ viewport: { width: 320, height: 800 } })

  test('no block widens the page, before and after the app runs, even when every photo fails', async ({
    page,
    browser,
    baseURL,
  }) => {
    // Before the app: the prerendered HTML alone, with the reader's size applied by the boot script's CSS.
    const context = await staticPage(browser, baseURL, 320)
    const before = await context.newPage()
    await before.route('**/content/images/**', (route) => route.fulfill({ status: 404 }))
    await before.goto(PATH)
    await before.evaluate(() => {
      document.documentElement.setAttribute('data-text-size', '300')
    })
    await expect(before.getByRole('heading', { level: 1 })).toBeVisible()
    expect(await sidewaysScroll(before)).toBe(0)
    await context.close()

    await atTextSize(page, 300)
    await page.route('**/content/images/**', (route) => route.fulfill({ status: 404 }))
    await page.goto(PATH)
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '300')
    // Every photo down the page (lazy ones too) has tried, and failed, to load.
    const gallery = page.getByRole('region', { name: /^The sea wall, section by section/ })
    for (const item of await gallery.getByRole('listitem').all())
      await item.scrollIntoViewIfNeeded()
    await page.getByRole('link', { name: /^Open on Bluesky/ }).scrollIntoViewIfNeeded()
    await expect(page.getByRole('img', { name: /^Photo unavailable/ })).toHaveCount(4)
    expect(await sidewaysScroll(page)).toBe(0)
  })

  test('a wide table scrolls inside its labelled region, which the keyboard can focus and scroll', async ({
    page,
  }) => {
    await atTextSize(page, 300)
    await page.goto(PATH)
    const region = page.getByRole('region', { name: 'Sea wall costs by phase, £m' })
    await expect(region).toHaveAttribute('tabindex', '0')
    const { scrollWidth, clientWidth } = await region.evaluate((element) => ({
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
    }))
    expect(scrollWidth).toBeGreaterThan(clientWidth)
    await region.focus()
    await expect(region).toBeFocused()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('End')
    await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0)
    expect(await sidewaysScroll(page)).toBe(0)
  })

  test('every block passes axe', async ({ page }) => {
    await atTextSize(page, 300)
    await page.goto(PATH)
    await expectNoAxeViolations(page)
  })
})

test.describe('at 1366 px', () => {
  test.use({ viewport: { width: 1366, height: 900 } })

  test('every block passes axe, transcripts open', async ({ page }) => {
    await page.goto(PATH)
    for (const summary of await page.getByText('Transcript', { exact: true }).all())
      await summary.click()
    await expect(page.getByText('Waves break over the temporary barriers twice.')).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('a table that fits is not a tab stop, and its figures line up on their last digit', async ({
    page,
  }) => {
    await page.goto(PATH)
    const region = page.getByRole('region', { name: 'Sea wall costs by phase, £m' })
    await expect(region).not.toHaveAttribute('tabindex')
    const align = (name: string) =>
      page
        .getByRole('table')
        .getByRole(name === 'Budget' ? 'columnheader' : 'cell', { name, exact: true })
        .first()
        .evaluate((element) => getComputedStyle(element).textAlign)
    expect(await align('9.8')).toBe('end')
    expect(await align('Budget')).toBe('end')
    expect(
      await page
        .getByRole('rowheader', { name: 'Western arm' })
        .evaluate((element) => getComputedStyle(element).textAlign),
    ).toBe('start')
  })

  test('a gallery photo opens the photo viewer at its place among the article’s photos', async ({
    page,
  }) => {
    await page.goto(PATH)
    await page
      .getByRole('button', {
        name: 'View photo full size: A barge carrying concrete blocks moored at the harbour mouth.',
      })
      .click()
    const viewer = page.getByRole('dialog', { name: 'Photo 3 of 4' })
    await expect(viewer).toBeVisible()
    await viewer.getByRole('button', { name: 'Next photo' }).click()
    await expect(page.getByRole('dialog', { name: 'Photo 4 of 4' })).toBeVisible()
  })

  test('nothing moves while the page loads and the app takes over', async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: number[] = []
      Object.assign(window, { layoutShifts: shifts })
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          shifts.push((entry as PerformanceEntry & { value: number }).value)
      }).observe({ type: 'layout-shift', buffered: true })
    })
    await page.goto(PATH)
    await page.waitForLoadState('networkidle')
    const total = await page.evaluate(() =>
      (window as unknown as { layoutShifts: number[] }).layoutShifts.reduce(
        (sum, value) => sum + value,
        0,
      ),
    )
    expect(total).toBeLessThan(0.01)
  })

  test('the CSP allows exactly the allowed providers’ frames, and media only from allowed hosts', async ({
    page,
  }) => {
    const response = await page.goto(PATH)
    const policy = response?.headers()['content-security-policy'] ?? ''
    const frameSrc = policy
      .split('; ')
      .find((part) => part.startsWith('frame-src '))
      ?.split(' ')
      .slice(1)
    expect(frameSrc).toEqual(embedFrameOrigins(EMBED_PROVIDERS))
    expect(policy).toContain("media-src 'self'")
  })

  test('on paper, players give way to what can be read: transcripts print open, no load button', async ({
    page,
  }) => {
    await page.goto(PATH)
    await page.emulateMedia({ media: 'print' })
    await expect(page.getByText('Waves break over the temporary barriers twice.')).toBeVisible()
    await expect(page.getByRole('button', { name: LOAD_VIDEO })).toBeHidden()
    await expect(page.getByRole('link', { name: /^Open on YouTube/ }).first()).toBeVisible()
    const overflow = await page
      .getByRole('region', { name: 'Sea wall costs by phase, £m' })
      .evaluate((element) => getComputedStyle(element).overflowX)
    expect(overflow).toBe('visible')
  })

  test('a right-to-left article sets every block from the right', async ({ page }) => {
    const rtl = { ...(JSON.parse(SAMPLE) as object), slug: 'every-block-rtl', dir: 'rtl' }
    await page.route('**/content/articles/every-block-rtl.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(rtl) }),
    )
    await page.setViewportSize({ width: 320, height: 800 })
    await atTextSize(page, 300)
    await page.goto('/articles/every-block-rtl')
    await expect(page.getByRole('article')).toHaveAttribute('dir', 'rtl')
    const box = async (name: string) =>
      (await page.getByRole('columnheader', { name }).boundingBox())!
    // The first column is on the right.
    expect((await box('Phase')).x).toBeGreaterThan((await box('Budget')).x)
    const list = page.getByRole('list').filter({ hasText: 'flood kit' }).first()
    const padding = await list.evaluate((element) => ({
      right: parseFloat(getComputedStyle(element).paddingRight),
      left: parseFloat(getComputedStyle(element).paddingLeft),
    }))
    expect(padding.right).toBeGreaterThan(0)
    expect(padding.left).toBe(0)
    // Code and formulas stay left to right inside a right-to-left page.
    await expect(page.getByRole('region', { name: 'Code (CSV)' })).toHaveAttribute('dir', 'ltr')
    expect(await sidewaysScroll(page)).toBe(0)
  })
})

// This test makes the browser call the provider on purpose, so it keeps its own watch on requests instead of
// the shared fixture's (which fails on any request that leaves the app's origin).
plainTest(
  'an embed sends nothing to its provider until the reader asks, then frames it',
  async ({ page }) => {
    const outside: string[] = []
    const problems: string[] = []
    const origin = `http://127.0.0.1:${process.env.PREVIEW_PORT ?? '4173'}`
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== origin) outside.push(request.url())
    })
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text())
    })
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`)
      })
    })
    // The provider, played by a stub page, so no request leaves this machine.
    await page.route('https://www.youtube-nocookie.com/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>Player</title><p>Stand-in player</p>',
      }),
    )
    await page.goto(PATH)
    await waitForApp(page)
    const load = page.getByRole('button', { name: LOAD_VIDEO })
    await load.scrollIntoViewIfNeeded()
    await page.waitForLoadState('networkidle')
    expect(outside).toEqual([])
    await expect(page.locator('iframe')).toHaveCount(0)

    await load.click()
    const frame = page.getByTitle('YouTube: The harbour authority’s briefing for residents')
    await expect(frame).toHaveAttribute('src', YOUTUBE_FRAME)
    await expect(frame).toBeFocused()
    await expect(page.frameLocator('iframe').getByText('Stand-in player')).toBeVisible()
    expect(outside).toEqual([YOUTUBE_FRAME])
    expect(problems).toEqual([])
  },
)

test('a video’s poster is not fetched until the player nears the screen', async ({ page }) => {
  const posters: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('every-block-video-poster')) posters.push(request.url())
  })
  await page.setViewportSize({ width: 1366, height: 900 })
  await page.goto(PATH)
  await page.waitForLoadState('networkidle')
  expect(posters).toEqual([])
  const video = page.getByLabel('Video: The eastern section from the harbour arm')
  await video.scrollIntoViewIfNeeded()
  await expect(video).toHaveAttribute('poster', '/content/images/every-block-video-poster.jpg')
  await expect.poll(() => posters.length).toBe(1)
})
