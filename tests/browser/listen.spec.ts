import type { Page } from '@playwright/test'
import {
  expect,
  expectNoAxeViolations,
  RELATED_HEADLINE,
  SEED_HEADLINE,
  SEED_PATH,
  test,
} from './fixtures'
import { RTL_PATH, serveRightToLeftArticle, storeSettings } from './reading-support'
import { ENGLISH_VOICES, installSpeechDouble } from './speech-double'

interface Double {
  spoken: { text: string; rate: number; voice: string | undefined }[]
  current: () => string | undefined
  boundary: (charIndex: number, charLength: number) => void
  end: () => void
}

function current(page: Page) {
  return page.evaluate(() => (window as unknown as { speechDouble: Double }).speechDouble.current())
}

function boundary(page: Page, charIndex: number, charLength: number) {
  return page.evaluate(
    ([index, length]) => {
      ;(window as unknown as { speechDouble: Double }).speechDouble.boundary(index, length)
    },
    [charIndex, charLength] as const,
  )
}

function endUtterance(page: Page) {
  return page.evaluate(() => {
    ;(window as unknown as { speechDouble: Double }).speechDouble.end()
  })
}

/** The text and box of what the CSS Custom Highlight API paints, by highlight name. */
function highlighted(page: Page, name: string) {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName)
    const range = highlight ? [...highlight.values()][0] : undefined
    if (!(range instanceof Range)) return undefined
    const box = range.getBoundingClientRect()
    return { text: range.toString(), top: box.top, bottom: box.bottom, left: box.left }
  }, name)
}

test('no Listen button where the browser has no voice for the article’s language', async ({
  page,
}) => {
  // Headless Chromium here has speechSynthesis but no voices.
  await page.goto(SEED_PATH)
  await expect(page.getByRole('button', { name: 'Share' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Listen' })).toHaveCount(0)
})

test('no Listen button for an Arabic article when only English voices exist', async ({ page }) => {
  await installSpeechDouble(page, ENGLISH_VOICES)
  await serveRightToLeftArticle(page)
  await page.goto(RTL_PATH)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Listen' })).toHaveCount(0)
})

test('Listen reads headline, standfirst and body, highlighting the sentence and the word being spoken', async ({
  page,
}) => {
  await installSpeechDouble(page, ENGLISH_VOICES)
  await page.goto(SEED_PATH)
  await page.getByRole('button', { name: 'Listen' }).click()
  const player = page.getByRole('region', { name: 'Listen' })
  await expect(player.getByRole('status')).toContainText('Playing')
  await expect.poll(() => current(page)).toBe(SEED_HEADLINE)
  await expect
    .poll(() => highlighted(page, 'listen-sentence'))
    .toMatchObject({ text: SEED_HEADLINE })
  // The word the voice reports, painted over that word in the headline.
  await boundary(page, 3, 3)
  const word = await highlighted(page, 'listen-word')
  expect(word?.text).toBe('Has')
  const headline = await page
    .getByRole('heading', { level: 1 })
    .evaluate((h1) => h1.getBoundingClientRect())
  expect(word?.top).toBeGreaterThanOrEqual(headline.top - 1)
  expect(word?.bottom).toBeLessThanOrEqual(headline.bottom + 1)
  await endUtterance(page)
  // Next comes the body's first sentence (this article has no standfirst).
  await expect.poll(() => current(page)).toMatch(/^The United States has/)
  await expectNoAxeViolations(page)
})

test('pause, play, next and previous paragraph, and stop, each announced', async ({ page }) => {
  await installSpeechDouble(page, ENGLISH_VOICES)
  await page.goto(SEED_PATH)
  await page.getByRole('button', { name: 'Listen' }).click()
  const player = page.getByRole('region', { name: 'Listen' })
  const status = player.getByRole('status')
  await expect.poll(() => current(page)).toBe(SEED_HEADLINE)
  await player.getByRole('button', { name: 'Next paragraph' }).click()
  await expect.poll(() => current(page)).toMatch(/^The United States has/)
  await player.getByRole('button', { name: 'Pause' }).click()
  await expect(status).toContainText('Paused')
  expect(await current(page)).toBeUndefined()
  await player.getByRole('button', { name: 'Play', exact: true }).click()
  await expect(status).toContainText('Playing')
  await expect.poll(() => current(page)).toMatch(/^The United States has/)
  await player.getByRole('button', { name: 'Previous paragraph' }).click()
  await expect.poll(() => current(page)).toBe(SEED_HEADLINE)
  await player.getByRole('button', { name: 'Stop' }).click()
  await expect(status).toContainText('Stopped')
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0)
})

test('speed and voice are remembered, and apply from the sentence being read', async ({ page }) => {
  await installSpeechDouble(page, ENGLISH_VOICES)
  await page.goto(SEED_PATH)
  await page.getByRole('button', { name: 'Listen' }).click()
  const player = page.getByRole('region', { name: 'Listen' })
  await player.getByLabel('Speed').selectOption('1.5')
  await player.getByLabel('Voice').selectOption({ label: 'Double American (en-US)' })
  await expect(player.getByRole('status')).toContainText('Voice: Double American')
  const last = () =>
    page.evaluate(() => (window as unknown as { speechDouble: Double }).speechDouble.spoken.at(-1))
  await expect.poll(last).toEqual({ text: SEED_HEADLINE, rate: 1.5, voice: 'Double American' })
  await page.reload()
  await page.getByRole('button', { name: 'Listen' }).click()
  await expect.poll(last).toEqual({ text: SEED_HEADLINE, rate: 1.5, voice: 'Double American' })
  await expect(page.getByRole('region', { name: 'Listen' }).getByLabel('Speed')).toHaveValue('1.5')
})

test('at the end it offers the next related story, or goes on to it if the reader chose that', async ({
  page,
}) => {
  await installSpeechDouble(page, ENGLISH_VOICES)
  await page.goto(SEED_PATH)
  await page.getByRole('button', { name: 'Listen' }).click()
  const player = page.getByRole('region', { name: 'Listen' })
  for (let step = 0; step < 20; step += 1)
    await player.getByRole('button', { name: 'Next paragraph' }).click()
  await expect(player.getByRole('status')).toContainText(
    `Finished. Next story: ${RELATED_HEADLINE}`,
  )
  await expect(player.getByRole('link', { name: RELATED_HEADLINE })).toBeVisible()
  await player.getByRole('checkbox', { name: 'Go on to the next story' }).check()
  await player.getByRole('button', { name: 'Play', exact: true }).click()
  for (let step = 0; step < 20; step += 1) {
    if (await page.getByRole('heading', { level: 1, name: RELATED_HEADLINE }).isVisible()) break
    await player.getByRole('button', { name: 'Next paragraph' }).click()
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(RELATED_HEADLINE)
  await expect.poll(() => current(page)).toBe(RELATED_HEADLINE)
})

test('the Media Session knows what is playing and takes the headset keys', async ({ page }) => {
  await installSpeechDouble(page, ENGLISH_VOICES)
  await page.goto(SEED_PATH)
  await page.getByRole('button', { name: 'Listen' }).click()
  await expect.poll(() => current(page)).toBe(SEED_HEADLINE)
  expect(
    await page.evaluate(() => [
      navigator.mediaSession.metadata?.title,
      navigator.mediaSession.playbackState,
    ]),
  ).toEqual([SEED_HEADLINE, 'playing'])
})

test('the spoken sentence is kept in view, until the reader scrolls by hand', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 700 })
  await installSpeechDouble(page, ENGLISH_VOICES)
  await page.goto('/articles/the-long-read-how-a-newsroom-sets-type')
  await page.getByRole('button', { name: 'Listen' }).click()
  const player = page.getByRole('region', { name: 'Listen' })
  await expect.poll(() => current(page)).toMatch(/^The Long Read/)
  for (let step = 0; step < 8; step += 1)
    await player.getByRole('button', { name: 'Next paragraph' }).click()
  await page.keyboard.press('Escape')
  const inView = async () => {
    const box = await highlighted(page, 'listen-sentence')
    return box !== undefined && box.top >= 0 && box.bottom <= 700
  }
  await expect.poll(inView).toBe(true)
  // The reader scrolls back up by hand: the next sentence does not pull them down again.
  await page.mouse.wheel(0, -3000)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeLessThan(200)
  await endUtterance(page)
  await expect.poll(async () => (await highlighted(page, 'listen-sentence'))?.text).toBeTruthy()
  expect(await page.evaluate(() => window.scrollY)).toBeLessThan(200)
})

test('right to left, dark theme: an Arabic article is read with an Arabic voice, and passes axe', async ({
  page,
}) => {
  await installSpeechDouble(page, [...ENGLISH_VOICES, { name: 'Double Arabic', lang: 'ar-SA' }])
  await serveRightToLeftArticle(page)
  await storeSettings(page, { theme: 'dark' })
  await page.goto(RTL_PATH)
  await page.getByRole('button', { name: 'Listen' }).click()
  await expect.poll(() => current(page)).toBe('شبكة حافلات ليلية جديدة للمدينة')
  const last = await page.evaluate(
    () => (window as unknown as { speechDouble: Double }).speechDouble.spoken.at(-1)?.voice,
  )
  expect(last).toBe('Double Arabic')
  await expect
    .poll(() => highlighted(page, 'listen-sentence'))
    .toMatchObject({
      text: 'شبكة حافلات ليلية جديدة للمدينة',
    })
  await expectNoAxeViolations(page)
})

test('the player’s code loads only when Listen is pressed', async ({ page }) => {
  await installSpeechDouble(page, ENGLISH_VOICES)
  const scripts: string[] = []
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url())
  })
  await page.goto(SEED_PATH)
  const before = scripts.length
  await page.getByRole('button', { name: 'Listen' }).click()
  await expect(page.getByRole('region', { name: 'Listen' })).toBeVisible()
  expect(scripts.length).toBeGreaterThan(before)
})
