import { config } from '../config'

// Resolved against the page at call time (never at module load, so this also runs under Node for prerendering).
function resolve(path: string): string {
  const origin = typeof location === 'undefined' ? 'http://localhost/' : location.href
  return new URL(path, new URL(config.contentBase, origin)).href
}

export function articleUrl(slug: string): string {
  return resolve(`articles/${slug}.json`)
}

export function frontPageUrl(): string {
  return resolve('index.json')
}

export function articlePath(slug: string): string {
  return `/articles/${slug}`
}
