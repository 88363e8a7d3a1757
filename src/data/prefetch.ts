import { hashKey } from '@tanstack/react-query'
import type { QueryExecuteOptions, QueryClient, QueryKey } from '@tanstack/react-query'

// Prefetching spends the reader's data on pages they may never open, so it is bounded: none at all when
// they asked to save data or are on a 2G-class connection, and at most a few requests in flight at once.
// Every link that prefetches (stories, pages of an index, sections, authors, topics) goes through this one
// line, whatever resource it names.
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

/** Resources waiting their turn; past this many, the oldest interest is dropped (the reader has moved on). */
const MAX_WAITING = 6

let inFlight = 0
// Newest interest last: a reader sweeping down a list wants the link under the pointer now, not the first one.
const waiting = new Map<string, () => void>()

function runNext(): void {
  while (inFlight < MAX_IN_FLIGHT && waiting.size > 0) {
    const [key, start] = [...waiting].at(-1) ?? []
    if (key === undefined || start === undefined) return
    waiting.delete(key)
    start()
  }
}

/**
 * Loads a resource (any queryOptions from queries.ts) into the cache if it is not there and fresh already;
 * a failed prefetch is simply forgotten.
 */
export function prefetch<T, K extends QueryKey>(
  queryClient: QueryClient,
  options: QueryExecuteOptions<T, Error, T, T, K>,
): void {
  if (readerSavesData()) return
  const state = queryClient.getQueryState(options.queryKey)
  if (state?.status === 'success' || state?.fetchStatus === 'fetching') return
  const key = hashKey(options.queryKey)
  // Asked again while waiting: it moves to the front of the line rather than queueing twice.
  waiting.delete(key)
  waiting.set(key, () => {
    // It may have been loaded (the reader clicked) while it waited.
    if (queryClient.getQueryState(options.queryKey)?.status === 'success') return
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
  while (waiting.size > MAX_WAITING) {
    const oldest = waiting.keys().next().value
    if (oldest === undefined) break
    waiting.delete(oldest)
  }
  runNext()
}
