import type { Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, SEED_PATH, test } from './fixtures'
import {
  layoutProblems,
  LONG_READ,
  RTL_PATH,
  serveRightToLeftArticle,
  storeSettings,
} from './reading-support'

/** The text a sighted reader sees on a control: rendered text nodes only, not visually hidden ones. */
function visibleText(control: Locator) {
  return control.evaluate((element) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    let text = ''
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      // Visually hidden text sits in a 1 px box.
      const box = node.parentElement?.getBoundingClientRect()
      if (box && box.width > 1 && box.height > 1) text += node.textContent ?? ''
    }
    return text.replace(/\s+/g, ' ').trim()
  })
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

async function openSettings(page: Page) {
  await page.getByRole('button', { name: 'Reading settings' }).click()
  await expect(page.getByRole('region', { name: 'Reading settings' })).toBeVisible()
}

/** Every visible button and radio on the page: its accessible name starts with the text it shows. */
async function expectLabelsInNames(page: Page) {
  const controls = page.getByRole('button').or(page.getByRole('radio'))
  const count = await controls.count()
  expect(count).toBeGreaterThanOrEqual(8)
  for (let index = 0; index < count; index += 1) {
    const control = controls.nth(index)
    if (!(await control.isVisible())) continue
    // A radio's text is its label's, beside it.
    const label = await visibleText(
      (await control.getAttribute('type')) === 'radio' ? control.locator('xpath=..') : control,
    )
    // A photo's open button shows the photo, not words: 2.5.3 is about text labels.
    if (label === '') continue
    await expect(control).toHaveAccessibleName(new RegExp(`^${escapeRegExp(label)}`))
  }
}

test('every reading control’s accessible name starts with the label it shows (WCAG 2.5.3)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 })
  await page.goto(SEED_PATH)
  await openSettings(page)
  await expectLabelsInNames(page)
  await expect(page.getByRole('button', { name: 'A− Smaller text' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'A+ Larger text' })).toBeVisible()
})

test('in the compact toolbar too (320 px, 300%), every control’s name starts with its label', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 })
  await storeSettings(page, { textSize: 300 })
  await page.goto(SEED_PATH)
  await openSettings(page)
  await expectLabelsInNames(page)
  const textSize = page.getByRole('group', { name: 'Text size', exact: true })
  await expect(textSize.getByRole('button', { name: 'A+ Larger text' })).toBeVisible()
})

test.describe('the compact toolbar on a 320 px phone at 300%', () => {
  test.use({ viewport: { width: 320, height: 640 } })

  for (const path of [SEED_PATH, LONG_READ, RTL_PATH]) {
    test(`${path}: the headline starts on the first screen, text size is inside the settings`, async ({
      page,
    }) => {
      await serveRightToLeftArticle(page)
      await storeSettings(page, { textSize: 300 })
      await page.goto(path)
      const top = await page
        .getByRole('heading', { level: 1 })
        .evaluate((h1) => h1.getBoundingClientRect().top)
      expect(top).toBeLessThan(640)
      // One button, no text-size row.
      await expect(page.getByRole('group', { name: 'Text size', exact: true })).toBeHidden()
      await openSettings(page)
      const textSize = page.getByRole('group', { name: 'Text size', exact: true })
      await expect(textSize).toContainText('Text size 300%')
      await textSize.getByRole('button', { name: 'A− Smaller text' }).click()
      await expect(textSize).toContainText('Text size 250%')
      await expect(page.locator('html')).toHaveAttribute('data-text-size', '250')
      expect(await layoutProblems(page)).toEqual({ scrollWidth: 320, wide: [], overflowing: [] })
      await expectNoAxeViolations(page)
    })
  }
})

test('a wide screen keeps the text-size buttons in the bar, even at 300%', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 })
  await storeSettings(page, { textSize: 300 })
  await page.goto(SEED_PATH)
  await expect(page.getByRole('group', { name: 'Text size', exact: true })).toBeVisible()
  await expect(page.getByRole('group', { name: 'Text size', exact: true })).toContainText(
    'Text size 300%',
  )
})

test('growing the text until the bar folds keeps the keyboard focus on the settings button', async ({
  page,
}) => {
  await page.setViewportSize({ width: 800, height: 900 })
  await page.goto(SEED_PATH)
  const larger = page.getByRole('button', { name: 'A+ Larger text' })
  await larger.focus()
  for (let step = 0; step < 10 && (await larger.isVisible()); step += 1)
    await page.keyboard.press('Enter')
  await expect(page.getByRole('group', { name: 'Text size', exact: true })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Reading settings' })).toBeFocused()
})

const WCAG_SPACING = {
  letterSpacing: 'wider',
  wordSpacing: 'wider',
  paragraphSpacing: 'wider',
  lineSpacing: 'standard',
  textAlign: 'justify',
}

function paragraphMetrics(page: Page) {
  return page
    .getByRole('article')
    .locator('p')
    .evaluateAll((paragraphs) => {
      // Two body paragraphs in a row: the space between them is the paragraph spacing alone.
      const first = paragraphs.find(
        (p) => p.closest('header') === null && p.nextElementSibling?.tagName === 'P',
      )
      const second = first?.nextElementSibling
      if (!first || !second) throw new Error('no two body paragraphs in a row')
      const style = getComputedStyle(first)
      const size = parseFloat(style.fontSize)
      return {
        letter: parseFloat(style.letterSpacing) / size,
        word: parseFloat(style.wordSpacing) / size,
        gap: (second.getBoundingClientRect().top - first.getBoundingClientRect().bottom) / size,
        line: parseFloat(style.lineHeight) / size,
        align: style.textAlign,
        hyphens: style.hyphens,
        lang: first.closest('[lang]')?.getAttribute('lang'),
      }
    })
}

test('the widest spacing steps reach WCAG 1.4.12, and justified text is hyphenated in the article’s language', async ({
  page,
}) => {
  await page.goto(LONG_READ)
  await openSettings(page)
  await page.getByRole('radio', { name: 'Most spaced (0.12em)' }).check()
  await page.getByRole('radio', { name: 'Most spaced (0.16em)' }).check()
  await page.getByRole('radio', { name: 'Most (twice the text size)' }).check()
  await page.getByRole('radio', { name: 'Justified, hyphenated' }).check()
  const metrics = await paragraphMetrics(page)
  expect(metrics.letter).toBeCloseTo(0.12, 2)
  expect(metrics.word).toBeCloseTo(0.16, 2)
  expect(metrics.gap).toBeGreaterThanOrEqual(2 - 0.01)
  expect(metrics.line).toBeGreaterThanOrEqual(1.5)
  expect(metrics).toMatchObject({ align: 'justify', hyphens: 'auto', lang: 'en' })
  await expectNoAxeViolations(page)
})

test('spacing, alignment, line spacing, width and font are there at the first paint, before the app’s script has run', async ({
  page,
}) => {
  await storeSettings(page, {
    ...WCAG_SPACING,
    lineSpacing: 'loose',
    textWidth: 'wide',
    font: 'sans',
  })
  // The first animation frame runs before the first paint; the app's script comes after it, on purpose.
  await page.addInitScript(() => {
    requestAnimationFrame(() => {
      const root = getComputedStyle(document.documentElement)
      Object.assign(window, {
        firstFrame: {
          appRan: performance.getEntriesByName('broadsheet:interactive').length > 0,
          letter: parseFloat(root.getPropertyValue('--reader-letter-spacing')),
          word: parseFloat(root.getPropertyValue('--reader-word-spacing')),
          paragraph: parseFloat(root.getPropertyValue('--reader-paragraph-spacing')),
          align: root.getPropertyValue('--reader-text-align'),
          line: root.getPropertyValue('--reader-line-height'),
          measure: root.getPropertyValue('--measure'),
          sans: root.getPropertyValue('--font-reading') === root.getPropertyValue('--font-sans'),
        },
      })
    })
  })
  await page.goto(SEED_PATH)
  const firstFrame = await page.evaluate(() => (window as { firstFrame?: unknown }).firstFrame)
  expect(firstFrame).toEqual({
    appRan: false,
    letter: 0.12,
    word: 0.16,
    paragraph: 2,
    align: 'justify',
    line: '2.1',
    measure: '80ch',
    sans: true,
  })
  // And what the tokens mean reaches the text itself.
  const metrics = await paragraphMetrics(page)
  expect(metrics.letter).toBeCloseTo(0.12, 2)
})

test.describe('nothing clips or overlaps at WCAG 1.4.12 spacing, 300% text, 320 px', () => {
  test.use({ viewport: { width: 320, height: 640 } })
  for (const path of ['/', SEED_PATH, LONG_READ, RTL_PATH]) {
    test(path, async ({ page }) => {
      await serveRightToLeftArticle(page)
      await storeSettings(page, { ...WCAG_SPACING, textSize: 300, lineSpacing: 'loose' })
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      expect(await layoutProblems(page)).toEqual({ scrollWidth: 320, wide: [], overflowing: [] })
      await openSettings(page)
      expect(await layoutProblems(page)).toEqual({ scrollWidth: 320, wide: [], overflowing: [] })
    })
  }
})

test('the cream theme is low-glare and passes axe, in a right-to-left article too', async ({
  page,
}) => {
  await serveRightToLeftArticle(page)
  await storeSettings(page, { theme: 'cream', ...WCAG_SPACING })
  await page.goto(RTL_PATH)
  await expect(page.getByRole('article')).toHaveAttribute('dir', 'rtl')
  const paper = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  )
  expect(paper).toBe('rgb(239, 230, 204)')
  await openSettings(page)
  await expect(page.getByRole('radio', { name: 'Cream (low glare)' })).toBeChecked()
  await expectNoAxeViolations(page)
})

test.describe('my colours', () => {
  test('a pair under 4.5:1 is refused, with the ratio and what is needed, announced', async ({
    page,
  }) => {
    await page.goto(SEED_PATH)
    await openSettings(page)
    await page.getByRole('radio', { name: 'My colours' }).check()
    await page.getByLabel('Text colour').fill('#999999')
    const alert = page.getByRole('alert').filter({ hasText: 'Not applied' })
    await expect(alert).toContainText('contrast of 2.7:1')
    await expect(alert).toContainText('at least 4.5:1')
    // The refused text colour never reaches the page.
    const text = await page.evaluate(() => getComputedStyle(document.body).color)
    expect(text).toBe('rgb(26, 26, 26)')
    await expectNoAxeViolations(page)
  })

  test('a colour being dragged is announced once, when it settles: an alert for a refusal, politely for a pair applied', async ({
    page,
  }) => {
    await page.goto(SEED_PATH)
    await openSettings(page)
    await page.getByRole('radio', { name: 'My colours' }).check()
    // Every text a live region is given, in order, from here on.
    await page.evaluate(() => {
      const heard: string[] = []
      Object.assign(window, { heard })
      for (const region of document.querySelectorAll('[role="alert"], [role="status"]'))
        new MutationObserver(() => {
          const text = region.textContent.trim()
          if (text !== '') heard.push(`${region.getAttribute('role') ?? ''}: ${text}`)
        }).observe(region, { childList: true, subtree: true, characterData: true })
    })
    const heard = () => page.evaluate(() => (window as unknown as { heard: string[] }).heard)
    // A drag through the picker: `input` at every step (set through the native setter, as the picker does,
    // so React sees each value), then `change` once, where the reader lets go.
    const drag = (label: string, steps: string[]) =>
      page.getByLabel(label).evaluate((input, values) => {
        const prototype = Object.getPrototypeOf(input) as object
        for (const value of values) {
          Reflect.set(prototype, 'value', value, input)
          input.dispatchEvent(new Event('input', { bubbles: true }))
        }
      }, steps)
    const letGo = (label: string) =>
      page
        .getByLabel(label)
        .evaluate((input) => input.dispatchEvent(new Event('change', { bubbles: true })))

    await drag('Text colour', ['#b0b0b0', '#a0a0a0', '#999999'])
    expect(await heard()).toEqual([])
    await letGo('Text colour')
    await expect(page.getByRole('alert').filter({ hasText: 'Not applied' })).toContainText(
      'contrast of 2.7:1',
    )
    const [refused] = await heard()
    expect(await heard()).toHaveLength(1)
    expect(refused).toMatch(/^alert: Not applied/)

    await drag('Text colour', ['#707070', '#505050', '#303030'])
    // Readable on the way: shown on the page at once, the refusal gone, and still nothing said.
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.body).color))
      .toBe('rgb(48, 48, 48)')
    await expect(page.getByRole('alert').filter({ hasText: 'Not applied' })).toHaveCount(0)
    expect(await heard()).toHaveLength(1)
    await letGo('Text colour')
    await expect(page.getByRole('status').filter({ hasText: 'My colours applied' })).toHaveCount(1)
    expect(await heard()).toEqual([
      refused,
      expect.stringMatching(/^status: My colours applied, contrast/),
    ])
    await expectNoAxeViolations(page)
  })

  test('a readable pair is applied at once, kept after a reload, and passes axe', async ({
    page,
  }) => {
    await page.goto(SEED_PATH)
    await openSettings(page)
    await page.getByRole('radio', { name: 'My colours' }).check()
    await page.getByLabel('Background colour').fill('#10243a')
    await expect(page.getByRole('alert').filter({ hasText: 'Not applied' })).toHaveCount(1)
    await page.getByLabel('Text colour').fill('#f2e9c9')
    await expect(page.getByRole('alert').filter({ hasText: 'Not applied' })).toHaveCount(0)
    await expect(page.getByRole('status').filter({ hasText: 'My colours applied' })).toHaveCount(1)
    const colours = () =>
      page.evaluate(() => [
        getComputedStyle(document.documentElement).backgroundColor,
        getComputedStyle(document.body).color,
      ])
    expect(await colours()).toEqual(['rgb(16, 36, 58)', 'rgb(242, 233, 201)'])
    await expectNoAxeViolations(page)
    await page.reload()
    expect(await colours()).toEqual(['rgb(16, 36, 58)', 'rgb(242, 233, 201)'])
  })
})
