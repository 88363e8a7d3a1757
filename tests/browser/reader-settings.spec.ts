import type { Page } from '@playwright/test'
import {
  expect,
  expectNoAxeViolations,
  RELATED_HEADLINE,
  SEED_HEADLINE,
  SEED_PATH,
  test,
  waitForApp,
} from './fixtures'

const STORAGE_KEY = 'broadsheet:reader-settings'
const LONG_READ = '/articles/the-long-read-how-a-newsroom-sets-type'
const STEPS = [80, 90, 100, 110, 120, 135, 150, 175, 200, 250, 300]

function firstParagraphFontSize(page: Page) {
  return page
    .getByRole('article')
    .getByRole('paragraph')
    .filter({ hasText: 'The United States has' })
    .evaluate((p) => parseFloat(getComputedStyle(p).fontSize))
}

async function storeSettings(page: Page, settings: Record<string, unknown>) {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value)
        sessionStorage.setItem('seeded', '1')
      }
    },
    [STORAGE_KEY, JSON.stringify(settings)] as const,
  )
}

test('a body paragraph’s computed size follows every step of the control exactly', async ({
  page,
}) => {
  await page.goto(SEED_PATH)
  const base = await firstParagraphFontSize(page)
  expect(base).toBe(18)
  await page.getByRole('button', { name: 'Smaller text' }).click()
  await page.getByRole('button', { name: 'Smaller text' }).click()
  for (const step of STEPS) {
    await expect(page.getByRole('group', { name: 'Text size' })).toContainText(`Text size ${step}%`)
    expect(await firstParagraphFontSize(page)).toBeCloseTo((base * step) / 100, 1)
    if (step !== 300) await page.getByRole('button', { name: 'Larger text' }).click()
  }
  await expect(page.getByRole('button', { name: 'Larger text' })).toBeDisabled()
})

test('the size applies to headline, standfirst, byline, captions and related stories alike', async ({
  page,
}) => {
  await page.goto('/articles/the-long-read-how-a-newsroom-sets-type')
  const article = page.getByRole('article')
  const parts = [
    article.getByRole('heading', { level: 1 }),
    article.getByText(/^For more than a century, newspapers argued over point sizes/),
    article.getByText(/^By Cordelia Ashdown-Pryce/),
    article.getByText(/^Lines of cast type, locked up in a chase/),
    page
      .getByRole('region', { name: 'Related stories' })
      .getByRole('heading', { level: 3 })
      .first(),
  ]
  const sizes = () =>
    Promise.all(
      parts.map((part) =>
        part.evaluate((element) => parseFloat(getComputedStyle(element).fontSize)),
      ),
    )
  const before = await sizes()
  await page.keyboard.press('+')
  await page.keyboard.press('+')
  const after = await sizes()
  after.forEach((size, index) => {
    expect(size / (before[index] ?? 1)).toBeCloseTo(1.2, 2)
  })
})

test('the chosen size is there at the first paint after a reload, with no default-size flash', async ({
  page,
}) => {
  await page.goto(SEED_PATH)
  await page.getByRole('button', { name: 'Larger text' }).click()
  await page.getByRole('button', { name: 'Larger text' }).click()
  // Record the scale in the very first animation frame, which runs before the first paint.
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      ;(window as unknown as { firstFrameScale: string }).firstFrameScale = getComputedStyle(
        document.documentElement,
      ).getPropertyValue('--reader-font-scale')
    })
  })
  await page.reload()
  expect(
    await page.evaluate(() => (window as unknown as { firstFrameScale?: string }).firstFrameScale),
  ).toBe('1.2')
  expect(await firstParagraphFontSize(page)).toBeCloseTo(21.6, 1)
  await expect(page.getByRole('group', { name: 'Text size' })).toContainText('Text size 120%')
})

test('the size is kept when following a related story and coming back', async ({ page }) => {
  await storeSettings(page, { textSize: 150 })
  await page.goto(SEED_PATH)
  await page
    .getByRole('region', { name: 'Related stories' })
    .getByRole('link', { name: RELATED_HEADLINE })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(RELATED_HEADLINE)
  const paragraph = page
    .getByRole('article')
    .getByRole('paragraph')
    .filter({ hasText: 'Russia asked China for assistance' })
  expect(await paragraph.evaluate((p) => parseFloat(getComputedStyle(p).fontSize))).toBeCloseTo(
    27,
    1,
  )
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE)
  expect(await firstParagraphFontSize(page)).toBeCloseTo(27, 1)
})

test('a link the keyboard reaches is never hidden under the sticky reading toolbar at 250%', async ({
  page,
}) => {
  // Wide enough at 250% for the bar to stay on screen with its text-size buttons (narrower, it folds).
  await page.setViewportSize({ width: 1100, height: 900 })
  await storeSettings(page, { textSize: 250 })
  await page.goto(LONG_READ)
  const toolbarBottom = () =>
    page.getByRole('button', { name: 'Reading settings' }).evaluate((button) => {
      let element: Element | null = button
      while (element && getComputedStyle(element).position !== 'sticky')
        element = element.parentElement
      return element?.getBoundingClientRect().bottom ?? 0
    })
  const controls = page.getByRole('group', { name: 'Text size' })
  const rowHeight = await controls.evaluate((group) => group.getBoundingClientRect().height)
  expect(await toolbarBottom()).toBeGreaterThan(rowHeight)

  // The reader tabs back up to a control that sits just under the bar: half hidden, so not quite off the
  // screen. The browser scrolls only if it counts as covered, which takes the bar's real height.
  const next = page.getByRole('article').getByRole('link').nth(3)
  await next.focus()
  await page.keyboard.press('Shift+Tab')
  await page.evaluate(() => document.activeElement?.setAttribute('data-probe', 'previous'))
  await page.keyboard.press('Tab')
  const target = page.locator('[data-probe="previous"]')
  const bar = await toolbarBottom()
  await target.evaluate((element, barBottom) => {
    window.scrollBy(0, element.getBoundingClientRect().top - (barBottom - 20))
  }, bar)
  expect(await target.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(bar)
  await page.keyboard.press('Shift+Tab')
  await expect(target).toBeFocused()
  const top = await target.evaluate((element) => element.getBoundingClientRect().top)
  expect(top).toBeGreaterThanOrEqual(bar - 0.5)
})

test.describe('at 300% on a 320 px wide screen', () => {
  test.use({ viewport: { width: 320, height: 640 } })

  for (const path of ['/', SEED_PATH, LONG_READ]) {
    test(`${path} is one column with no horizontal scrolling and nothing cut off`, async ({
      page,
    }) => {
      await storeSettings(page, { textSize: 300 })
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      const overflow = await page.evaluate(() => {
        const wide = [...document.querySelectorAll('body *')].filter(
          (element) => element.getBoundingClientRect().right > window.innerWidth + 0.5,
        )
        const clipped = [
          ...document.querySelectorAll('h1, h2, h3, p, figcaption, a, button'),
        ].filter(
          (element) =>
            element.scrollWidth > element.clientWidth + 1 &&
            getComputedStyle(element).overflow !== 'visible',
        )
        return {
          scrollWidth: document.documentElement.scrollWidth,
          wide: wide.map((element) => element.tagName),
          clipped: clipped.map((element) => element.tagName),
        }
      })
      expect(overflow).toEqual({ scrollWidth: 320, wide: [], clipped: [] })
      const images = await page
        .getByRole('main')
        .getByRole('img')
        .evaluateAll((imgs) => imgs.map((img) => img.getBoundingClientRect().width))
      for (const width of images) expect(width).toBeLessThanOrEqual(320)
    })
  }
})

test('the paragraph at the top of the screen stays there when the size changes', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1000, height: 700 })
  await page.goto(LONG_READ)
  // The keys are the app's: scrolling and measuring before it has run (its script waits for the first
  // screen's pictures) measured a page still settling, and a busy machine then saw the paragraph move.
  await waitForApp(page)
  await page.evaluate(() => document.fonts.ready)
  // Twenty-odd paragraphs down (the header's dateline, standfirst and byline are paragraphs too).
  const paragraphs = page.getByRole('article').getByRole('paragraph')
  const paragraph = paragraphs.nth(24)
  await paragraph.evaluate((p) => {
    window.scrollTo(0, p.getBoundingClientRect().top + window.scrollY - 10)
  })
  const top = () => paragraph.evaluate((p) => p.getBoundingClientRect().top)
  const before = await top()
  const presses: [key: string, size: number][] = [
    ['+', 110],
    ['+', 120],
    ['+', 135],
    ['-', 120],
    ['0', 100],
  ]
  for (const [key, size] of presses) {
    await page.keyboard.press(key)
    // The size really changed (a key pressed before the app ran would change nothing, and move nothing).
    await expect(page.getByRole('group', { name: 'Text size' })).toContainText(`Text size ${size}%`)
    expect(Math.abs((await top()) - before)).toBeLessThan(2)
  }
  // The reading toolbar stays on screen at this size; its panel opens over the text, and the paragraph at
  // the top of what the reader can still see, just below it, is the one that must stay put.
  await page.getByRole('button', { name: 'Reading settings' }).click()
  const toolbarBottom = await page
    .getByRole('region', { name: 'Reading settings' })
    .evaluate((panel) => {
      let element: Element | null = panel
      while (element && getComputedStyle(element).position !== 'sticky')
        element = element.parentElement
      return element?.getBoundingClientRect().bottom ?? 0
    })
  const firstVisible = await paragraphs.evaluateAll(
    (ps, below) => ps.findIndex((p) => p.getBoundingClientRect().bottom > below),
    toolbarBottom,
  )
  const visibleTop = () =>
    paragraphs.nth(firstVisible).evaluate((p) => p.getBoundingClientRect().top)
  const start = await visibleTop()
  for (const option of ['Loose', 'Narrow', 'Wide', 'Tight', 'Sans serif']) {
    await page.getByRole('radio', { name: option }).check()
    expect(Math.abs((await visibleTop()) - start)).toBeLessThan(2)
  }
})

test('open tabs follow a change made in another tab', async ({ page, context }) => {
  await page.goto(SEED_PATH)
  const other = await context.newPage()
  await other.goto(SEED_PATH)
  await page.getByRole('button', { name: 'Larger text' }).click()
  await expect(other.locator('html')).toHaveAttribute('data-text-size', '110')
  await expect(other.getByRole('group', { name: 'Text size' })).toContainText('Text size 110%')
  await other.close()
})

test.describe('broken storage never breaks the page', () => {
  const cases: [string, () => void][] = [
    [
      'storage that throws SecurityError',
      () => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError')
          },
        })
      },
    ],
    [
      'storage that is full',
      () => {
        Storage.prototype.setItem = () => {
          throw new DOMException('Quota exceeded', 'QuotaExceededError')
        }
      },
    ],
    [
      'garbage in the key',
      () => {
        localStorage.setItem('broadsheet:reader-settings', '{not json')
      },
    ],
    [
      'out-of-range values',
      () => {
        localStorage.setItem(
          'broadsheet:reader-settings',
          '{"textSize": 9000, "theme": "neon", "font": null}',
        )
      },
    ],
  ]
  for (const [name, breakStorage] of cases) {
    test(`with ${name}, the article renders and the control still works`, async ({ page }) => {
      await page.addInitScript(breakStorage)
      await page.goto(SEED_PATH)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE)
      await page.keyboard.press('0')
      await page.getByRole('button', { name: 'Larger text' }).click()
      await expect(page.getByRole('group', { name: 'Text size' })).toContainText('Text size 110%')
      expect(await firstParagraphFontSize(page)).toBeCloseTo(19.8, 1)
    })
  }
})

test.describe('every theme passes axe (WCAG 2.2 AA)', () => {
  for (const theme of ['light', 'dark', 'sepia', 'contrast']) {
    test(`the ${theme} theme, settings panel open`, async ({ page }) => {
      await storeSettings(page, { theme, font: theme === 'contrast' ? 'legible' : 'serif' })
      await page.goto(SEED_PATH)
      await page.getByRole('button', { name: 'Reading settings' }).click()
      await expect(page.getByRole('region', { name: 'Reading settings' })).toBeVisible()
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      await expectNoAxeViolations(page)
    })
  }

  test('the system theme in dark mode', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto('/')
    const background = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    )
    expect(background).toBe('rgb(18, 18, 18)')
    await expectNoAxeViolations(page)
  })
})

test('the settings panel is keyboard operable and gives focus back when closed', async ({
  page,
}) => {
  await page.goto(SEED_PATH)
  const toggle = page.getByRole('button', { name: 'Reading settings' })
  await toggle.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Reading settings' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('radio', { name: 'Standard' }).first()).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(page.locator('html')).toHaveAttribute('data-line-spacing', 'relaxed')
  await page.keyboard.press('Escape')
  await expect(toggle).toBeFocused()
  await expect(page.getByRole('region', { name: 'Reading settings' })).toHaveCount(0)
})
