import { useEffect } from 'react'
import { rememberPlace } from './reading-place-store'
import { currentPlace } from './track-place'

interface Article {
  slug: string
  headline: string
  language: string
}

/** Saving at most this often while the reader scrolls; always on leaving the page. */
const SAVE_EVERY_MS = 800

/**
 * Keeps this article's place as the reader scrolls. Nothing is saved until they do scroll, nor while the
 * place they had is still on offer: opening an article must not overwrite where they left it.
 */
export function useTrackPlace({ slug, headline, language }: Article, paused: boolean): void {
  useEffect(() => {
    if (paused) return
    let timer: ReturnType<typeof setTimeout> | undefined
    let scrolled = false
    const save = () => {
      timer = undefined
      if (!scrolled) return
      const place = currentPlace()
      if (place) rememberPlace({ slug, headline, language, ...place, at: Date.now() })
    }
    const onScroll = () => {
      scrolled = true
      timer ??= setTimeout(save, SAVE_EVERY_MS)
    }
    const onHide = () => {
      if (document.visibilityState === 'hidden') save()
    }
    window.addEventListener('scroll', onScroll, { passive: true })
    document.addEventListener('visibilitychange', onHide)
    // This code loads after hydration: a reader who scrolled before it arrived has already moved.
    if (window.scrollY > 0) onScroll()
    return () => {
      window.removeEventListener('scroll', onScroll)
      document.removeEventListener('visibilitychange', onHide)
      // Leaving for another page inside the app: the last few hundred milliseconds count too.
      if (timer !== undefined) clearTimeout(timer)
      save()
    }
  }, [slug, headline, language, paused])
}
