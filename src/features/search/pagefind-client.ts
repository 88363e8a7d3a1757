import { parseContentDate } from '../../content/dates'
import { fetchJson } from '../../data/fetch-json'
import type { ContentDate } from '../../content/dates'
import { isSlug } from '../../content/safe-url'
import { optionalText } from '../../content/text'
import { parseExcerpt } from './excerpt'
import type { ExcerptRun } from './excerpt'
import { openResultStream } from './result-stream'
import type { StreamPage } from './result-stream'

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

export interface SearchAnswer extends StreamPage<SearchResult> {
  query: string
  /** While the answer is from the recent index only: when its oldest story was published. */
  since?: ContentDate
  /** Loads the next results, for "Show more", and the counts after them. */
  more: (count: number) => Promise<StreamPage<SearchResult>>
}

interface PagefindResult {
  id: string
  data: () => Promise<unknown>
}

interface PagefindIndex {
  init: () => Promise<void>
  mergeIndex: (indexPath: string) => Promise<void>
  search: (query: string) => Promise<unknown>
  destroy: () => Promise<void>
}

interface PagefindModule extends PagefindIndex {
  options: (options: Record<string, unknown>) => Promise<void>
}

export class SearchUnavailableError extends Error {
  constructor(cause: unknown) {
    super('The search index could not be loaded.', { cause })
    this.name = 'SearchUnavailableError'
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

function isPagefindIndex(value: unknown): value is PagefindIndex {
  return (
    isRecord(value) &&
    typeof value.init === 'function' &&
    typeof value.mergeIndex === 'function' &&
    typeof value.search === 'function' &&
    typeof value.destroy === 'function'
  )
}

function isPagefindModule(value: unknown): value is PagefindModule {
  return isPagefindIndex(value) && isRecord(value) && typeof value.options === 'function'
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
async function readDelta(basePath: string): Promise<Delta> {
  try {
    return toDelta(
      await fetchJson(`${basePath}pagefind/broadsheet-delta.json`, { maxBytes: 256 * 1024 }),
    )
  } catch {
    // Without it the main index still answers: only the newest stories are missing.
    return NO_DELTA
  }
}

async function mergeDelta(basePath: string, index: PagefindIndex, delta: Delta): Promise<void> {
  if (delta.stories > 0) await index.mergeIndex(`${basePath}pagefind/delta/`)
}

/** The recent index, as build/syndication/search-recent.ts describes it; undefined when there is none. */
interface RecentIndex {
  path: string
  since: ContentDate
}

function toRecentIndex(manifest: unknown): RecentIndex | undefined {
  if (!isRecord(manifest) || !isRecord(manifest.recent)) return undefined
  const { path, since } = manifest.recent
  if (typeof path !== 'string' || !/^[a-z0-9-]+\/$/.test(path) || typeof since !== 'string')
    return undefined
  const date = parseContentDate(since)
  return date === undefined ? undefined : { path, since: date }
}

async function readRecentIndex(basePath: string): Promise<RecentIndex | undefined> {
  try {
    return toRecentIndex(
      await fetchJson(`${basePath}pagefind/broadsheet-recent.json`, { maxBytes: 16 * 1024 }),
    )
  } catch {
    // Without it the full index answers every query: only at a higher cost for the commonest words.
    return undefined
  }
}

// The page's Trusted Types policy allows no worker script: Pagefind runs on the main thread.
const PAGEFIND_OPTIONS = { noWorker: true, excerptLength: 24 }

/**
 * A second Pagefind over the recent index. Its own copy of the module (the same file, another address), since
 * Pagefind's WebAssembly glue is one per module: two indexes in one module would share, and corrupt, one
 * WebAssembly memory. The WebAssembly file itself is the full index's (build/syndication/search-recent.ts),
 * from the HTTP cache.
 */
async function openRecent(
  basePath: string,
  recent: RecentIndex | undefined,
  delta: Delta,
): Promise<LoadedSearch['recent']> {
  if (recent === undefined) return undefined
  const module: unknown = await import(
    /* @vite-ignore */ `${basePath}pagefind/pagefind.js?index=${recent.path.slice(0, -1)}`
  )
  if (!isPagefindModule(module)) return undefined
  await module.options({ ...PAGEFIND_OPTIONS, basePath: `${basePath}pagefind/${recent.path}` })
  await module.init()
  // The newest stories are in the delta: the recent index must have them too.
  await mergeDelta(basePath, module, delta)
  return { index: module, since: recent.since }
}

interface LoadedSearch {
  pagefind: PagefindModule
  delta: Delta
  recent?: { index: PagefindIndex; since: ContentDate }
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
    await module.options(PAGEFIND_OPTIONS)
    await module.init()
    const [delta, recent] = await Promise.all([readDelta(basePath), readRecentIndex(basePath)])
    await mergeDelta(basePath, module, delta)
    return { pagefind: module, delta, recent: await openRecent(basePath, recent, delta) }
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

/** What a reader can be shown of each match, loaded together (one fragment file each). */
async function showResults(
  found: readonly PagefindResult[],
): Promise<(SearchResult | undefined)[]> {
  return (await Promise.all(found.map((result) => result.data()))).map(toSearchResult)
}

export async function searchStories(
  basePath: string,
  query: string,
  first: number,
  signal?: AbortSignal,
): Promise<SearchAnswer> {
  const { pagefind, delta, recent } = await loadPagefind(basePath)
  const searchIn = async (index: PagefindIndex): Promise<PagefindResult[]> => {
    let found: PagefindResult[]
    try {
      found = toResults(await index.search(query))
    } catch (error) {
      // A later file of the index failed: start Pagefind afresh on Try again.
      loading = undefined
      await pagefind.destroy().catch(() => undefined)
      await recent?.index.destroy().catch(() => undefined)
      throw new SearchUnavailableError(error)
    }
    // A query the reader has typed past: its results would never be shown, so their fragments (one file
    // each) are not fetched.
    signal?.throwIfAborted()
    // Pagefind passes over an index chunk it could not fetch: offline, "nothing found" may only mean that.
    if (found.length === 0 && !navigator.onLine)
      throw new SearchUnavailableError(new Error('offline, and nothing found in what is loaded'))
    // A corrected story's older copy is neither shown nor counted, whichever copies matched.
    return found.filter((result) => !delta.superseded.has(result.id))
  }
  const { stream, page } = await openResultStream(
    {
      ...(recent && { recent: () => searchIn(recent.index) }),
      all: () => searchIn(pagefind),
      show: showResults,
    },
    first,
  )
  return {
    query,
    ...page,
    ...(!page.complete && recent && { since: recent.since }),
    more: stream.next,
  }
}
