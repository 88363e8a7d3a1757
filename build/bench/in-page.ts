import type { Page } from '@playwright/test'

// Timings taken inside the page. "Next paint" is approximated the standard way: the first task after the
// next animation frame, i.e. after style, layout and paint of the frame that shows the change.

declare global {
  interface Window {
    benchPending?: Promise<number>
  }
}

/** Arms a measurement of the next keydown: from the event's timestamp to the paint after its handlers ran. */
export async function armKeyToPaint(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.benchPending = new Promise<number>((resolve) => {
      document.addEventListener(
        'keydown',
        (event) => {
          const start = event.timeStamp
          requestAnimationFrame(() => {
            const channel = new MessageChannel()
            channel.port1.onmessage = () => {
              resolve(performance.now() - start)
            }
            channel.port2.postMessage(null)
          })
        },
        { capture: true, once: true },
      )
    })
  })
}

export async function pendingResult(page: Page): Promise<number> {
  return page.evaluate(async () => {
    if (!window.benchPending) throw new Error('nothing armed')
    return window.benchPending
  })
}

/** Clicks the link with this text (without hovering first) and times until the new headline is painted. */
export async function clickToHeadline(page: Page, linkText: string): Promise<number> {
  return page.evaluate(
    (text) =>
      new Promise<number>((resolve, reject) => {
        const link = [...document.querySelectorAll('a')].find(
          (anchor) => anchor.textContent === text,
        )
        const root = document.getElementById('root')
        if (!link || !root) {
          reject(new Error(`no link "${text}"`))
          return
        }
        const start = performance.now()
        const observer = new MutationObserver(() => {
          if (document.querySelector('h1')?.textContent !== text) return
          observer.disconnect()
          requestAnimationFrame(() => {
            const channel = new MessageChannel()
            channel.port1.onmessage = () => {
              resolve(performance.now() - start)
            }
            channel.port2.postMessage(null)
          })
        })
        observer.observe(root, { childList: true, subtree: true, characterData: true })
        link.click()
      }),
    linkText,
  )
}

/** When the article headline was painted (Element Timing) and when the app became interactive (its mark). */
// No named functions inside the page callbacks: the TypeScript runner would wrap them in a helper the page lacks.
export async function loadMilestones(
  page: Page,
): Promise<{ headline: number; interactive: number }> {
  return page.evaluate(
    () =>
      new Promise<{ headline: number; interactive: number }>((resolve) => {
        let headline: number | undefined
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            identifier?: string
            renderTime?: number
          })[]) {
            if (entry.identifier === 'article-headline')
              headline = entry.renderTime || entry.startTime
          }
        }).observe({ type: 'element', buffered: true })
        const timer = setInterval(() => {
          const interactive = performance.getEntriesByName('broadsheet:interactive')[0]?.startTime
          if (headline === undefined || interactive === undefined) return
          clearInterval(timer)
          resolve({ headline, interactive })
        }, 20)
      }),
  )
}
