import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { chromium } from '@playwright/test'
import type { Page } from '@playwright/test'
import { chromiumLaunchOptions } from '../shared/chromium'
import { root } from '../shared/paths'
import { PREVIEW_ORIGIN, startPreview } from '../shared/preview-server'
import { withReadingSection } from './reading-section'

// `npm run bench:reading` (after `npm run build`): each reading control's interaction latency, by the
// browser's Event Timing API, on a phone-sized screen with the CPU slowed 4×; and Listen's time to speech.

const RUNS = 5
const PATH = '/articles/the-long-read-how-a-newsroom-sets-type'

// Speech as a voice would report it: "start" right after speak(), as fast as a local voice. A string: tsx's
// helpers would not exist inside the page.
const SPEECH_DOUBLE = `
class Utterance extends EventTarget {
  constructor(text) { super(); this.text = text; this.lang = ''; this.voice = null; this.rate = 1 }
}
const synth = Object.assign(new EventTarget(), {
  getVoices: () => [{ name: 'English', lang: 'en-GB', voiceURI: 'en', default: true }],
  speak(utterance) { setTimeout(() => utterance.dispatchEvent(new Event('start')), 0) },
  cancel() {},
})
Object.defineProperty(window, 'speechSynthesis', { value: synth })
Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance })
window.__eventTimings = []
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (entry.interactionId) window.__eventTimings.push(entry.duration)
}).observe({ type: 'event', durationThreshold: 16, buffered: true })
addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('button')?.textContent === 'Listen')
    window.__listenPressed = performance.now()
}, true)
`

interface Control {
  name: string
  act: (page: Page) => Promise<void>
}

const radio = (group: string, option: string) => async (page: Page) => {
  await page
    .getByRole('group', { name: group, exact: true })
    .getByRole('radio', { name: option })
    .click()
}

const controls: Control[] = [
  {
    name: 'Reading settings (open the panel)',
    act: async (page) => {
      await page.getByRole('button', { name: 'Reading settings' }).click()
      await page.getByRole('group', { name: 'Text size', exact: true }).waitFor()
    },
  },
  {
    name: 'A+ Larger text (in the panel)',
    act: async (page) => {
      await page.getByRole('button', { name: 'A+ Larger text' }).click()
    },
  },
  { name: 'Line spacing: Loose', act: radio('Line spacing', 'Loose') },
  { name: 'Letter spacing: 0.12em', act: radio('Letter spacing', 'Most spaced (0.12em)') },
  { name: 'Word spacing: 0.16em', act: radio('Word spacing', 'Most spaced (0.16em)') },
  { name: 'Paragraph spacing: 2×', act: radio('Paragraph spacing', 'Most (twice the text size)') },
  { name: 'Alignment: justified', act: radio('Alignment', 'Justified, hyphenated') },
  { name: 'Theme: cream', act: radio('Theme', 'Cream (low glare)') },
  { name: 'Line focus: 3 lines (loads its code)', act: radio('Line focus', '3 lines') },
  {
    name: 'Listen (loads the player)',
    act: async (page) => {
      await page.getByRole('button', { name: 'Reading settings' }).click()
      await page.getByRole('button', { name: 'Listen' }).click()
      await page.getByRole('region', { name: 'Listen' }).waitFor()
    },
  },
  {
    name: 'Next paragraph',
    act: async (page) => {
      await page.getByRole('button', { name: 'Next paragraph' }).click()
    },
  },
  {
    name: 'Pause',
    act: async (page) => {
      await page.getByRole('button', { name: 'Pause' }).click()
    },
  },
]

async function settle(page: Page) {
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 150))),
      ),
  )
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

const server = await startPreview()
const browser = await chromium.launch(chromiumLaunchOptions)
const latencies = new Map<string, number[]>()
const toSpeech: number[] = []
try {
  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: false,
    })
    const page = await context.newPage()
    await page.addInitScript({ content: SPEECH_DOUBLE })
    const cdp = await context.newCDPSession(page)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
    await page.goto(`${PREVIEW_ORIGIN}${PATH}`, { waitUntil: 'networkidle' })
    await page.waitForFunction(
      () => performance.getEntriesByName('broadsheet:interactive').length > 0,
    )
    for (const control of controls) {
      await page.evaluate(() => {
        ;(window as unknown as { __eventTimings: number[] }).__eventTimings.length = 0
      })
      await control.act(page)
      await settle(page)
      const durations = await page.evaluate(
        () => (window as unknown as { __eventTimings: number[] }).__eventTimings,
      )
      // Nothing reported means every event of the interaction took under the 16 ms threshold.
      const worst = durations.length === 0 ? 16 : Math.max(...durations)
      latencies.set(control.name, [...(latencies.get(control.name) ?? []), worst])
    }
    const start = await page.evaluate(() => {
      const pressed = (window as unknown as { __listenPressed?: number }).__listenPressed ?? 0
      const mark = performance.getEntriesByName('broadsheet:listen-start')[0]
      return mark ? mark.startTime - pressed : undefined
    })
    if (start !== undefined) toSpeech.push(start)
    await context.close()
  }
} finally {
  await browser.close()
  server.stop()
}

const row = (name: string, values: number[]) => {
  const value = median(values)
  return `| ${name} | ${value <= 16 ? '≤ 16 ms' : `${String(Math.round(value))} ms`} | ${value <= 100 ? 'yes' : '**no**'} |`
}
const body = `## Reading controls: interaction latency (npm run bench:reading)

Event Timing API (\`PerformanceObserver\`, type \`event\`, \`durationThreshold: 16\`): the longest event of each
interaction, input to next paint, median of ${String(RUNS)} runs. A 390 × 844 screen (so the toolbar is compact and
text size is in the panel), CPU slowed 4× (CDP \`Emulation.setCPUThrottlingRate\`), the long read
(${PATH}). Goal: every control ≤ 100 ms.

| control | latency | ≤ 100 ms |
| --- | --- | --- |
${[...latencies].map(([name, values]) => row(name, values)).join('\n')}

Listen pressed → speech started (the voice's \`start\` event, from a test double that starts at once, so this
is the app's own part: loading the player, splitting the text, first utterance): median
**${String(Math.round(median(toSpeech)))} ms** of ${String(toSpeech.length)} runs.
`
const docs = path.join(root, 'docs/performance.md')
await writeFile(docs, withReadingSection(await readFile(docs, 'utf8'), body))
console.log(body)
