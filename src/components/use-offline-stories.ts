import { useEffect, useState } from 'react'
import { sitePath } from '../config/config'
import { articleUrl } from '../data/content-urls'
import { articlePath } from '../content/site-paths'

/**
 * Which of these stories the service worker has kept for offline reading. Looked up in the browser's caches
 * after the page is on screen (and again when the connection changes), so it never delays the front page.
 */
export function useOfflineStories(slugs: readonly string[]): ReadonlySet<string> {
  const [available, setAvailable] = useState<ReadonlySet<string>>(() => new Set())
  const key = slugs.join(' ')

  useEffect(() => {
    if (typeof caches === 'undefined') return
    let cancelled = false
    const check = async () => {
      const found = await Promise.all(
        key.split(' ').map(async (slug) => {
          // Read as a prerendered page, or opened inside the app from its data: either opens offline.
          const page = await caches.match(sitePath(articlePath(slug)))
          return (page ?? (await caches.match(articleUrl(slug)))) ? slug : undefined
        }),
      )
      if (!cancelled) setAvailable(new Set(found.filter((slug) => slug !== undefined)))
    }
    const refresh = () => {
      check().catch(() => undefined)
    }
    refresh()
    window.addEventListener('online', refresh)
    window.addEventListener('offline', refresh)
    return () => {
      cancelled = true
      window.removeEventListener('online', refresh)
      window.removeEventListener('offline', refresh)
    }
  }, [key])

  return available
}
