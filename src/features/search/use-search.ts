import { useCallback, useEffect, useState } from 'react'
import { config } from '../../config/config'
import { searchStories } from './pagefind-client'
import type { ContentDate } from '../../content/dates'
import type { SearchAnswer, SearchResult } from './pagefind-client'

/** Results loaded at once, and with each "Show more". */
export const RESULTS_PER_PAGE = 10

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; query: string }
  | {
      status: 'done'
      query: string
      total: number
      /** False while the results are the newest stories' only (the recent index), `since` that date. */
      complete: boolean
      since?: ContentDate
      results: SearchResult[]
    }
  | { status: 'failed'; query: string }
  | { status: 'offline'; query: string }

/** The moment results are on screen, for the benchmark (build/bench/bench-search.ts). */
export const RESULTS_MARK = 'broadsheet:search-results'

type Outcome =
  | {
      query: string
      attempt: number
      failed: false
      answer: SearchAnswer
      results: SearchResult[]
      total: number
      complete: boolean
    }
  | { query: string; attempt: number; failed: true; offline: boolean }

/** Runs `query` against the index; a newer query wins over an older one still under way. */
export function useSearch(query: string) {
  const trimmed = query.trim()
  const [attempt, setAttempt] = useState(0)
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined)

  useEffect(() => {
    if (trimmed === '') return
    const superseded = new AbortController()
    searchStories(config.basePath, trimmed, RESULTS_PER_PAGE, superseded.signal).then(
      (answer) => {
        if (!superseded.signal.aborted)
          setOutcome({
            query: trimmed,
            attempt,
            failed: false,
            answer,
            results: answer.results,
            total: answer.total,
            complete: answer.complete,
          })
      },
      () => {
        if (!superseded.signal.aborted)
          setOutcome({ query: trimmed, attempt, failed: true, offline: !navigator.onLine })
      },
    )
    return () => {
      superseded.abort()
    }
  }, [trimmed, attempt])

  const state: SearchState =
    trimmed === ''
      ? { status: 'idle' }
      : outcome?.query !== trimmed || outcome.attempt !== attempt
        ? { status: 'searching', query: trimmed }
        : outcome.failed
          ? { status: outcome.offline ? 'offline' : 'failed', query: trimmed }
          : {
              status: 'done',
              query: trimmed,
              total: outcome.total,
              complete: outcome.complete,
              ...(!outcome.complete && outcome.answer.since && { since: outcome.answer.since }),
              results: outcome.results,
            }

  const done = state.status === 'done'
  useEffect(() => {
    if (done) performance.mark(RESULTS_MARK)
  }, [done, outcome])

  const retry = useCallback(() => {
    setAttempt((value) => value + 1)
  }, [])

  // Offline, the search tries again by itself once the connection is back.
  const offline = state.status === 'offline'
  useEffect(() => {
    if (!offline) return
    addEventListener('online', retry)
    return () => {
      removeEventListener('online', retry)
    }
  }, [offline, retry])

  const showMore = useCallback(async () => {
    if (outcome === undefined || outcome.failed) return
    const more = await outcome.answer.more(RESULTS_PER_PAGE)
    setOutcome((previous) =>
      previous === outcome
        ? {
            ...outcome,
            results: [...outcome.results, ...more.results],
            total: more.total,
            complete: more.complete,
          }
        : previous,
    )
  }, [outcome])

  return { state, retry, showMore }
}
