import { config } from '../config/config'
import { articleFile, frontPageFile } from '../content/content-files'

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
