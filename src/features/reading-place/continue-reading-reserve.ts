// How many "Continue reading" entries the front page will show, known before the first paint. Also bundled
// into the boot script (src/app/boot.ts), so it imports only the pure places code.
import { isUnfinished, parsePlaces, PLACES_KEY } from './reading-places'

/** The row shows at most this many: the ones read most recently. */
export const CONTINUE_READING_SHOWN = 4

/** The reader's unfinished articles, newest first, as many as the row shows. */
export function unfinishedPlaces(raw: string | null) {
  return parsePlaces(raw).filter(isUnfinished).slice(0, CONTINUE_READING_SHOWN)
}

/**
 * Marks <html> with the number of entries the row will have (`data-continue-reading`), so the prerendered
 * page reserves their room before it paints and the row arrives after hydration without moving the page.
 */
export function reserveContinueReading(root: HTMLElement, getStorage: () => Storage): void {
  let count = 0
  try {
    count = unfinishedPlaces(getStorage().getItem(PLACES_KEY)).length
  } catch {
    // Blocked storage: no places, no row, nothing reserved.
  }
  if (count > 0) root.setAttribute('data-continue-reading', String(count))
  else root.removeAttribute('data-continue-reading')
}
