import { disallowedOrigins } from '../../src/content/content-policy'
import type { ContentPolicy } from '../../src/content/content-policy'
import { loadEnv } from 'vite'
import { contentPolicyOf, readSiteConfig } from '../../src/config/site-config'
import { root } from '../shared/paths'
import { mediaUrlsOf } from './media-urls'

// A photo, poster, video, audio file or caption track from an origin the site does not allow is never
// requested by the reader (the CSP and the view model both refuse it), so the publisher is told which origins
// the articles need and how to allow them, rather than finding blank spaces on the page.

export interface SitePolicy {
  policy: ContentPolicy
  /** VITE_IMAGE_HOSTS as set now, so the advice prints the whole new value. */
  imageHosts: readonly string[]
}

/** The site's policy from the same VITE_* settings (.env files and the environment) the build and the CSP use. */
export function sitePolicy(
  env: Record<string, string | undefined> = loadEnv('production', root, 'VITE_'),
): SitePolicy {
  const config = readSiteConfig(env)
  return { policy: contentPolicyOf(config), imageHosts: config.imageHosts }
}

/** Adds one article's disallowed media origins to a running count (origin → articles), for a streamed import. */
export function countDisallowedOrigins(
  article: unknown,
  counts: Map<string, number>,
  policy: ContentPolicy,
): void {
  for (const origin of disallowedOrigins(mediaUrlsOf(article), policy))
    counts.set(origin, (counts.get(origin) ?? 0) + 1)
}

/** "media from … the site does not allow yet" and "add … to VITE_IMAGE_HOSTS" lines, or none. */
export function originAdvice(
  articlesByOrigin: ReadonlyMap<string, number>,
  imageHosts: readonly string[],
): string[] {
  if (articlesByOrigin.size === 0) return []
  const origins = [...articlesByOrigin.keys()].sort()
  const listed = origins.map(
    (origin) =>
      `${origin} (${articlesByOrigin.get(origin)} article${articlesByOrigin.get(origin) === 1 ? '' : 's'})`,
  )
  return [
    `media from ${origins.length === 1 ? 'an origin' : `${origins.length} origins`} the site does not allow yet, so readers will not see them: ${listed.join(', ')}`,
    `to allow ${origins.length === 1 ? 'it' : 'them'}: add ${origins.join(' ')} to VITE_IMAGE_HOSTS (space-separated), i.e. VITE_IMAGE_HOSTS="${[...imageHosts, ...origins].join(' ')}"`,
  ]
}

export function mediaOriginAdvice(
  articles: readonly unknown[],
  site: SitePolicy = sitePolicy(),
): string[] {
  const counts = new Map<string, number>()
  for (const article of articles) countDisallowedOrigins(article, counts, site.policy)
  return originAdvice(counts, site.imageHosts)
}
