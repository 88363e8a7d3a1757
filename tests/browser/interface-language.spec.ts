import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createWorkspace } from '../../build/shared/workspace'
import type { StaticServer } from '../support/static-server'
import { startStaticServer } from '../support/static-server'
import { expect, expectNoAxeViolations, SEED_HEADLINE, SEED_PATH, test } from './fixtures'

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
