import { expect, expectNoAxeViolations, test } from './fixtures'

// What a reader sees before the app runs, and that the app's 110 KB does not compete with it: the search page is
// prerendered (it used to be the shell's loading line), and a listing's script waits for every picture in the
// first viewport (issue 13's LCP budget, docs/performance.md).

const APP_SCRIPT = /\/assets\/index-[\w-]+\.js$/

test.describe('the prerendered search page', () => {
  test('arrives with its heading and labelled, empty field, in the HTML', async ({ request }) => {
    const response = await request.get('/search', { headers: { Accept: 'text/html' } })
    expect(response.status()).toBe(200)
    const html = await response.text()
    expect(html).toContain('>Search</h1>')
    expect(html).toMatch(/<label for="[^"]+"[^>]*>Search stories<\/label>/)
    expect(html).toMatch(/<input [^>]*type="search"[^>]*name="q"[^>]*value=""/)
    expect(html).toContain('<title>Search – Broadsheet</title>')
  })

  test('is readable and styled with no script run', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/search')
    await expect(page.getByRole('heading', { level: 1, name: 'Search' })).toBeVisible()
    const field = page.getByRole('searchbox', { name: 'Search stories' })
    await expect(field).toBeVisible()
    // The search page's own styles are inline: its field row lays the field and the button side by side.
    const row = field.locator('..')
    expect(await row.evaluate((element) => getComputedStyle(element).display)).toBe('flex')
    await context.close()
  })

  test('hydrates without a warning, with the field focused and no axe violations', async ({
    page,
  }) => {
    const messages: string[] = []
    page.on('console', (message) => {
      // Playwright blocks the service worker (playwright.config.ts) and says so.
      if (
        ['error', 'warning'].includes(message.type()) &&
        !message.text().startsWith('Service Worker registration blocked')
      )
        messages.push(message.text())
    })
    await page.goto('/search')
    const field = page.getByRole('searchbox', { name: 'Search stories' })
    await expect(field).toBeFocused()
    await field.fill('Sullivan')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('status').filter({ hasText: 'found for' })).toHaveText(
      '1 story found for “Sullivan”.',
    )
    await expectNoAxeViolations(page)
    expect(messages).toEqual([])
  })

  test('with a query in its address, it shows that search’s results', async ({ page }) => {
    await page.goto('/search?q=Sullivan')
    await expect(page.getByRole('searchbox', { name: 'Search stories' })).toHaveValue('Sullivan')
    await expect(page.getByRole('status').filter({ hasText: 'found for' })).toHaveText(
      '1 story found for “Sullivan”.',
    )
  })
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 412, height: 823 } })

  test('a section page loads the app only after every picture in its first view', async ({
    page,
  }) => {
    const order: string[] = []
    // The second story's photo is in the first view on a phone, and not the one fetched first: it arrives late.
    await page.route('**/russia-sought-aid-from-ccp-before-ukraine-invasion-1*', async (route) => {
      const response = await route.fetch()
      await new Promise((resolve) => setTimeout(resolve, 500))
      await route.fulfill({ response })
    })
    page.on('requestfinished', (request) => {
      if (request.url().includes('russia-sought-aid-from-ccp-before-ukraine-invasion-1'))
        order.push('second photo')
    })
    page.on('request', (request) => {
      if (APP_SCRIPT.test(new URL(request.url()).pathname)) order.push('app script')
    })
    await page.goto('/sections/world')
    expect(order).toEqual(['second photo', 'app script'])
  })
})
