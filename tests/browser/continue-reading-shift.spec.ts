import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'
import { layoutShift, watchLayoutShift } from './layout-shift'
import { LONG_READ, storeSettings } from './reading-support'

// The front page's "Continue reading" row comes after hydration (its code and the places are this browser's
// alone). Its room is reserved before the first paint, so its arrival must not move the page (CLS).

const PLACES_KEY = 'broadsheet:reading-places'

function place(slug: string, headline: string, progress: number, at: number) {
  return { slug, headline, language: 'en', block: 3, progress, at }
}

const PLACES = [
  place(LONG_READ.replace('/articles/', ''), 'The Long Read: how a newsroom sets type', 0.4, 4),
  place(
    'us-deep-concerns-china-alignment-russia',
    'US Has ‘Deep Concerns’ About China’s Alignment With Russia, Official Says, in a headline long enough to wrap past three lines on a phone',
    0.2,
    3,
  ),
  place('river-restoration-brings-back-salmon', 'Salmon', 0.6, 2),
  place('grain-shipping-costs-rise-in-black-sea', 'Grain shipping costs rise', 0.1, 1),
  // Finished and barely begun: never in the row, never counted.
  place('city-council-approves-night-bus-network', 'Night buses', 0.99, 0),
  place('astronomers-map-dark-matter-bridge', 'Dark matter', 0.01, 0),
]

async function storePlaces(page: Page, places: unknown[]) {
  await page.addInitScript(
    ([key, value]) => {
      localStorage.setItem(key, value)
    },
    [PLACES_KEY, JSON.stringify(places)] as const,
  )
}

const CASES = [
  { name: 'a phone', width: 390, height: 844, textSize: 100, places: PLACES },
  { name: 'a wide screen', width: 1366, height: 768, textSize: 100, places: PLACES },
  { name: '320 px at 300% text', width: 320, height: 640, textSize: 300, places: PLACES },
  {
    name: 'a wide screen, one place',
    width: 1366,
    height: 768,
    textSize: 150,
    places: PLACES.slice(0, 1),
  },
]

for (const { name, width, height, textSize, places } of CASES)
  test(`on ${name}, the "Continue reading" row arrives without moving the page`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height })
    await storeSettings(page, { textSize })
    await storePlaces(page, places)
    await watchLayoutShift(page)
    await page.goto('/')
    const row = page.getByRole('region', { name: 'Continue reading' })
    await expect(row.getByRole('link')).toHaveCount(
      Math.min(places.filter((p) => p.progress >= 0.03 && p.progress < 0.95).length, 4),
    )
    const shift = await layoutShift(page)
    console.log(`CLS on ${name}: ${shift.toFixed(4)}`)
    expect(shift).toBeLessThan(0.005)
    // The long headline is shortened on screen, never for a screen reader.
    if (places.length > 1)
      await expect(
        row.getByRole('link', { name: /long enough to wrap past three lines on a phone/ }),
      ).toBeVisible()
  })

test('the reserved room is unseen and unheard, and there is none without unfinished articles', async ({
  page,
}) => {
  await storePlaces(page, PLACES.slice(4))
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(
    await page.evaluate(() => document.documentElement.hasAttribute('data-continue-reading')),
  ).toBe(false)
  await expect(page.getByRole('heading', { name: 'Continue reading' })).toHaveCount(0)
  await expectNoAxeViolations(page)
})
