import type { EmbedProvider } from './embed-providers'

/**
 * What this site lets an article make the reader's browser load, beyond its own paths: the same lists the
 * Content Security Policy is written from (img-src and media-src, frame-src), applied again in the view model
 * so a host that cannot send headers is just as safe, and so a blocked photo is left out rather than shown
 * as a broken box.
 */
export interface ContentPolicy {
  /** https origins ("https://images.example") that photos, posters, video and audio may come from. */
  mediaOrigins: readonly string[]
  /** Embed providers whose players may be loaded, when the reader asks. */
  embedProviders: readonly EmbedProvider[]
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin
  } catch {
    return undefined
  }
}

/** A same-origin path is always allowed; an https URL only from an allowed origin. */
export function isAllowedMediaUrl(url: string, policy: ContentPolicy): boolean {
  if (url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\')) return true
  const origin = originOf(url)
  return origin !== undefined && url.startsWith('https:') && policy.mediaOrigins.includes(origin)
}

/** Every https origin an article's media come from that the policy does not allow, for the publisher. */
export function disallowedOrigins(urls: Iterable<string>, policy: ContentPolicy): string[] {
  const origins = new Set<string>()
  for (const url of urls) {
    if (isAllowedMediaUrl(url, policy)) continue
    const origin = originOf(url)
    if (origin !== undefined) origins.add(origin)
  }
  return [...origins].sort()
}
