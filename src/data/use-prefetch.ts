import { hashKey, useQueryClient } from '@tanstack/react-query'
import type { QueryExecuteOptions, QueryKey } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import type { RefObject } from 'react'
import { prefetch } from './prefetch'

/**
 * Starts loading a page's data the moment a reader shows interest in its link (hover, focus, touch), so the
 * click usually finds it in the cache.
 */
export function usePrefetch<T, K extends QueryKey>(
  options: QueryExecuteOptions<T, Error, T, T, K>,
): () => void {
  const queryClient = useQueryClient()
  return () => {
    prefetch(queryClient, options)
  }
}

/** Also prefetches when the link scrolls into view (related stories at the end of an article). */
export function usePrefetchWhenVisible<T, K extends QueryKey>(
  ref: RefObject<Element | null>,
  options: QueryExecuteOptions<T, Error, T, T, K>,
  enabled: boolean,
): void {
  const queryClient = useQueryClient()
  // Options are rebuilt on every render; the observer is only set up again when they name another resource.
  const latest = useRef(options)
  useEffect(() => {
    latest.current = options
  })
  const key = hashKey(options.queryKey)
  useEffect(() => {
    const element = ref.current
    if (!enabled || !element || typeof IntersectionObserver === 'undefined') return
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return
      observer.disconnect()
      prefetch(queryClient, latest.current)
    })
    observer.observe(element)
    return () => {
      observer.disconnect()
    }
  }, [ref, queryClient, key, enabled])
}
