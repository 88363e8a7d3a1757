// Whether this article's "Continue where you left off" will be offered, known before the first paint. Also
// bundled into the boot script (src/app/boot.ts), so it imports only the pure places code.
import { isUnfinished, parsePlaces, PLACES_KEY } from './reading-places'

// An article's address under any base path, as the prerendered file or the app's own route.
const ARTICLE_PATH = /\/articles\/([a-z0-9-]+)(?:\.html)?\/?$/

/**
 * Marks <html> with `data-your-place` when the article at `pathname` has an unfinished place, so its
 * prerendered page holds the offer's room (YourPlaceReserve) and the offer arrives without moving the page.
 */
export function reserveYourPlace(
  root: HTMLElement,
  getStorage: () => Storage,
  pathname: string,
): void {
  const slug = ARTICLE_PATH.exec(pathname)?.[1]
  let unfinished = false
  try {
    if (slug !== undefined)
      unfinished = parsePlaces(getStorage().getItem(PLACES_KEY)).some(
        (place) => place.slug === slug && isUnfinished(place),
      )
  } catch {
    // Blocked storage: no place, no offer, nothing held.
  }
  if (unfinished) root.setAttribute('data-your-place', '')
  else root.removeAttribute('data-your-place')
}
