import path from 'node:path'
import { chromium } from '@playwright/test'
import type { Page } from '@playwright/test'
import { chromiumLaunchOptions } from '../shared/chromium'
import { root } from '../shared/paths'

// The section, author and navigation screenshots in docs/publication.md, from a production build already
// served on PREVIEW_PORT (`npm run build && npx vite preview --port $PREVIEW_PORT`): at 1366 px, and at
// 320 px with the reader's text at 300%.
const origin = `http://127.0.0.1:${process.env.PREVIEW_PORT ?? '4173'}`

interface Shot {
  name: string
  path: string
  width: number
  height: number
  textSize?: number
  fullPage?: boolean
  before?: (page: Page) => Promise<void>
}

const openSections = async (page: Page) => {
  await page.getByRole('button', { name: 'Sections' }).click()
}

const shots: Shot[] = [
  { name: 'section-page.png', path: '/sections/world', width: 1366, height: 1000 },
  { name: 'author-page.png', path: '/authors/helena-barrowcliffe', width: 1366, height: 1000 },
  {
    name: 'section-page-phone-300.png',
    path: '/sections/world',
    width: 320,
    height: 900,
    textSize: 300,
  },
  {
    name: 'author-page-phone-300.png',
    path: '/authors/helena-barrowcliffe',
    width: 320,
    height: 1400,
    textSize: 300,
  },
  {
    name: 'navigation-open-phone-300.png',
    path: '/sections/science',
    width: 320,
    height: 1000,
    textSize: 300,
    before: openSections,
  },
]

const browser = await chromium.launch(chromiumLaunchOptions)
try {
  for (const shot of shots) {
    const context = await browser.newContext({
      viewport: { width: shot.width, height: shot.height },
    })
    if (shot.textSize !== undefined)
      await context.addInitScript((size) => {
        localStorage.setItem('broadsheet:reader-settings', JSON.stringify({ textSize: size }))
      }, shot.textSize)
    const page = await context.newPage()
    await page.goto(`${origin}${shot.path}`, { waitUntil: 'networkidle' })
    await page.waitForFunction(
      () => performance.getEntriesByName('broadsheet:interactive').length > 0,
    )
    await shot.before?.(page)
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth)
    await page.screenshot({ path: path.join(root, 'docs/images', shot.name) })
    await context.close()
    console.log(`docs/images/${shot.name}${wide ? ' (WIDER THAN THE SCREEN)' : ''}`)
  }
} finally {
  await browser.close()
}
