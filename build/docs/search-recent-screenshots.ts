import path from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../shared/chromium'
import { root } from '../shared/paths'

// The search page answering a word in most stories from the recent index ("… found since <date>", Show more)
// at 320 px with 300% text and at 1366 px, for docs/syndication.md. Run against a build large enough to have
// a recent index (more than 1,000 stories: `npm run bench:search -- --keep`, then `vite preview` in its
// folder): `npx tsx build/docs/search-recent-screenshots.ts WORD`. PREVIEW_PORT picks the port.

const origin = `http://127.0.0.1:${process.env.PREVIEW_PORT ?? '4173'}`
const word = process.argv[2] ?? 'support'
const shots = [
  { name: 'search-recent-320-300.png', width: 320, height: 1400, textSize: 300 },
  { name: 'search-recent-1366.png', width: 1366, height: 1000, textSize: 100 },
]

const browser = await chromium.launch(chromiumLaunchOptions)
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } })
    await page.addInitScript((textSize) => {
      localStorage.setItem('broadsheet:reader-settings', JSON.stringify({ textSize }))
    }, shot.textSize)
    await page.goto(`${origin}/search?q=${encodeURIComponent(word)}`)
    await page
      .getByRole('status')
      .filter({ hasText: / since / })
      .waitFor()
    await page.screenshot({ path: path.join(root, 'docs/images', shot.name) })
    // The end of the list: the Show more button, and nothing wider than the screen.
    await page.getByRole('button', { name: 'Show more results' }).scrollIntoViewIfNeeded()
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > innerWidth)
    if (wide) throw new Error(`${shot.name}: the page scrolls sideways`)
    const name = shot.name.replace('.png', '-more.png')
    await page.screenshot({ path: path.join(root, 'docs/images', name) })
    await page.close()
    console.log(`docs/images/${shot.name}, docs/images/${name}`)
  }
} finally {
  await browser.close()
}
