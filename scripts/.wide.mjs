import { chromium } from '@playwright/test'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
const ctx = await browser.newContext({ viewport: { width: 320, height: 700 } })
await ctx.addInitScript(() =>
  localStorage.setItem('broadsheet:reader-settings', JSON.stringify({ textSize: 300 })),
)
const page = await ctx.newPage()
for (const path of [
  '/articles/us-deep-concerns-china-alignment-russia',
  '/',
  '/articles/the-long-read-how-a-newsroom-sets-type',
]) {
  await page.goto('http://127.0.0.1:4173' + path, { waitUntil: 'networkidle' })
  console.log(
    path,
    await page.evaluate(() => {
      const out = []
      for (const el of document.querySelectorAll('body *')) {
        const r = el.getBoundingClientRect()
        if (r.right > window.innerWidth + 0.5)
          out.push(el.tagName + '.' + el.className + ' ' + Math.round(r.right))
      }
      return [document.documentElement.scrollWidth, out.slice(8, 40)]
    }),
  )
}
await browser.close()
