import { expect, SEED_HEADLINE, SEED_PATH, test } from './fixtures'

test('the article’s HTML arrives complete: headline, body, meta tags and NewsArticle JSON-LD', async ({
  request,
}) => {
  const response = await request.get(SEED_PATH)
  expect(response.status()).toBe(200)
  const html = await response.text()
  expect(html).toContain(
    '>US Has ‘Deep Concerns’ About China’s Alignment With Russia, Official Says</h1>',
  )
  expect(html).toContain(
    'The United States has “deep concerns” about China’s alignment with Russia',
  )
  expect(html).toContain('<meta property="og:type" content="article">')
  expect(html).toContain('<meta name="twitter:card" content="summary_large_image">')
  expect(html).toMatch(
    /<link rel="canonical" href="http:\/\/127\.0\.0\.1:4173\/articles\/us-deep-concerns-china-alignment-russia">/,
  )
  expect(html).toMatch(/<meta name="description" content="The United States has “deep concerns”/)

  const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1]
  expect(jsonLd).toBeDefined()
  const data = JSON.parse(jsonLd ?? '{}') as Record<string, unknown>
  expect(data).toMatchObject({
    '@type': 'NewsArticle',
    headline: SEED_HEADLINE,
    datePublished: '2022-03-14',
    articleSection: 'World',
    author: [
      { '@type': 'Person', name: 'Shelby Talcott', jobTitle: 'Senior White House Correspondent' },
    ],
    image: {
      '@type': 'ImageObject',
      caption:
        'Russian President Vladimir Putin (L) and Chinese President Xi Jinping pose during their meeting in Beijing, on February 4, 2022.',
      creditText: 'Photo by Alexei Druzhinin/Sputnik/AFP via Getty Images',
    },
  })
})

test('every article and the front page are prerendered with their own title', async ({
  request,
}) => {
  const index = (await (await request.get('/content/index.json')).json()) as {
    articles: { slug: string; headline: string }[]
  }
  for (const story of index.articles) {
    const html = await (await request.get(`/articles/${story.slug}`)).text()
    expect(html).toContain('<h1')
    expect(html).toContain('elementtiming="article-headline"')
  }
  expect(await (await request.get('/')).text()).toContain('Latest stories</h1>')
})

test('a prerendered article hydrates without fetching its data again or warning', async ({
  page,
}) => {
  const messages: string[] = []
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) messages.push(message.text())
  })
  const dataRequests: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/content/articles/')) dataRequests.push(request.url())
  })
  await page.goto(SEED_PATH)
  await page.getByRole('button', { name: 'Larger text' }).click()
  await expect(page.getByRole('group', { name: 'Text size' })).toContainText('Text size 110%')
  expect(dataRequests).toEqual([])
  expect(messages).toEqual([])
})

test('an article that was not prerendered still opens, rendered in the browser', async ({
  page,
}) => {
  await page.route('**/content/articles/fresh-story.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({
        slug: 'fresh-story',
        headline: 'A Story Published After the Build',
        section: 'World',
        publishedAt: '2022-03-15',
        byline: [{ name: 'A. Reporter' }],
        body: [{ type: 'paragraph', text: 'It arrived after the site was built.' }],
      }),
    }),
  )
  await page.goto('/articles/fresh-story')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'A Story Published After the Build',
  )
  await expect(page).toHaveTitle('A Story Published After the Build – Broadsheet')
  await expect(page.getByText('It arrived after the site was built.')).toBeVisible()
})

test('nothing shifts while the page and its photos load (CLS 0)', async ({ page }) => {
  await page.addInitScript(() => {
    ;(window as unknown as { shifts: number }).shifts = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number
        hadRecentInput: boolean
      })[]) {
        if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
  // Slow photos make any missing reservation of space visible as a shift.
  await page.route('**/content/images/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400))
    await route.continue()
  })
  await page.goto(SEED_PATH, { waitUntil: 'load' })
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)))
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0)
})

test.describe('the browser picks a photo file that fits the screen', () => {
  for (const [width, expected] of [
    [390, /-480\.avif$/],
    [1280, /-1200\.avif$/],
  ] as const) {
    test(`at ${width} px it loads ${String(expected)}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 })
      await page.goto(SEED_PATH)
      const lead = page
        .getByRole('article')
        .getByRole('img', { name: /Vladimir Putin and Xi Jinping stand side by side/ })
      await expect
        .poll(() => lead.evaluate((img: HTMLImageElement) => img.currentSrc))
        .toMatch(expected)
    })
  }
})
