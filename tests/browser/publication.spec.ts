import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, SEED_PATH, test } from './fixtures'

const jsonLdOf = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (match) => JSON.parse(match[1] ?? '{}') as Record<string, unknown>,
  )

test.describe('prerendered section, author and topic pages', () => {
  test('each arrives complete: its h1, title and stories, with no script run', async ({
    request,
  }) => {
    for (const [path, h1, title] of [
      ['/sections/world', 'World', 'World – Broadsheet'],
      ['/authors/helena-barrowcliffe', 'Helena Barrowcliffe', 'Helena Barrowcliffe – Broadsheet'],
      ['/topics/ukraine-war', 'Ukraine war', 'Ukraine war – Broadsheet'],
    ] as const) {
      const response = await request.get(path)
      expect(response.status(), path).toBe(200)
      const html = await response.text()
      expect(html, path).toContain(`>${h1}</h1>`)
      expect(html, path).toContain(`<title>${title}</title>`)
      expect(html, path).toContain(`<link rel="canonical" href="http://127.0.0.1:4173${path}">`)
    }
  })

  test('an author page is a ProfilePage about a Person, with role, photo and links', async ({
    request,
  }) => {
    const html = await (await request.get('/authors/helena-barrowcliffe')).text()
    expect(jsonLdOf(html)).toEqual([
      expect.objectContaining({
        '@type': 'ProfilePage',
        mainEntity: expect.objectContaining({
          '@type': 'Person',
          name: 'Helena Barrowcliffe',
          jobTitle: 'Diplomatic Correspondent',
          url: 'http://127.0.0.1:4173/authors/helena-barrowcliffe',
          image: expect.objectContaining({ '@type': 'ImageObject' }),
          sameAs: [
            'https://example.org/@helena',
            'https://example.org/helena-barrowcliffe/contact',
          ],
        }),
      }),
    ])
  })

  test('the article’s NewsArticle names its author’s page, its modification date and a publisher with a logo', async ({
    request,
  }) => {
    const [article] = jsonLdOf(await (await request.get(SEED_PATH)).text())
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2022-03-14',
      dateModified: '2022-03-14',
      keywords: ['Russia', 'China', 'Ukraine war'],
      author: [{ name: 'Shelby Talcott', url: 'http://127.0.0.1:4173/authors/shelby-talcott' }],
      image: { '@type': 'ImageObject' },
      publisher: {
        name: 'Broadsheet',
        logo: { '@type': 'ImageObject', url: 'http://127.0.0.1:4173/publisher-logo.png' },
      },
    })
  })

  test('the pages hydrate without fetching their data again', async ({ page }) => {
    const data: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/content/') && request.url().endsWith('.json'))
        data.push(request.url())
    })
    await page.goto('/authors/helena-barrowcliffe')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Helena Barrowcliffe')
    await page.getByRole('button', { name: 'Larger text' }).click()
    expect(data).toEqual([])
  })
})

test.describe('every new page and state passes axe', () => {
  for (const path of [
    '/sections/world',
    '/authors/helena-barrowcliffe',
    '/authors/shelby-talcott',
    '/topics/ukraine-war',
  ]) {
    test(path, async ({ page }) => {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      await expectNoAxeViolations(page)
    })
  }

  test('a section that does not exist is not found', async ({ page }) => {
    await page.goto('/sections/atlantis')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
    await expectNoAxeViolations(page)
  })

  test('a section the server can’t send says so, with Try again', async ({ page }) => {
    await page.route('**/content/sections/science/index.json', (route) =>
      route.fulfill({ status: 503, body: '' }),
    )
    await page.goto('/')
    await page
      .getByRole('navigation', { name: 'Site' })
      .getByRole('link', { name: 'Science' })
      .click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'We can’t reach the section right now',
      { timeout: 15_000 },
    )
    await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('offline, a section not read before says so and waits', async ({ page, context }) => {
    await page.goto('/')
    await context.setOffline(true)
    await page
      .getByRole('navigation', { name: 'Site' })
      .getByRole('link', { name: 'Culture' })
      .click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('You’re offline')
    await expectNoAxeViolations(page)
    await context.setOffline(false)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Culture')
  })
})

test.describe('the masthead’s sections on a phone, at 320 px with 300% text', () => {
  test.use({ viewport: { width: 320, height: 640 } })

  async function atLargestText(page: Page) {
    await page.addInitScript(() => {
      localStorage.setItem('broadsheet:reader-settings', JSON.stringify({ textSize: 300 }))
    })
  }

  const overflows = (page: Page) =>
    page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth)

  test('fold behind a Sections button that opens, marks the current section, and closes with Escape', async ({
    page,
  }) => {
    await atLargestText(page)
    await page.goto('/sections/science')
    const site = page.getByRole('navigation', { name: 'Site' })
    const toggle = site.getByRole('button', { name: 'Sections' })
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await expect(site.getByRole('link', { name: 'World' })).toBeHidden()
    expect(await overflows(page)).toBe(false)

    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    await expect(site.getByRole('link', { name: 'Science' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    for (const name of ['World', 'Local', 'Science', 'Culture'])
      await expect(site.getByRole('link', { name })).toBeVisible()
    expect(await overflows(page)).toBe(false)
    await expectNoAxeViolations(page)

    await page.keyboard.press('Tab')
    await expect(site.getByRole('link', { name: 'World' })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await expect(toggle).toBeFocused()

    // The page's own heading is still there to scroll to, whole and inside the screen's width.
    const heading = page.getByRole('heading', { level: 1, name: 'Science' })
    await heading.scrollIntoViewIfNeeded()
    await expect(heading).toBeInViewport({ ratio: 1 })
  })

  test('choosing a section opens it and folds the list again', async ({ page }) => {
    await atLargestText(page)
    await page.goto('/')
    const site = page.getByRole('navigation', { name: 'Site' })
    await site.getByRole('button', { name: 'Sections' }).click()
    await site.getByRole('link', { name: 'Local' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Local')
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused()
    await expect(site.getByRole('button', { name: 'Sections' })).toHaveAttribute(
      'aria-expanded',
      'false',
    )
    expect(await overflows(page)).toBe(false)
  })

  test('on a wide screen the sections are in a row and there is no button', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 800 })
    await page.goto('/')
    const site = page.getByRole('navigation', { name: 'Site' })
    await expect(site.getByRole('button', { name: 'Sections' })).toBeHidden()
    await expect(site.getByRole('link', { name: 'Culture' })).toBeVisible()
  })
})

test.describe('offline', () => {
  test.use({ serviceWorkers: 'allow' })

  test('a section and an author page read once open offline from a cold start', async ({
    page,
    context,
  }) => {
    test.setTimeout(45_000)
    await page.goto('/sections/world')
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
    })
    await page.reload()
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true)
    // Opened inside the app: only its data is fetched, and kept.
    await page
      .getByRole('link', {
        name: 'Report: Russia Had Sought Aid From CCP Prior To Ukraine Invasion',
      })
      .click()
    await page.getByRole('article').getByRole('link', { name: 'Helena Barrowcliffe' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Helena Barrowcliffe')

    await context.setOffline(true)
    const cold = await context.newPage()
    await cold.goto('/sections/world')
    await expect(cold.getByRole('heading', { level: 1 })).toHaveText('World')
    await cold.goto('/authors/helena-barrowcliffe')
    await expect(cold.getByRole('heading', { level: 1 })).toHaveText('Helena Barrowcliffe')
    await expect(cold.getByText(/covers diplomacy and security/)).toBeVisible()
    await context.setOffline(false)
  })
})
