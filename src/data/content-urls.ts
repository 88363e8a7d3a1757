import { config } from '../config/config'
import {
  articleFile,
  authorProfileFile,
  frontPageFile,
  listingFile,
} from '../content/content-files'
import type { ListingKind } from '../content/content-files'

// Resolved against the page at call time (never at module load, so this also runs under Node for prerendering).
function resolve(path: string): string {
  const origin = typeof location === 'undefined' ? 'http://localhost/' : location.href
  return new URL(path, new URL(config.contentBase, origin)).href
}

export function articleUrl(slug: string): string {
  return resolve(articleFile(slug))
}

export function frontPageUrl(page = 1): string {
  return resolve(frontPageFile(page))
}

export function listingUrl(kind: ListingKind, slug: string, page = 1): string {
  return resolve(listingFile(kind, slug, page))
}

export function authorProfileUrl(slug: string): string {
  return resolve(authorProfileFile(slug))
}
