import type { CachePolicy, PageOutcome } from './cache-policy'
import {
  cacheControl,
  DEFAULT_CACHE_POLICY,
  matchesIfNoneMatch,
  strongEtag,
  surrogateKeyHeaders,
} from './cache-policy'
import type { ListingKind } from '../content/content-files'
import type { ContentSource } from './content-source'
import { UnreadableContent } from './content-source'
import { olderIndexPage, withIndexBuckets } from './index-content'
import { fillTemplate } from '../content/page-template'
import type { RenderedPage } from '../content/page-template'
import type { ContentPage, PageRenderer, PageType } from './page-types'
import { indexKeys, listingKeys, PAGE_TYPES } from './page-types'

// The on-demand renderer: one function from a Request to a Response, in the Fetch API's shape, so the same
// code runs under Node's http server (build/serve/serve.ts) and as a Cloudflare Worker (build/worker/). It reads
// the content JSON through a ContentSource, renders with the same server entry and template as the build's
// prerenderer (so the HTML is the same bytes), and tells caches how long to keep it and what to purge it by.
// No Node APIs here: only what workers have (fetch types, Web Crypto, TextEncoder).

export type Handler = (request: Request) => Promise<Response>

export interface HandlerOptions {
  /** The server entry (dist-ssr/entry-server.js or its bundle). */
  renderer: PageRenderer
  /** The client build's index.html with its stylesheet inlined (dist-ssr/template.html). */
  template: string
  content: ContentSource
  /** Sent with every page: the build's security headers (dist-ssr/security-headers.json). */
  headers?: Record<string, string>
  cache?: Partial<CachePolicy>
  pageTypes?: readonly PageType[]
  /** Where failures are told (never the reader): console.error by default. */
  log?: (message: string, error: unknown) => void
}

const SHELL_PATH = '/shell.html'

const LISTING_FOLDER = /^(sections|authors|topics)\/([^/]+)\/$/
const LISTING_KIND: Record<string, ListingKind> = {
  sections: 'section',
  authors: 'author',
  topics: 'topic',
}

interface Outcome {
  status: number
  page: RenderedPage
  kind: PageOutcome
  keys: string[]
  /** The app shell loads the app at once; a rendered page defers it past the first paint. */
  deferApp?: boolean
}

export function createHandler(options: HandlerOptions): Handler {
  const { renderer, template } = options
  // Older pages of the front page come from their buckets (src/content/index-layout.ts).
  const content = withIndexBuckets(options.content)
  const policy: CachePolicy = { ...DEFAULT_CACHE_POLICY, ...options.cache }
  const pageTypes = options.pageTypes ?? PAGE_TYPES
  const log =
    options.log ??
    ((message, error) => {
      console.error(message, error)
    })
  const base = renderer.basePath

  function notFound(appPath: string, keys: string[] = []): Outcome {
    return { status: 404, page: renderer.prerenderNotFound(appPath), kind: 'not-found', keys }
  }

  async function render(page: ContentPage, appPath: string): Promise<Outcome> {
    let json: unknown
    try {
      json = await content.getJson(page.file)
    } catch (error) {
      if (error instanceof UnreadableContent) {
        log(`can't display ${page.file}`, error)
        const unreadable = renderer.prerenderUnreadable(error, page.what, appPath)
        return { status: 502, page: unreadable, kind: 'problem', keys: page.keys(undefined) }
      }
      log(`content unavailable for ${page.file}`, error)
      const unreachable = renderer.prerenderUnreachable(page.what, appPath)
      return { status: 503, page: unreachable, kind: 'problem', keys: page.keys(undefined) }
    }
    // Tagged with its own keys, so publishing a story at this address purges the cached "not found".
    if (json === undefined) return notFound(appPath, page.keys(undefined))
    // A companion that is missing or broken is left out, as the browser leaves out a broken profile.
    const companion =
      page.companion === undefined
        ? undefined
        : await content.getJson(page.companion).catch(() => undefined)
    try {
      return {
        status: 200,
        page: page.render(renderer, json, companion),
        kind: 'page',
        keys: page.keys(json),
      }
    } catch (error) {
      // Fails the format (a ContentError naming the problems) or breaks a component: the browser's page.
      log(`can't display ${page.file}`, error)
      const unreadable = renderer.prerenderUnreadable(error, page.what, appPath)
      return { status: 502, page: unreadable, kind: 'problem', keys: page.keys(json) }
    }
  }

  /** The reader's own request for an older index page's JSON: made from its bucket, like the page itself. */
  async function indexJson(appPath: string): Promise<Response | undefined> {
    const file = appPath.startsWith('/content/') ? appPath.slice('/content/'.length) : ''
    const older = olderIndexPage(file)
    if (older === undefined) return undefined
    const { folder, page } = older
    let json: unknown
    try {
      json = await content.getJson(file)
    } catch (error) {
      log(`index page ${file} unavailable`, error)
      return new Response('{}', { status: 503, headers: { 'Cache-Control': 'no-store' } })
    }
    if (json === undefined)
      return new Response('{}', {
        status: 404,
        headers: {
          'Content-Type': 'application/json',
          'Cache-Control': cacheControl(policy, 'not-found'),
        },
      })
    const body = JSON.stringify(json)
    const listing = LISTING_FOLDER.exec(folder)
    const keys =
      listing === null
        ? indexKeys(page, json)
        : listingKeys(LISTING_KIND[listing[1] ?? ''] ?? 'section', listing[2] ?? '', page, json)
    return new Response(body, {
      headers: {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': cacheControl(policy, 'page'),
        ...surrogateKeyHeaders(keys),
        ETag: await strongEtag(body),
      },
    })
  }

  async function outcomeFor(appPath: string): Promise<Outcome | { redirect: string }> {
    if (appPath === SHELL_PATH)
      return {
        status: 200,
        page: renderer.prerenderShell(),
        kind: 'page',
        keys: ['shell'],
        deferApp: false,
      }
    for (const type of pageTypes) {
      const match = type.match(appPath)
      if (match === undefined) continue
      if ('redirect' in match) return match
      return render(match, appPath)
    }
    return notFound(appPath)
  }

  async function respond(request: Request): Promise<Response> {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return new Response('Method not allowed\n', {
        status: 405,
        headers: { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' },
      })
    const { pathname } = new URL(request.url)
    // "/news" is the front page at "/news/", as on a static host.
    if (`${pathname}/` === base) return redirect(base)
    const json = pathname.startsWith(base)
      ? await indexJson(`/${pathname.slice(base.length)}`)
      : undefined
    if (json !== undefined) return json
    const outcome: Outcome | { redirect: string } = pathname.startsWith(base)
      ? await outcomeFor(`/${pathname.slice(base.length)}`)
      : notFound(pathname)
    if ('redirect' in outcome) return redirect(`${base}${outcome.redirect.slice(1)}`)
    const html = fillTemplate(template, outcome.page, { deferApp: outcome.deferApp ?? true })
    const etag = await strongEtag(html)
    const headers = new Headers({
      ...options.headers,
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': cacheControl(policy, outcome.kind),
      ...surrogateKeyHeaders(outcome.keys),
      ETag: etag,
    })
    if (outcome.status === 200 && matchesIfNoneMatch(request.headers.get('If-None-Match'), etag))
      return new Response(null, { status: 304, headers })
    return new Response(request.method === 'HEAD' ? null : html, {
      status: outcome.status,
      headers,
    })
  }

  function redirect(location: string): Response {
    return new Response(null, {
      status: 301,
      headers: { Location: location, 'Cache-Control': cacheControl(policy, 'page') },
    })
  }

  return async (request) => {
    try {
      return await respond(request)
    } catch (error) {
      log(`rendering ${request.url} failed`, error)
      // Last resort when rendering the problem page fails too: plain words in the build's language, no stack.
      return new Response(renderer.fallbackHtml, {
        status: 500,
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
      })
    }
  }
}
