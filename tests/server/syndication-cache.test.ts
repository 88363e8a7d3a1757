import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { matchesRule } from '../../build/deploy/path-headers'
import { startServer } from '../../build/serve/start-server'
import type { RunningServer } from '../../build/serve/start-server'
import { dist, requireBuild } from './support/build-output'

// Feeds and sitemaps as a feed reader and a CDN see them: kept a few minutes by the reader and a little longer
// by shared caches (a publish purges them by key), validated by ETag so a poll that finds nothing new is a 304.
// Through `npm run serve` (build/serve) and in the dist/_headers that static hosts read.

const ORIGIN_PORT = 4301
let server: RunningServer

beforeAll(async () => {
  requireBuild()
  server = await startServer({ port: ORIGIN_PORT, log: () => undefined })
})

afterAll(async () => {
  await server.close()
})

const SYNDICATION_FILES = ['/feed.xml', '/atom.xml', '/feed.json', '/sitemap.xml']

function cacheDirectives(header: string | null): Record<string, string | true> {
  return Object.fromEntries(
    (header ?? '').split(',').map((part) => {
      const [name = '', value] = part.trim().split('=')
      return [name, value ?? true]
    }),
  )
}

describe('feeds and sitemaps from `npm run serve`', () => {
  test.each(SYNDICATION_FILES)(
    '%s may be kept by the reader for minutes and by a CDN a little longer, stale while refetched',
    async (file) => {
      const response = await fetch(`${server.origin}${file}`)
      await response.arrayBuffer()
      expect(response.status).toBe(200)
      expect(cacheDirectives(response.headers.get('Cache-Control'))).toEqual({
        public: true,
        'max-age': '300',
        's-maxage': '900',
        'stale-while-revalidate': '300',
        'stale-if-error': '86400',
      })
      expect(response.headers.get('Surrogate-Key')).toMatch(/^(feed|sitemap)$/)
    },
  )

  test('a poll with the feed’s ETag is answered 304 with no body', async () => {
    const first = await fetch(`${server.origin}/feed.xml`)
    const body = await first.text()
    const etag = first.headers.get('ETag')
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(body).toContain('<rss')
    const again = await fetch(`${server.origin}/feed.xml`, {
      headers: { 'If-None-Match': etag ?? '' },
    })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('ETag')).toBe(etag)
    const other = await fetch(`${server.origin}/feed.xml`, {
      headers: { 'If-None-Match': '"old"' },
    })
    expect(other.status).toBe(200)
    expect(await other.text()).toBe(body)
  })

  test('a poll that sends only the date it last saw is answered 304 while the file is unchanged', async () => {
    const first = await fetch(`${server.origin}/sitemap.xml`)
    await first.text()
    const lastModified = first.headers.get('Last-Modified') ?? ''
    expect(lastModified).not.toBe('')
    const again = await fetch(`${server.origin}/sitemap.xml`, {
      headers: { 'If-Modified-Since': lastModified },
    })
    expect(again.status).toBe(304)
    const earlier = new Date(Date.parse(lastModified) - 60_000).toUTCString()
    const older = await fetch(`${server.origin}/sitemap.xml`, {
      headers: { 'If-Modified-Since': earlier },
    })
    expect(older.status).toBe(200)
    await older.text()
  })
})

/** The Cache-Control values that dist/_headers gives a path: hosts merge every block whose path matches. */
async function headersFileCacheControl(appPath: string): Promise<string[]> {
  const text = await readFile(path.join(dist, '_headers'), 'utf8')
  return text.split(/\n\n+/).flatMap((block) => {
    const [rulePath = '', ...lines] = block.trim().split('\n')
    if (!matchesRule(rulePath, appPath)) return []
    return lines.flatMap((line) => {
      const match = /^\s+Cache-Control:\s*(.+)$/.exec(line)
      return match?.[1] === undefined ? [] : [match[1]]
    })
  })
}

describe('feeds and sitemaps on a static host', () => {
  test.each([...SYNDICATION_FILES, '/sections/world/feed.json', '/sitemaps/sitemap-1.xml'])(
    'dist/_headers gives %s one Cache-Control, the same as the server’s',
    async (file) => {
      const values = await headersFileCacheControl(file)
      expect(values).toHaveLength(1)
      expect(cacheDirectives(values[0] ?? '')).toMatchObject({
        'max-age': '300',
        's-maxage': '900',
      })
    },
  )
})
