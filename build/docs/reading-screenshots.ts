import path from 'node:path'
import { chromium } from '@playwright/test'
import type { Page } from '@playwright/test'
import { chromiumLaunchOptions } from '../shared/chromium'
import { root } from '../shared/paths'
import { PREVIEW_ORIGIN, startPreview } from '../shared/preview-server'

// `npx tsx build/docs/reading-screenshots.ts` (after `npm run build`): docs/reading.md's pictures.

const SEED = '/articles/us-deep-concerns-china-alignment-russia'
const LONG_READ = '/articles/the-long-read-how-a-newsroom-sets-type'

// A stand-in for speechSynthesis with one English voice, so the player and its highlight can be shown. A
// string, not a function: tsx's helpers would not exist inside the page.
const SPEECH_DOUBLE = `
class Utterance extends EventTarget {
  constructor(text) { super(); this.text = text; this.lang = ''; this.voice = null; this.rate = 1 }
}
const synth = Object.assign(new EventTarget(), {
  getVoices: () => [{ name: 'English', lang: 'en-GB', voiceURI: 'en', default: true }],
  speak(utterance) {
    setTimeout(() => {
      utterance.dispatchEvent(new Event('start'))
      setTimeout(() => {
        utterance.dispatchEvent(Object.assign(new Event('boundary'), { name: 'word', charIndex: 13, charLength: 8 }))
      }, 50)
    }, 0)
  },
  cancel() {},
})
Object.defineProperty(window, 'speechSynthesis', { value: synth })
Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance })
`

interface Shot {
  name: string
  path: string
  width: number
  height: number
  settings: Record<string, unknown>
  act?: (page: Page) => Promise<void>
}

const shots: Shot[] = [
  {
    name: 'toolbar-phone-300.png',
    path: SEED,
    width: 320,
    height: 640,
    settings: { textSize: 300 },
  },
  {
    name: 'toolbar-phone-300-open.png',
    path: SEED,
    width: 320,
    height: 640,
    settings: { textSize: 300 },
    act: async (page) => {
      await page.getByRole('button', { name: 'Reading settings' }).click()
      await page.getByRole('group', { name: 'Text size', exact: true }).waitFor()
    },
  },
  {
    name: 'listen-highlight.png',
    path: SEED,
    width: 1280,
    height: 800,
    settings: {},
    act: async (page) => {
      await page.getByRole('button', { name: 'Listen' }).click()
      await page.getByRole('region', { name: 'Listen' }).waitFor()
      await page.waitForFunction(() => CSS.highlights.has('listen-word'))
    },
  },
  {
    name: 'line-focus.png',
    path: LONG_READ,
    width: 1280,
    height: 800,
    settings: { lineFocus: '3', theme: 'cream' },
    act: async (page) => {
      await page
        .locator('[data-article-body] p')
        .nth(3)
        .evaluate((p) => {
          window.scrollTo(0, p.getBoundingClientRect().top + window.scrollY - 200)
        })
      await page.mouse.move(600, 330)
      await page.locator('[data-line-focus]').waitFor({ state: 'attached' })
    },
  },
  {
    name: 'contents.png',
    path: LONG_READ,
    width: 1280,
    height: 900,
    settings: {},
    act: async (page) => {
      const contents = page.getByRole('navigation', { name: 'Contents' })
      await contents.evaluate((nav) => {
        window.scrollTo(0, nav.getBoundingClientRect().top + window.scrollY - 120)
      })
    },
  },
  {
    name: 'spacing-phone-300.png',
    path: LONG_READ,
    width: 320,
    height: 640,
    settings: {
      textSize: 300,
      letterSpacing: 'wider',
      wordSpacing: 'wider',
      paragraphSpacing: 'wider',
      textAlign: 'justify',
    },
    act: async (page) => {
      await page
        .locator('[data-article-body] p')
        .nth(1)
        .evaluate((p) => {
          window.scrollTo(0, p.getBoundingClientRect().top + window.scrollY - 20)
        })
    },
  },
]

const server = await startPreview()
const browser = await chromium.launch(chromiumLaunchOptions)
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } })
    await page.addInitScript({ content: SPEECH_DOUBLE })
    await page.addInitScript({
      content: `localStorage.setItem('broadsheet:reader-settings', ${JSON.stringify(JSON.stringify(shot.settings))})`,
    })
    await page.goto(`${PREVIEW_ORIGIN}${shot.path}`, { waitUntil: 'networkidle' })
    await page.waitForFunction(
      () => performance.getEntriesByName('broadsheet:interactive').length > 0,
    )
    await shot.act?.(page)
    await page.screenshot({ path: path.join(root, 'docs/images', shot.name) })
    await page.close()
    console.log(`docs/images/${shot.name}`)
  }
} finally {
  await browser.close()
  server.stop()
}
