// What the on-demand handler tells shared caches (a CDN, Varnish) and browsers. Pages are kept by the CDN for
// an hour and served stale while it fetches a fresh copy or while the origin is down; browsers revalidate
// every time (max-age=0 plus an ETag, so a repeat visit is a 304). A publish purges by key, so the hour never
// delays a correction.

export interface CachePolicy {
  /** Seconds a shared cache may serve a page without asking (s-maxage). */
  pageSeconds: number
  /** Seconds a shared cache may serve a page stale while it refetches. */
  staleWhileRevalidateSeconds: number
  /** Seconds a shared cache may serve a page stale while the origin fails. */
  staleIfErrorSeconds: number
  /** A missing page: short, so a story published under that address appears even without a purge. */
  notFoundSeconds: number
  /** Content that can't be displayed or can't be reached: a few seconds, to spare the origin a stampede. */
  problemSeconds: number
}

export const DEFAULT_CACHE_POLICY: CachePolicy = {
  pageSeconds: 3600,
  staleWhileRevalidateSeconds: 600,
  staleIfErrorSeconds: 86_400,
  notFoundSeconds: 60,
  problemSeconds: 5,
}

export type PageOutcome = 'page' | 'not-found' | 'problem'

export function cacheControl(policy: CachePolicy, outcome: PageOutcome): string {
  if (outcome === 'page')
    return `public, max-age=0, s-maxage=${policy.pageSeconds}, stale-while-revalidate=${policy.staleWhileRevalidateSeconds}, stale-if-error=${policy.staleIfErrorSeconds}`
  const seconds = outcome === 'not-found' ? policy.notFoundSeconds : policy.problemSeconds
  return `public, max-age=0, s-maxage=${seconds}`
}

/** A name as a cache key part: "Amara Okafor" → "amara-okafor". Keys travel in headers: ASCII, no spaces. */
export function keyPart(text: string): string {
  return (
    text
      .normalize('NFKD')
      // Accents are marks after their letter once decomposed: "É" keys as "e", not "-".
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'unnamed'
  )
}

/**
 * The three spellings of one list of keys: Fastly's Surrogate-Key and Varnish's xkey (space-separated) and
 * Cloudflare's Cache-Tag (comma-separated). Each CDN strips its own header before the reader sees it.
 */
export function surrogateKeyHeaders(keys: readonly string[]): Record<string, string> {
  const unique = [...new Set(keys)]
  if (unique.length === 0) return {}
  return {
    'Surrogate-Key': unique.join(' '),
    'Cache-Tag': unique.join(','),
    xkey: unique.join(' '),
  }
}

/** A strong validator from the bytes themselves: the same page rendered twice has the same ETag anywhere. */
export async function strongEtag(body: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body))
  const bytes = new Uint8Array(digest).slice(0, 18)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return `"${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_')}"`
}

/** If-None-Match uses the weak comparison (RFC 9110 13.1.2): W/"x" matches "x"; "*" matches any page. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (header === null) return false
  if (header.trim() === '*') return true
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
}
