import { QueryClient } from '@tanstack/react-query'
import { isRetryable } from '../content/content-error'
import { loadBlockCodeWithArticles } from './article-code'

// Four attempts over about four seconds: enough to ride out a restarting server, not so many that a dead
// one keeps the reader waiting.
const MAX_RETRIES = 3

/** Exponential backoff with jitter, capped: 0.5 s, 1 s… so a flapping server is not hammered in step. */
function retryDelay(attempt: number): number {
  const base = Math.min(500 * 2 ** attempt, 8_000)
  return base / 2 + Math.random() * (base / 2)
}

function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && isRetryable(error)
}

export function createQueryClient(): QueryClient {
  const queryClient = new QueryClient({
    defaultOptions: {
      queries: {
        // Articles change rarely once published; five minutes fresh means Back and related stories reopen
        // from memory, and a long-open tab still picks up corrections.
        staleTime: 5 * 60_000,
        gcTime: 30 * 60_000,
        retry: shouldRetry,
        retryDelay,
        refetchOnWindowFocus: false,
      },
    },
  })
  loadBlockCodeWithArticles(queryClient)
  return queryClient
}
