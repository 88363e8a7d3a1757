import { chromium } from '@playwright/test'
const [url, out, width = '1280', height = '900', size = '100', extra = ''] = process.argv.slice(2)
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
const ctx = await browser.newContext({ viewport: { width: Number(width), height: Number(height) } })
await ctx.addInitScript(
  ([size, extra]) => {
    localStorage.setItem(
      'broadsheet:reader-settings',
      JSON.stringify({ textSize: Number(size), ...(extra ? JSON.parse(extra) : {}) }),
    )
  },
  [size, extra],
)
const page = await ctx.newPage()
page.on('console', (m) => console.log('console:', m.type(), m.text()))
page.on('pageerror', (e) => console.log('pageerror:', e.message))
await page.goto(url, { waitUntil: 'networkidle' })
if (process.env.OPEN) await page.getByRole('button', { name: 'Reading settings' }).click()
await page.waitForTimeout(300)
await page.screenshot({ path: out })
console.log(
  await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
    getComputedStyle(document.querySelector('article p') ?? document.body).fontSize,
  ]),
)
await browser.close()
