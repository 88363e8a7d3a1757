import { parseContentDate } from '../../content/dates'
import { fetchJson } from '../../data/fetch-json'
import type { ContentDate } from '../../content/dates'
import { isSlug } from '../../content/safe-url'
import { optionalText } from '../../content/text'
import { parseExcerpt } from './excerpt'
import type { ExcerptRun } from './excerpt'

// The one door to Pagefind in the browser. Its script and index are fetched only here, the first time a reader
// searches (never on the first view of any page), and everything it answers is checked like any other network
// data before the page shows it.

export interface SearchResult {
  slug: string
  headline: string
  section?: { name: string; slug?: string }
  published?: ContentDate
  excerpt: ExcerptRun[]
}

export interface SearchAnswer {
  query: string
  /** Every story that matches; only the first `results.length` are loaded. */
  total: number
  results: SearchResult[]
  /** Loads the next results, for "Show more". */
  more: (count: number) => Promise<SearchResult[]>
}

interface PagefindResult {
  id: string
  data: () => Promise<unknown>
}

interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>
  init: () => Promise<void>
  mergeIndex: (indexPath: string) => Promise<void>
  search: (query: string) => Promise<unknown>
  destroy: () => Promise<void>
}

export class SearchUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The search index could not be loaded.', { cause })
    this.name = 'SearchUnavailableError'
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

function isPagefindModule(value: unknown): value is PagefindModule {
  return (
    isRecord(value) &&
    typeof value.options === 'function' &&
    typeof value.init === 'function' &&
    typeof value.mergeIndex === 'function' &&
    typeof value.search === 'function' &&
    typeof value.destroy === 'function'
  )
}

function isPagefindResult(value: unknown): value is PagefindResult {
  return isRecord(value) && typeof value.id === 'string' && typeof value.data === 'function'
}

function toResults(answer: unknown): PagefindResult[] {
  if (!isRecord(answer) || !Array.isArray(answer.results)) return []
  return answer.results.filter(isPagefindResult)
}

function sectionOf(name: unknown, slug: unknown): SearchResult['section'] {
  const text = typeof name === 'string' ? optionalText(name) : undefined
  if (text === undefined) return undefined
  return typeof slug === 'string' && isSlug(slug) ? { name: text, slug } : { name: text }
}

/** A result's data as the index gave it, or undefined when it is not a story we can link to. */
export function toSearchResult(data: unknown): SearchResult | undefined {
  if (!isRecord(data) || !isRecord(data.meta)) return undefined
  const { slug, title, section, sectionSlug, published } = data.meta
  if (typeof slug !== 'string' || !isSlug(slug)) return undefined
  const headline = typeof title === 'string' ? optionalText(title) : undefined
  if (headline === undefined) return undefined
  return {
    slug,
    headline,
    section: sectionOf(section, sectionSlug),
    published: typeof published === 'string' ? parseContentDate(published) : undefined,
    excerpt: typeof data.excerpt === 'string' ? parseExcerpt(data.excerpt) : [],
  }
}

/**
 * Stories published since the last full build are in a small second index (build/syndication/search-delta.ts).
 * Its list says how many there are, and which older copies in the main index they supersede, by Pagefind id.
 */
interface Delta {
  stories: number
  superseded: Set<string>
}

const NO_DELTA: Delta = { stories: 0, superseded: new Set() }

function toDelta(manifest: unknown): Delta {
  if (!isRecord(manifest) || !Array.isArray(manifest.stories)) return NO_DELTA
  const superseded = new Set<string>()
  for (const story of manifest.stories)
    if (isRecord(story) && typeof story.replaces === 'string') superseded.add(story.replaces)
  return { stories: manifest.stories.length, superseded }
}

/** The delta's list, and its index merged into Pagefind's when it holds any story. */
async function mergeDelta(basePath: string, pagefind: PagefindModule): Promise<Delta> {
  let manifest: unknown
  try {
    manifest = await fetchJson(`${basePath}pagefind/broadsheet-delta.json`, {
      maxBytes: 256 * 1024,
    })
  } catch {
    // Without it the main index still answers: only the newest stories are missing.
    return NO_DELTA
  }
  const delta = toDelta(manifest)
  if (delta.stories > 0) await pagefind.mergeIndex(`${basePath}pagefind/delta/`)
  return delta
}

interface LoadedSearch {
  pagefind: PagefindModule
  delta: Delta
}

let loading: Promise<LoadedSearch> | undefined

/** Loads Pagefind once; a failure is forgotten, so Try again fetches it afresh. */
function loadPagefind(basePath: string): Promise<LoadedSearch> {
  loading ??= (async () => {
    // Pagefind reports a missing index only as an unhandled rejection: its entry file is checked here
    // first (a few hundred bytes, and the HTTP cache answers Pagefind's own request for it).
    const entry = await fetchJson(`${basePath}pagefind/pagefind-entry.json`, {
      maxBytes: 64 * 1024,
    })
    if (!isRecord(entry) || !isRecord(entry.languages))
      throw new Error('pagefind-entry.json lists no index')
    const module: unknown = await import(/* @vite-ignore */ `${basePath}pagefind/pagefind.js`)
    if (!isPagefindModule(module)) throw new Error('pagefind.js is not the Pagefind module')
    // The page's Trusted Types policy allows no worker script: Pagefind runs on the main thread.
    await module.options({ noWorker: true, excerptLength: 24 })
    await module.init()
    return { pagefind: module, delta: await mergeDelta(basePath, module) }
  })().catch((error: unknown) => {
    loading = undefined
    throw new SearchUnavailableError(error)
  })
  return loading
}

/**
 * Starts loading Pagefind as the search page opens, so the first query does not wait for it. A failure is
 * left for that query to report (and to try again).
 */
export function preloadSearch(basePath: string): void {
  loadPagefind(basePath).catch(() => undefined)
}

/** Loads results in order from `found`, `count` at a time, leaving out those it cannot show. */
function resultPages(found: readonly PagefindResult[]) {
  let next = 0
  return async (count: number): Promise<SearchResult[]> => {
    const page: SearchResult[] = []
    while (page.length < count && next < found.length) {
      const batch = found.slice(next, next + count - page.length)
      next += batch.length
      for (const data of await Promise.all(batch.map((result) => result.data()))) {
        const shown = toSearchResult(data)
        if (shown) page.push(shown)
      }
    }
    return page
  }
}

export async function searchStories(
  basePath: string,
  query: string,
  first: number,
  signal?: AbortSignal,
): Promise<SearchAnswer> {
  const { pagefind, delta } = await loadPagefind(basePath)
  let found: PagefindResult[]
  try {
    found = toResults(await pagefind.search(query))
  } catch (error) {
    // A later file of the index failed: start Pagefind afresh on Try again.
    loading = undefined
    await pagefind.destroy().catch(() => undefined)
    throw new SearchUnavailableError(error)
  }
  // A query the reader has typed past: its results would never be shown, so their fragments (one file
  // each) are not fetched.
  signal?.throwIfAborted()
  // Pagefind passes over an index chunk it could not fetch: offline, "nothing found" may only mean that.
  if (found.length === 0 && !navigator.onLine)
    throw new SearchUnavailableError(new Error('offline, and nothing found in what is loaded'))
  // A corrected story's older copy is neither shown nor counted, whichever copies matched.
  const current = found.filter((result) => !delta.superseded.has(result.id))
  const more = resultPages(current)
  return {
    query,
    total: current.length,
    results: await more(first),
    more,
  }
}
