import type { QueryClient } from '@tanstack/react-query'
import { articleQueryOptions } from './queries'

// Prefetching spends the reader's data on stories they may never open, so it is bounded: none at all when
// they asked to save data or are on a 2G-class connection, and at most a few requests in flight at once.
const MAX_IN_FLIGHT = 2

interface NetworkInformationLike {
  saveData?: boolean
  effectiveType?: string
}

function readerSavesData(): boolean {
  if (typeof navigator === 'undefined') return true
  const connection = (navigator as Navigator & { connection?: NetworkInformationLike }).connection
  return (
    connection?.saveData === true ||
    connection?.effectiveType === 'slow-2g' ||
    connection?.effectiveType === '2g'
  )
}

let inFlight = 0
const waiting: (() => void)[] = []

function runNext(): void {
  while (inFlight < MAX_IN_FLIGHT && waiting.length > 0) {
    const next = waiting.shift()
    if (next) next()
  }
}

/** Loads a story into the cache if it is not there and fresh already; a failed prefetch is simply forgotten. */
export function prefetchArticle(queryClient: QueryClient, slug: string): void {
  if (readerSavesData()) return
  const options = articleQueryOptions(slug)
  const state = queryClient.getQueryState(options.queryKey)
  if (state?.status === 'success' || state?.fetchStatus === 'fetching') return
  waiting.push(() => {
    inFlight += 1
    queryClient
      // A prefetch that fails is forgotten at once; the reader's own click will retry if it matters.
      .query({ ...options, retry: false })
      .catch(() => undefined)
      .finally(() => {
        inFlight -= 1
        runNext()
      })
  })
  runNext()
}
