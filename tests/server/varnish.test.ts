import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { fileContentSource } from '../../build/serve/file-content'
import { startServer } from '../../build/serve/start-server'
import type { RunningServer } from '../../build/serve/start-server'
import { distContent, requireBuild, screenOf } from './support/build-output'
import { startVarnish } from './support/varnish'
import type { RunningVarnish } from './support/varnish'

// The on-demand server behind a real Varnish with the repository's VCL: what a reader gets from the cache,
// after a correction is purged, and while the origin is down.

const ORIGIN_PORT = 4301
const VARNISH_PORT = 4381
const ADMIN_PORT = 4382

let content: string
let origin: RunningServer | undefined
let varnish: RunningVarnish
let slugs: string[]

async function startOrigin(pageSeconds = 3600) {
  origin = await startServer({
    port: ORIGIN_PORT,
    content: fileContentSource(content),
    cache: { pageSeconds, staleWhileRevalidateSeconds: 1 },
    log: () => undefined,
  })
}

async function stopOrigin() {
  await origin?.close()
  origin = undefined
}

beforeAll(async () => {
  requireBuild()
  content = await mkdtemp(path.join(tmpdir(), 'broadsheet-varnish-content-'))
  await cp(distContent, content, { recursive: true })
  const index = JSON.parse(await readFile(path.join(content, 'index.json'), 'utf8')) as {
    articles: { slug: string }[]
  }
  slugs = index.articles.map((article) => article.slug)
  await startOrigin()
  varnish = await startVarnish({
    port: VARNISH_PORT,
    adminPort: ADMIN_PORT,
    backendPort: ORIGIN_PORT,
  })
})

afterAll(async () => {
  await varnish.stop()
  await stopOrigin()
  await rm(content, { recursive: true, force: true })
})

const get = (address: string) => fetch(`${varnish.origin}${address}`)

async function headline(response: Response): Promise<string> {
  const screen = await screenOf(await response.text())
  return screen.getByRole('heading', { level: 1 }).textContent
}

/** Asks until `check` holds or `ms` pass: waits on what the cache says, never a fixed sleep. */
async function until<T>(ms: number, ask: () => Promise<T>, check: (value: T) => boolean) {
  const deadline = Date.now() + ms
  for (;;) {
    const value = await ask()
    if (check(value) || Date.now() > deadline) return value
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('behind Varnish', () => {
  test('the second request for a page is a hit', async () => {
    const first = await get(`/articles/${slugs[0]}`)
    expect(first.status).toBe(200)
    await first.text()
    const second = await get(`/articles/${slugs[0]}`)
    expect(second.status).toBe(200)
    expect(second.headers.get('x-cache')).toBe('HIT')
    // The keys are for the cache; readers never see them.
    expect(second.headers.get('xkey')).toBeNull()
  })

  test('a correction is visible within a second of its purge by key', async () => {
    const slug = slugs[1] ?? ''
    const file = path.join(content, 'articles', `${slug}.json`)
    const before = await headline(await get(`/articles/${slug}`))
    expect((await get(`/articles/${slug}`)).headers.get('x-cache')).toBe('HIT')
    const article = JSON.parse(await readFile(file, 'utf8')) as { headline: string }
    const corrected = `${article.headline} (corrected)`
    await writeFile(file, JSON.stringify({ ...article, headline: corrected }))
    // As `npm run publish` does: the index page that lists the story gets the new headline too.
    const indexFile = path.join(content, 'index.json')
    const index = JSON.parse(await readFile(indexFile, 'utf8')) as {
      articles: { slug: string; headline: string }[]
    }
    for (const entry of index.articles) if (entry.slug === slug) entry.headline = corrected
    await writeFile(indexFile, JSON.stringify(index))

    const purge = await fetch(`${varnish.origin}/`, {
      method: 'PURGE',
      headers: { 'xkey-purge': `article:${slug}` },
    })
    expect(purge.status).toBe(200)
    const purgedAt = Date.now()
    const shown = await until(
      1_000,
      async () => headline(await get(`/articles/${slug}`)),
      (text) => text === corrected,
    )
    expect(shown).toBe(corrected)
    expect(Date.now() - purgedAt).toBeLessThan(1_000)
    expect(before).not.toBe(corrected)
    // The front page lists the story under the same key: it was purged too.
    const front = await get('/')
    expect(front.headers.get('x-cache')).toBe('MISS')
    expect(await front.text()).toContain(corrected.replace(/&/g, '&amp;'))
  })

  test('a feed is kept by the cache, answers a poll with its ETag, and is purged by its key', async () => {
    const first = await get('/feed.xml')
    await first.text()
    const second = await get('/feed.xml')
    await second.text()
    expect(`${second.status} ${second.headers.get('x-cache')}`).toBe('200 HIT')
    const poll = await fetch(`${varnish.origin}/feed.xml`, {
      headers: { 'If-None-Match': second.headers.get('ETag') ?? '' },
    })
    expect(poll.status).toBe(304)
    // The key `npm run publish` names when it rewrites the site's feeds.
    const purge = await fetch(`${varnish.origin}/`, {
      method: 'PURGE',
      headers: { 'xkey-purge': 'feed' },
    })
    expect(purge.status).toBe(200)
    const afterPurge = await get('/feed.xml')
    expect(`${afterPurge.status} ${afterPurge.headers.get('x-cache')}`).toBe('200 MISS')
    expect(await afterPurge.text()).toContain('<rss')
  })

  test('purging is refused without keys, and from nowhere but this machine’s own address', async () => {
    const response = await fetch(`${varnish.origin}/`, { method: 'PURGE' })
    expect(response.status).toBe(400)
  })

  test('while the origin is down, stale pages are served', async () => {
    const slug = slugs[2] ?? ''
    // A page fresh for one second, so the test sees it go stale without waiting an hour.
    await stopOrigin()
    await startOrigin(1)
    // Varnish's probe sees the restarted origin first; until then it would not ask it.
    const fresh = await until(
      5_000,
      () => get(`/articles/${slug}`),
      (response) => response.status === 200,
    )
    expect(`${fresh.status} ${fresh.headers.get('x-cache')}`).toBe('200 MISS')
    const title = await headline(fresh)
    await stopOrigin()
    const stale = await until(
      15_000,
      () => get(`/articles/${slug}`),
      (response) => response.headers.get('x-cache') === 'STALE',
    )
    expect(`${stale.status} ${stale.headers.get('x-cache')}`).toBe('200 STALE')
    expect(stale.status).toBe(200)
    expect(await headline(stale)).toBe(title)
  })

  test('with the origin down and nothing stale, the reader gets our 503 page, not an error dump', async () => {
    expect(origin).toBeUndefined()
    const response = await get(`/articles/${slugs[3] ?? ''}`)
    expect(response.status).toBe(503)
    const html = await response.text()
    expect(html).not.toMatch(/Guru Meditation|XID|\bat .+:\d+:\d+/)
    const screen = await screenOf(html)
    screen.getByRole('heading', { level: 1, name: 'We can’t reach the news right now' })
    screen.getByRole('link', { name: 'Try the front page' })
  })
})
