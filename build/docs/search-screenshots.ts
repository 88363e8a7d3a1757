import path from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../shared/chromium'
import { root } from '../shared/paths'

// `npm run screenshots:search` (after `npm run build`, with `npm run preview` running; PREVIEW_PORT picks
// another port): the search page, with results and offline, at 320 px with 300% text and at 1366 px, for
// docs/syndication.md.

const origin = `http://127.0.0.1:${process.env.PREVIEW_PORT ?? '4173'}`
const shots = [
  { name: 'search-320-300.png', width: 320, height: 1400, textSize: 300 },
  { name: 'search-1366.png', width: 1366, height: 1000, textSize: 100 },
]

const browser = await chromium.launch(chromiumLaunchOptions)
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } })
    await page.addInitScript((textSize) => {
      localStorage.setItem('broadsheet:reader-settings', JSON.stringify({ textSize }))
    }, shot.textSize)
    await page.goto(`${origin}/search?q=Russia`)
    await page.getByRole('list', { name: /^Results for/ }).waitFor()
    await page.screenshot({ path: path.join(root, 'docs/images', shot.name) })
    await page.close()
    console.log(`docs/images/${shot.name}`)

    // Offline after the page opened: the search says so, and waits for the connection.
    const context = await browser.newContext({
      viewport: { width: shot.width, height: shot.height },
    })
    const offline = await context.newPage()
    await offline.addInitScript((textSize) => {
      localStorage.setItem('broadsheet:reader-settings', JSON.stringify({ textSize }))
    }, shot.textSize)
    await offline.goto(`${origin}/search`)
    await offline.waitForLoadState('networkidle')
    await context.setOffline(true)
    await offline.getByRole('searchbox', { name: 'Search stories' }).fill('Sullivan')
    await offline.keyboard.press('Enter')
    await offline.getByText('Search needs the connection').waitFor()
    const name = shot.name.replace(/^search-/, 'search-offline-')
    await offline.screenshot({ path: path.join(root, 'docs/images', name) })
    await context.close()
    console.log(`docs/images/${name}`)
  }
} finally {
  await browser.close()
}
