import { rm } from 'node:fs/promises'
import path from 'node:path'
import { generateSW } from 'workbox-build'
import { dist } from '../prerender/prerender-pages'

export interface WorkerScope {
  /** Where the site is served ("/" or "/news/"). */
  basePath: string
  /** Where the article JSON lives: a path on this site or another origin. */
  contentBase: string
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')

/**
 * The article data the worker keeps, wherever the build says it lives. Workbox matches another origin only
 * from the URL's first character, so a remote content base is anchored at its origin; a local one is a path.
 */
export function contentDataPattern({ contentBase }: WorkerScope): RegExp {
  const base = /^https:\/\//.test(contentBase)
    ? `^${escapeRegExp(contentBase)}`
    : escapeRegExp(contentBase)
  // Articles, the front page's pages, the section, author and topic pages' own index pages, and authors'
  // profiles: every file a page is rendered from, so a page read once opens offline.
  const listing = '(?:sections|authors|topics)\\/[^/]+\\/(?:index|pages\\/\\d+)'
  return new RegExp(
    `${base}(?:articles\\/[^/]+|pages\\/\\d+|index|${listing}|authors\\/[^/]+)\\.json$`,
  )
}

export function localImagesPattern({ basePath }: WorkerScope): RegExp {
  return new RegExp(escapeRegExp(`${basePath}content/images/`))
}

/**
 * Offline reading, with Workbox. Generated after prerendering (Vite's plugin runs before the pages and the
 * shell exist): precaches the app (scripts, styles, the shell page) and caches, as the reader goes, every page
 * and article they open, the stories prefetched for them, and the photos they saw. A new version waits for
 * the reader to accept the reload offer (src/app/service-worker.ts), then takes over every open tab.
 */
export async function writeServiceWorker(
  scope: WorkerScope,
): Promise<{ precached: number; bytes: number }> {
  await rm(path.join(dist, 'sw.js'), { force: true })
  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    globPatterns: ['assets/*.{js,css,woff2}', 'shell.html', 'favicon.svg'],
    swDest: path.join(dist, 'sw.js'),
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: 'pages',
          networkTimeoutSeconds: 4,
          expiration: { maxEntries: 200 },
          // A page never loaded directly (it was opened inside the app) falls back to the shell, which then
          // renders it from the cached article data.
          precacheFallback: { fallbackURL: 'shell.html' },
        },
      },
      {
        urlPattern: contentDataPattern(scope),
        handler: 'NetworkFirst',
        options: {
          cacheName: 'articles',
          networkTimeoutSeconds: 4,
          expiration: { maxEntries: 500 },
        },
      },
      {
        urlPattern: localImagesPattern(scope),
        handler: 'CacheFirst',
        options: {
          cacheName: 'images',
          expiration: { maxEntries: 400, maxAgeSeconds: 60 * 60 * 24 * 30 },
        },
      },
    ],
  })
  if (warnings.length > 0) throw new Error(`service worker: ${warnings.join('; ')}`)
  return { precached: count, bytes: size }
}
