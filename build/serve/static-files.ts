import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import path from 'node:path'
import { surrogateKeyHeaders } from '../../src/server/cache-policy'
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
  return 'public, max-age=0, must-revalidate'
}

/** Serves `appPath` from `dist` if it is a file there; says whether it did. Never leaves `dist`. */
export async function serveStatic(
  dist: string,
  appPath: string,
  method: string,
  response: ServerResponse,
  extraHeaders: Record<string, string>,
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
  response.writeHead(200, {
    ...extraHeaders,
    'Content-Type': TYPES[extension] ?? 'application/octet-stream',
    'Content-Length': String(info.size),
    'Cache-Control': staticCacheControl(appPath),
    'Last-Modified': info.mtime.toUTCString(),
    // Feeds and sitemaps change on publish: tagged, so the keys `npm run publish` prints purge them.
    ...surrogateKeyHeaders(syndicationFileKeys(decoded)),
  })
  if (method === 'HEAD') response.end()
  else createReadStream(file).pipe(response)
  return true
}
