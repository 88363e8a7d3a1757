// Where the on-demand handler reads content: one small interface, so the same handler runs on files (Node), on
// the origin's static files (fetch) and on a key-value store (a Workers KV or R2-style binding).
// Paths are relative to the content base ("index.json", "pages/2.json", "articles/<slug>.json"); the handler
// builds them only from validated slugs and page numbers.

export interface ContentSource {
  /** The parsed JSON, or undefined when there is no such file. Throws when the store can't be reached. */
  getJson(path: string): Promise<unknown>
}

/**
 * The file is there but is not JSON (or is too large to be a content file): shown as "can't be displayed",
 * with the same publisher details the browser gives for the same file.
 */
export class UnreadableContent extends Error {
  override readonly name = 'UnreadableContent'
  readonly problems: { path: string; reason: string }[]

  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file} ${reason}`)
    this.problems = [{ path: '(file)', reason }]
  }
}

/** The store did not answer (down, timed out, an error status): shown as a 503, and a cache keeps stale copies. */
export class ContentUnavailable extends Error {
  override readonly name = 'ContentUnavailable'
}

/** Same bound as the reader's own (LIMITS.articleBytes): a hostile file can't make the server hold gigabytes. */
export const MAX_CONTENT_BYTES = 8 * 1024 * 1024

/** The browser's rules (src/data/fetch-json.ts): one byte-order mark is dropped, as TextDecoder does. */
export function parseContentText(text: string, path: string): unknown {
  if (text.length > MAX_CONTENT_BYTES)
    throw new UnreadableContent(path, 'is larger than the 8 MB limit')
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text
  if (body.trim() === '') throw new UnreadableContent(path, 'is empty')
  try {
    return JSON.parse(body) as unknown
  } catch {
    throw new UnreadableContent(path, 'is not valid JSON')
  }
}

export interface FetchSourceOptions {
  /** The content folder's URL, ending in "/" ("https://origin.example/content/"). */
  base: string
  fetch?: typeof fetch
  timeoutMs?: number
}

/** The origin's static files: what a CDN-fronted static host already serves under /content/. */
export function fetchContentSource({
  base,
  fetch: fetchImpl = fetch,
  timeoutMs = 5_000,
}: FetchSourceOptions): ContentSource {
  return {
    async getJson(path) {
      let response: Response
      try {
        response = await fetchImpl(new URL(path, base).href, {
          headers: { Accept: 'application/json' },
          signal: AbortSignal.timeout(timeoutMs),
        })
      } catch (error) {
        throw new ContentUnavailable(`${path}: ${String(error)}`)
      }
      if (response.status === 404 || response.status === 410) {
        await response.body?.cancel()
        return undefined
      }
      if (!response.ok) {
        await response.body?.cancel()
        throw new ContentUnavailable(`${path}: status ${response.status}`)
      }
      // A host whose catch-all rule answers every path with the app's HTML: the file is not there.
      if ((response.headers.get('content-type') ?? '').includes('text/html')) {
        await response.body?.cancel()
        return undefined
      }
      if (Number(response.headers.get('content-length') ?? '0') > MAX_CONTENT_BYTES) {
        await response.body?.cancel()
        throw new UnreadableContent(path, 'is larger than the 8 MB limit')
      }
      return parseContentText(await response.text(), path)
    },
  }
}

/** The part of a Workers KV namespace (or an R2-like store wrapped to match) that the handler needs. */
export interface KeyValueStore {
  get(key: string, type: 'text'): Promise<string | null>
}

/** Content in a key-value store, one key per content file ("articles/<slug>.json"), under an optional prefix. */
export function keyValueContentSource(store: KeyValueStore, prefix = ''): ContentSource {
  return {
    async getJson(path) {
      let text: string | null
      try {
        text = await store.get(`${prefix}${path}`, 'text')
      } catch (error) {
        throw new ContentUnavailable(`${path}: ${String(error)}`)
      }
      return text === null ? undefined : parseContentText(text, path)
    },
  }
}
