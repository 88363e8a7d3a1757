import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import type { IncomingHttpHeaders, ServerResponse } from 'node:http'
import path from 'node:path'
import { matchesIfNoneMatch, strongEtag, surrogateKeyHeaders } from '../../src/server/cache-policy'
import { SYNDICATION_CACHE_CONTROL } from '../../src/content/syndication-cache'
import { syndicationFileKeys } from '../../src/content/syndication-keys'

// The build's files (scripts, styles, fonts, photos, content JSON) as a static host would serve them, with the
// same cache rules the build writes to dist/_headers. Pages are not served from here: the handler renders them.

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
}

/** The same rules as build/deploy/write-security-headers.ts writes for static hosts. */
export function staticCacheControl(appPath: string): string {
  if (appPath.startsWith('/assets/')) return 'public, max-age=31536000, immutable'
  if (appPath.startsWith('/content/images/variants/')) return 'public, max-age=604800'
  if (appPath === '/sw.js') return 'no-cache'
  if (syndicationFileKeys(appPath).length > 0) return SYNDICATION_CACHE_CONTROL
  return 'public, max-age=0, must-revalidate'
}

/** Feeds and sitemaps are a few hundred kilobytes at most; a bigger file is streamed, without a validator. */
const MAX_VALIDATED_BYTES = 8 * 1024 * 1024

/**
 * A feed or sitemap with a strong ETag from its bytes, answered 304 when the reader already has them: feed
 * readers poll, and most send If-None-Match (or only If-Modified-Since, which the file's mtime answers).
 */
async function serveValidated(
  file: string,
  modified: Date,
  method: string,
  response: ServerResponse,
  headers: Record<string, string>,
  requestHeaders: IncomingHttpHeaders,
): Promise<void> {
  const body = await readFile(file)
  const etag = await strongEtag(body.toString('utf8'))
  const ifNoneMatch = requestHeaders['if-none-match']
  const since = Date.parse(requestHeaders['if-modified-since'] ?? '')
  // If-Modified-Since counts only without If-None-Match (RFC 9110 13.1.3); HTTP dates have whole seconds.
  const notModified =
    ifNoneMatch === undefined
      ? !Number.isNaN(since) && Math.floor(modified.getTime() / 1000) * 1000 <= since
      : matchesIfNoneMatch(ifNoneMatch, etag)
  if (notModified) {
    // A 304 has no body: its headers must not announce one.
    const without = Object.entries(headers).filter(([name]) => name !== 'Content-Length')
    response.writeHead(304, { ...Object.fromEntries(without), ETag: etag })
    response.end()
    return
  }
  response.writeHead(200, { ...headers, ETag: etag })
  response.end(method === 'HEAD' ? undefined : body)
}

/** Serves `appPath` from `dist` if it is a file there; says whether it did. Never leaves `dist`. */
export async function serveStatic(
  dist: string,
  appPath: string,
  method: string,
  response: ServerResponse,
  extraHeaders: Record<string, string>,
  requestHeaders: IncomingHttpHeaders = {},
): Promise<boolean> {
  const extension = path.extname(appPath)
  // Pages (no extension, or .html) are the handler's; files the build does not publish are not served.
  if (extension === '' || extension === '.html' || !(extension in TYPES)) return false
  let decoded: string
  try {
    decoded = decodeURIComponent(appPath)
  } catch {
    return false
  }
  if (decoded.includes('\0') || decoded.split('/').includes('..')) return false
  const file = path.join(dist, decoded)
  if (!file.startsWith(`${dist}${path.sep}`)) return false
  const info = await stat(file).catch(() => undefined)
  if (!info?.isFile()) return false
  const keys = syndicationFileKeys(decoded)
  const headers = {
    ...extraHeaders,
    'Content-Type': TYPES[extension] ?? 'application/octet-stream',
    'Content-Length': String(info.size),
    'Cache-Control': staticCacheControl(decoded),
    'Last-Modified': info.mtime.toUTCString(),
    // Feeds and sitemaps change on publish: tagged, so the keys `npm run publish` prints purge them.
    ...surrogateKeyHeaders(keys),
  }
  if (keys.length > 0 && info.size <= MAX_VALIDATED_BYTES) {
    await serveValidated(file, info.mtime, method, response, headers, requestHeaders)
    return true
  }
  response.writeHead(200, headers)
  if (method === 'HEAD') response.end()
  else createReadStream(file).pipe(response)
  return true
}
