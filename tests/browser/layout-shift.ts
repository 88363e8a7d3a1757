import type { Page } from '@playwright/test'

// The page's CLS as the Layout Instability API reports it, for the specs about parts that arrive after
// hydration (the front page's "Continue reading" row, an article's "Continue where you left off").

/** Sums, from before the first paint, every layout shift no input caused. */
export async function watchLayoutShift(page: Page) {
  await page.addInitScript(() => {
    const shifts = { total: 0 }
    Object.assign(window, { shifts })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        if (!('hadRecentInput' in entry && entry.hadRecentInput) && 'value' in entry)
          shifts.total += Number(entry.value)
    }).observe({ type: 'layout-shift', buffered: true })
  })
}

/** After two more frames, so a shift the last change caused has been reported. */
export function layoutShift(page: Page) {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        requestAnimationFrame(() =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              resolve((window as unknown as { shifts: { total: number } }).shifts.total)
            }, 100),
          ),
        )
      }),
  )
}
