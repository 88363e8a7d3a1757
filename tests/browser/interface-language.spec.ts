import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from '@playwright/test'
import { createWorkspace } from '../../build/shared/workspace'
import type { StaticServer } from '../support/static-server'
import { startStaticServer } from '../support/static-server'
import { expect, expectNoAxeViolations, SEED_HEADLINE, SEED_PATH, test } from './fixtures'
import { englishInterfaceWords } from './interface-words'
import { storeSettings } from './reading-support'
import { ENGLISH_VOICES, installSpeechDouble } from './speech-double'

// A publication set in Arabic (VITE_LOCALE=ar): the interface reads right to left, masthead and toolbar
// included, in its own words, while an English article keeps its own language and direction.

const PORT = Number(process.env.PREVIEW_PORT ?? 4173) + 2
const ORIGIN = `http://127.0.0.1:${PORT}`

let server: StaticServer | undefined
let workspaceDir: string | undefined

test.use({ appOrigin: ORIGIN, baseURL: ORIGIN })

test.beforeAll(async () => {
  test.setTimeout(300_000)
  const workspace = await createWorkspace(path.join(tmpdir(), `broadsheet-arabic-${PORT}`))
  workspaceDir = workspace.dir
  await workspace.run('npm', ['run', 'build'], { VITE_LOCALE: 'ar', VITE_SITE_NAME: 'الصحيفة' })
  server = await startStaticServer(path.join(workspace.dir, 'dist'), '/', PORT)
})

test.afterAll(async () => {
  await server?.close()
  if (workspaceDir !== undefined) await rm(workspaceDir, { recursive: true, force: true })
})

test('the front page is in Arabic, set right to left around the stories', async ({ page }) => {
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
  await expect(page.getByRole('heading', { level: 1, name: 'آخر الأخبار' })).toBeVisible()
  const masthead = page.getByRole('navigation', { name: 'الموقع' })
  await expect(masthead.getByRole('link', { name: 'الصفحة الرئيسية' })).toBeVisible()
  expect(await masthead.evaluate((nav) => getComputedStyle(nav).direction)).toBe('rtl')
  await expectNoAxeViolations(page)
})

test('an English article keeps its own language and direction inside the Arabic interface', async ({
  page,
}) => {
  await page.goto(SEED_PATH)
  const article = page.getByRole('article')
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(SEED_HEADLINE)
  await expect(article).toHaveAttribute('lang', 'en')
  await expect(article).toHaveAttribute('dir', 'ltr')
  expect(await article.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr')
  // The toolbar around it follows the interface.
  const toolbar = page.getByRole('button', { name: /Reading settings|إعدادات/ }).first()
  expect(await toolbar.evaluate((button) => getComputedStyle(button).direction)).toBe('rtl')
  await expectNoAxeViolations(page)
})

test('a missing page says so in Arabic', async ({ page }) => {
  await page.goto('/articles/no-such-story')
  await expect(page.getByRole('heading', { level: 1, name: 'الصفحة غير موجودة' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'اذهب إلى الصفحة الرئيسية' })).toBeVisible()
})

const EVERY_BLOCK = '/articles/every-block'

test('the reading settings panel is in Arabic, right to left, with no English words', async ({
  page,
}) => {
  await page.goto(EVERY_BLOCK)
  await page.getByRole('button', { name: 'إعدادات القراءة' }).click()
  const panel = page.getByRole('region', { name: 'إعدادات القراءة' })
  await expect(panel.getByRole('group', { name: 'تباعد الأسطر' })).toBeVisible()
  await expect(panel.getByRole('radio', { name: 'تباين عالٍ' })).toBeVisible()
  expect(await englishInterfaceWords(page, panel)).toEqual([])
  expect(await panel.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl')
  // A choice is announced in Arabic too.
  await panel
    .getByRole('group', { name: 'تباعد الأسطر' })
    .getByRole('radio', { name: 'متباعد' })
    .check()
  await expect(page.getByRole('status').filter({ hasText: 'تباعد الأسطر: متباعد' })).toBeAttached()
  await expectNoAxeViolations(page)
})

test('the custom colours refuse an unreadable pair in Arabic', async ({ page }) => {
  await page.goto(EVERY_BLOCK)
  await page.getByRole('button', { name: 'إعدادات القراءة' }).click()
  await page.getByRole('radio', { name: 'ألواني' }).check()
  const text = page.getByLabel('لون النص')
  await text.fill('#777777')
  await page.getByLabel('لون الخلفية').fill('#888888')
  await expect(page.getByRole('alert')).toContainText('لم تُطبَّق')
  expect(await englishInterfaceWords(page, page.getByRole('alert'))).toEqual([])
})

test('an article with every kind of block labels its blocks in Arabic', async ({ page }) => {
  await page.goto(EVERY_BLOCK)
  const article = page.getByRole('article')
  await expect(article.getByText('النص المكتوب', { exact: true }).first()).toBeVisible()
  await expect(article.getByRole('button', { name: /^حمّل / }).first()).toBeVisible()
  await expect(article.getByRole('link', { name: /^افتح على / }).first()).toBeVisible()
  await expect(article.getByRole('heading', { name: 'الموضوعات' })).toBeVisible()
  await expect(article.getByRole('heading', { name: 'مقالات ذات صلة' })).toBeVisible()
  expect(await englishInterfaceWords(page)).toEqual([])
  await expectNoAxeViolations(page)
})

test('a section’s and an author’s pages are in Arabic', async ({ page }) => {
  for (const path of ['/sections/world', '/authors/helena-barrowcliffe']) {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    expect(await englishInterfaceWords(page), path).toEqual([])
    await expectNoAxeViolations(page)
  }
})

test('the listen controls are in Arabic while they read the English article', async ({ page }) => {
  await installSpeechDouble(page, ENGLISH_VOICES)
  await page.goto(SEED_PATH)
  await page.getByRole('button', { name: 'استمع' }).click()
  const player = page.getByRole('region', { name: 'استمع' })
  await expect(player.getByRole('status')).toContainText('قيد التشغيل')
  await player.getByRole('button', { name: 'إيقاف مؤقت' }).click()
  await expect(player.getByRole('status')).toContainText('متوقف مؤقتًا')
  await expect(player.getByLabel('السرعة')).toBeVisible()
  expect(await englishInterfaceWords(page, player)).toEqual([])
  await expectNoAxeViolations(page)
})

/**
 * Boxes that stick out of a 320 px screen on either side (right to left, overflow goes left), leaving out what
 * sits inside its own scrolling region (a wide table, a line of code), and how far the page itself scrolls.
 */
function sticksOut(page: Page) {
  return page.evaluate(() => {
    const scrollsItself = (element: Element) =>
      ['auto', 'scroll'].includes(getComputedStyle(element).overflowX)
    const inScroller = (element: Element) => {
      for (let up = element.parentElement; up; up = up.parentElement)
        if (scrollsItself(up)) return true
      return false
    }
    const boxes = [...document.querySelectorAll('body *')].filter((element) => {
      const box = element.getBoundingClientRect()
      if (box.width === 0 || inScroller(element)) return false
      return box.left < -0.5 || box.right > window.innerWidth + 0.5
    })
    return {
      sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      boxes: boxes.map(
        (element) => `${element.tagName.toLowerCase()} “${element.textContent.slice(0, 30)}”`,
      ),
    }
  })
}

test.describe('at 320 px with 300% text', () => {
  test.use({ viewport: { width: 320, height: 640 } })

  test('the Arabic article and settings panel stay right to left, with no sideways scrolling', async ({
    page,
  }) => {
    await storeSettings(page, { textSize: 300 })
    await page.goto(EVERY_BLOCK)
    await expect(page.locator('html')).toHaveAttribute('data-text-size', '300')
    expect(await sticksOut(page)).toEqual({ sideways: 0, boxes: [] })
    await page.getByRole('button', { name: 'إعدادات القراءة' }).click()
    const panel = page.getByRole('region', { name: 'إعدادات القراءة' })
    await expect(panel.getByRole('heading', { name: 'إعدادات القراءة' })).toBeFocused()
    expect(await panel.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl')
    expect(await sticksOut(page)).toEqual({ sideways: 0, boxes: [] })
    expect(await englishInterfaceWords(page, panel)).toEqual([])
    await expectNoAxeViolations(page)
  })
})
