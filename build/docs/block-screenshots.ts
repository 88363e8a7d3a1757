import { spawn } from 'node:child_process'
import path from 'node:path'
import { chromium } from '@playwright/test'
import type { Locator, Page } from '@playwright/test'
import { chromiumLaunchOptions } from '../shared/chromium'
import { root } from '../shared/paths'

// `npx tsx build/docs/block-screenshots.ts` (after `npm run build`): pictures of format version 2's blocks in
// the every-block sample, on a 320 px phone at 300% text and on a 1366 px laptop, into docs/images/blocks-*.png.
// PREVIEW_PORT picks the port (default 4173), so it can run beside another checkout's server.

const port = Number(process.env.PREVIEW_PORT ?? 4173)
const origin = `http://127.0.0.1:${port}`
const SETTINGS_KEY = 'broadsheet:reader-settings'

const blocks: { name: string; find: (page: Page) => Locator }[] = [
  { name: 'header', find: (page) => page.locator('article > header') },
  { name: 'callout', find: (page) => page.getByRole('complementary', { name: 'What we know' }) },
  { name: 'pullquote', find: (page) => page.locator('figure[aria-hidden="true"]') },
  { name: 'list', find: (page) => page.getByRole('list').filter({ hasText: 'flood kit' }) },
  { name: 'table', find: (page) => page.getByRole('region', { name: /Sea wall costs/ }) },
  {
    name: 'gallery',
    find: (page) => page.getByRole('region', { name: /The sea wall, section by section/ }),
  },
  { name: 'video', find: (page) => page.getByRole('figure', { name: /Video:/ }) },
  { name: 'audio', find: (page) => page.getByRole('figure', { name: /Audio:/ }) },
  { name: 'embeds', find: (page) => page.getByRole('figure', { name: /Open on/ }) },
  { name: 'code-formula', find: (page) => page.getByRole('region', { name: /^Code/ }) },
  { name: 'notes', find: (page) => page.getByRole('complementary', { name: /^Correction/ }) },
]

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`${origin}/`)).ok) return
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`vite preview did not answer on ${origin}`)
}

// The local binary itself, not npx: killing npx would leave its child server running.
const server = spawn(
  path.join(root, 'node_modules/.bin/vite'),
  ['preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { cwd: root, stdio: 'ignore' },
)
const browser = await chromium.launch(chromiumLaunchOptions)
try {
  await waitForServer()
  for (const { label, width, textSize } of [
    { label: '320-300', width: 320, textSize: 300 },
    { label: '1366', width: 1366, textSize: 100 },
  ]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } })
    await page.addInitScript(
      ([key, value]) => {
        localStorage.setItem(key, value)
      },
      [SETTINGS_KEY, JSON.stringify({ textSize })] as const,
    )
    await page.goto(`${origin}/articles/every-block`, { waitUntil: 'networkidle' })
    for (const block of blocks) {
      const locator = block.find(page).first()
      await locator.scrollIntoViewIfNeeded()
      // Everything a block shows has arrived (lazy photos included) before the picture is taken.
      await page.waitForLoadState('networkidle')
      const file = `docs/images/blocks-${block.name}-${label}.png`
      await locator.screenshot({ path: path.join(root, file) })
      console.log(file)
    }
    await page.close()
  }
} finally {
  await browser.close()
  server.kill()
}
