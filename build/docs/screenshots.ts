import path from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../shared/chromium'
import { root } from '../shared/paths'
import { PREVIEW_ORIGIN, startPreview } from '../shared/preview-server'

// `npm run screenshots` (after `npm run build`): the README's pictures, taken from the production build.
const shots = [
  {
    name: 'seed-article.png',
    path: '/articles/us-deep-concerns-china-alignment-russia',
    width: 1280,
    height: 1100,
  },
  { name: 'front-page.png', path: '/', width: 1280, height: 1000 },
  {
    name: 'seed-article-mobile.png',
    path: '/articles/us-deep-concerns-china-alignment-russia',
    width: 390,
    height: 844,
  },
]

const server = await startPreview()
const browser = await chromium.launch(chromiumLaunchOptions)
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } })
    await page.goto(`${PREVIEW_ORIGIN}${shot.path}`, { waitUntil: 'networkidle' })
    await page.locator('h1').waitFor()
    await page.screenshot({ path: path.join(root, 'docs/images', shot.name) })
    await page.close()
    console.log(`docs/images/${shot.name}`)
  }
} finally {
  await browser.close()
  server.stop()
}
