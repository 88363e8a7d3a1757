import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect } from 'react'
import type { RefObject } from 'react'
import { prefetchArticle } from './prefetch'

/**
 * Starts loading an article the moment a reader shows interest in its link (hover, focus, touch), so the
 * click usually finds it in the cache.
 */
export function usePrefetchArticle(slug: string): () => void {
  const queryClient = useQueryClient()
  return useCallback(() => {
    prefetchArticle(queryClient, slug)
  }, [queryClient, slug])
}

/** Also prefetches when the link scrolls into view (related stories at the end of an article). */
export function usePrefetchWhenVisible(
  ref: RefObject<Element | null>,
  slug: string,
  enabled: boolean,
): void {
  const queryClient = useQueryClient()
  useEffect(() => {
    const element = ref.current
    if (!enabled || !element || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return
      observer.disconnect()
      prefetchArticle(queryClient, slug)
    })
    observer.observe(element)
    return () => {
      observer.disconnect()
    }
  }, [ref, queryClient, slug, enabled])
}
