import type { CachePolicy } from './cache-policy'
import type { ContentSource, KeyValueStore } from './content-source'
import { fetchContentSource, keyValueContentSource } from './content-source'
import { createHandler } from './handler'
import { isBucketedPageRequest } from './index-content'
import type { Handler } from './handler'
import type { PageRenderer } from './page-types'

// The Cloudflare Worker around the handler (bundled by build/worker/build-worker.ts, configured by
// wrangler.toml). Content comes from a KV namespace bound as CONTENT when there is one, otherwise from the
// origin's static content folder at CONTENT_ORIGIN. Static files (scripts, styles, photos) come from the
// Workers static assets binding, ASSETS, when it is bound.

interface Fetcher {
  fetch(request: Request): Promise<Response>
}

export interface WorkerEnv {
  CONTENT?: KeyValueStore
  /** The content folder's URL at the origin ("https://origin.example/content/"). */
  CONTENT_ORIGIN?: string
  /** Key prefix for the CONTENT namespace ("" by default: keys are "articles/<slug>.json"). */
  CONTENT_PREFIX?: string
  /** Seconds a shared cache keeps a page (s-maxage); the other windows keep their defaults. */
  PAGE_SECONDS?: string
  ASSETS?: Fetcher
}

export interface WorkerBuild {
  renderer: PageRenderer
  template: string
  headers: Record<string, string>
}

function contentFor(env: WorkerEnv): ContentSource {
  if (env.CONTENT) return keyValueContentSource(env.CONTENT, env.CONTENT_PREFIX ?? '')
  if (env.CONTENT_ORIGIN) return fetchContentSource({ base: env.CONTENT_ORIGIN })
  throw new Error('Bind a KV namespace as CONTENT or set CONTENT_ORIGIN (wrangler.toml).')
}

function cacheFor(env: WorkerEnv): Partial<CachePolicy> {
  const seconds = Number(env.PAGE_SECONDS)
  return Number.isInteger(seconds) && seconds > 0 ? { pageSeconds: seconds } : {}
}

/** A page path has no extension (or is .html); anything else is a file of the build. */
function isStaticFile(pathname: string): boolean {
  const last = pathname.slice(pathname.lastIndexOf('/') + 1)
  // Older index pages are made from their buckets by the handler (src/server/index-content.ts).
  if (isBucketedPageRequest(pathname)) return false
  return last.includes('.') && !last.endsWith('.html')
}

export function createWorker(build: WorkerBuild) {
  // One handler per isolate and set of bindings: the bindings are the same for every request of a deployment.
  let handler: Handler | undefined
  return {
    async fetch(request: Request, env: WorkerEnv): Promise<Response> {
      if (env.ASSETS && isStaticFile(new URL(request.url).pathname))
        return env.ASSETS.fetch(request)
      handler ??= createHandler({
        renderer: build.renderer,
        template: build.template,
        headers: build.headers,
        content: contentFor(env),
        cache: cacheFor(env),
      })
      return handler(request)
    },
  }
}
