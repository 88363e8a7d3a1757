import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import type { CachePolicy } from '../../src/server/cache-policy'
import type { ContentSource } from '../../src/server/content-source'
import { createHandler } from '../../src/server/handler'
import type { PageRenderer } from '../../src/server/page-types'
import { dist, savedTemplate } from '../prerender/prerender-pages'
import { loadServerEntry, ssrDir } from '../prerender/server-entry'
import { fileContentSource } from './file-content'
import { handleWith } from './node-adapter'
import { serveStatic } from './static-files'
import { isBucketedPageRequest } from '../../src/server/index-content'

export interface ServerOptions {
  port: number
  host?: string
  /** Default: the build's own published content, dist/content. */
  content?: ContentSource
  cache?: Partial<CachePolicy>
  log?: (message: string, error: unknown) => void
}

export interface RunningServer {
  server: Server
  origin: string
  close(): Promise<void>
}

async function readSecurityHeaders(): Promise<Record<string, string>> {
  const text = await readFile(path.join(ssrDir, 'security-headers.json'), 'utf8')
  const parsed: unknown = JSON.parse(text)
  if (typeof parsed !== 'object' || parsed === null) return {}
  return Object.fromEntries(
    Object.entries(parsed).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  )
}

/** The build's static files plus the on-demand handler for every page, on one node:http server. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const renderer: PageRenderer = await loadServerEntry()
  if (typeof renderer.prerenderNotFound !== 'function')
    throw new Error('dist-ssr/entry-server.js predates on-demand rendering: run `npm run build`.')
  const headers = await readSecurityHeaders()
  const handler = createHandler({
    renderer,
    template: await savedTemplate(),
    content: options.content ?? fileContentSource(path.join(dist, 'content')),
    headers,
    cache: options.cache,
    log: options.log,
  })
  const host = options.host ?? '127.0.0.1'
  const base = renderer.basePath
  const server = createServer((request, response) => {
    const origin = `http://${request.headers.host ?? host}`
    const pathname = new URL(request.url ?? '/', 'http://x').pathname
    const appPath = pathname.startsWith(base) ? `/${pathname.slice(base.length)}` : undefined
    const method = request.method ?? 'GET'
    // Older index pages are made from their buckets by the handler: the files under pages/ may predate a publish.
    const staticFile =
      appPath !== undefined &&
      (method === 'GET' || method === 'HEAD') &&
      !isBucketedPageRequest(appPath)
        ? serveStatic(dist, appPath, method, response, headers, request.headers)
        : Promise.resolve(false)
    staticFile
      .then((served) => (served ? undefined : handleWith(handler, request, response, origin)))
      .catch((error: unknown) => {
        console.error(error)
        if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' })
        response.end('Internal error\n')
      })
  })
  server.keepAliveTimeout = 5_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, host, resolve)
  })
  const { port } = server.address() as AddressInfo
  return {
    server,
    origin: `http://${host}:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => {
          resolve()
        })
      }),
  }
}
