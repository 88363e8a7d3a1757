import { config } from '../config'
import { articleFile, frontPageFile } from './content-files'

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

/** Router paths: the base path is added by the router (and by sitePath for anything outside it). */
export function articlePath(slug: string): string {
  return `/articles/${slug}`
}

export function frontPagePath(page = 1): string {
  return page === 1 ? '/' : `/page/${page}`
}
