// The order results come in when the archive has a recent index (build/syndication/search-recent.ts): the
// newest stories first, from the small recent index, and only then, when they run out or are fewer than a
// page, the rest from the full index, without showing a story twice. A word in most stories costs the recent
// index's share of its chunks, and a rare word (fewer than a page of recent matches) goes straight to the
// full index, which is cheap for it.

interface Found {
  id: string
}

export interface StreamPage<S> {
  results: S[]
  /** Matches found so far: in the recent index only, until `complete`. */
  total: number
  /** The full index has been searched: `total` is every story that matches. */
  complete: boolean
}

interface ResultStream<S> {
  /** The next `count` results that can be shown (fewer at the end), and the counts after loading them. */
  next: (count: number) => Promise<StreamPage<S>>
}

interface StreamSources<R extends Found, S> {
  /** Searches the recent index; absent when the archive has none. */
  recent?: () => Promise<readonly R[]>
  all: () => Promise<readonly R[]>
  /** Loads what the page shows of each match; undefined for one it cannot show. */
  show: (found: readonly R[]) => Promise<(S | undefined)[]>
}

export async function openResultStream<R extends Found, S>(
  { recent, all, show }: StreamSources<R, S>,
  first: number,
): Promise<{ stream: ResultStream<S>; page: StreamPage<S> }> {
  let queue: readonly R[] = recent ? await recent() : []
  let complete = false
  if (queue.length < first) {
    queue = await all()
    complete = true
  }
  let next = 0

  const widen = async () => {
    const seen = new Set(queue.map((found) => found.id))
    queue = [...queue, ...(await all()).filter((found) => !seen.has(found.id))]
    complete = true
  }

  const stream: ResultStream<S> = {
    next: async (count) => {
      const results: S[] = []
      while (results.length < count) {
        if (next >= queue.length) {
          if (complete) break
          await widen()
          continue
        }
        const batch = queue.slice(next, next + count - results.length)
        next += batch.length
        for (const shown of await show(batch)) if (shown !== undefined) results.push(shown)
      }
      return { results, total: queue.length, complete }
    },
  }
  return { stream, page: await stream.next(first) }
}
