import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { articleQueryOptions } from './queries'

/**
 * Starts loading an article the moment a reader shows interest in its link (hover, focus, touch), so the
 * click usually finds it in the cache. Data already cached and fresh is not fetched again.
 */
export function usePrefetchArticle(slug: string): () => void {
  const queryClient = useQueryClient()
  return useCallback(() => {
    // A failed prefetch is forgotten: the click will fetch again and show the error properly if it persists.
    queryClient.query(articleQueryOptions(slug)).catch(() => undefined)
  }, [queryClient, slug])
}
