import { rm } from 'node:fs/promises'
import path from 'node:path'
import { generateSW } from 'workbox-build'
import { dist } from './prerender-pages'

/**
 * Offline reading, with Workbox. Generated after prerendering (Vite's plugin runs before the pages and the
 * shell exist): precaches the app (scripts, styles, the shell page) and caches, as the reader goes, every page
 * and article they open, the stories prefetched for them, and the photos they saw. A new version waits for
 * the reader to accept the reload offer (src/app/service-worker.ts), then takes over every open tab.
 */
export async function writeServiceWorker(): Promise<{ precached: number; bytes: number }> {
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
        urlPattern: /\/content\/(articles\/[^/]+|pages\/\d+|index)\.json$/,
        handler: 'NetworkFirst',
        options: {
          cacheName: 'articles',
          networkTimeoutSeconds: 4,
          expiration: { maxEntries: 500 },
        },
      },
      {
        urlPattern: /\/content\/images\//,
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
