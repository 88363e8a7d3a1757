import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { fillTemplate } from '../../src/content/page-template'
import { savedTemplate } from '../../build/prerender/prerender-pages'
import {
  builtFile,
  builtHandler,
  builtRenderer,
  distContent,
  memoryContent,
  page,
  screenOf,
} from './support/build-output'

// The on-demand handler against the production build: the same bytes as the prerendered pages, the cache
// headers a CDN needs, and a reader's page (never a stack trace) for every broken or hostile input.

type Handler = Awaited<ReturnType<typeof builtHandler>>
let handler: Handler
let slugs: string[]

beforeAll(async () => {
  handler = await builtHandler()
  slugs = (await readdir(path.join(distContent, 'articles')))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.replace(/\.json$/, ''))
})

describe('the same HTML as the prerendered build', () => {
  test('every article page is the prerendered file, byte for byte', async () => {
    expect(slugs.length).toBeGreaterThan(0)
    for (const slug of slugs) {
      const response = await handler(page(`/articles/${slug}`))
      expect(response.status).toBe(200)
      expect(await response.text()).toBe(await builtFile(`articles/${slug}.html`))
    }
  })

  test('the front page and the app shell are the prerendered files, byte for byte', async () => {
    expect(await (await handler(page('/'))).text()).toBe(await builtFile('index.html'))
    expect(await (await handler(page('/shell.html'))).text()).toBe(await builtFile('shell.html'))
  })

  test('an older page of the front page is what the prerenderer makes of the same file', async () => {
    const index = JSON.parse(await readFile(path.join(distContent, 'index.json'), 'utf8')) as {
      articles: unknown[]
    }
    const second = JSON.stringify({ articles: index.articles, page: 2, pageCount: 2 })
    // Older pages are served from their buckets, numbered by the front page's pageCount.
    const withPage = await builtHandler({
      content: memoryContent({
        'index.json': JSON.stringify({ ...index, pageCount: 2 }),
        'buckets/0.json': JSON.stringify({ articles: index.articles }),
      }),
    })
    const expected = fillTemplate(
      await savedTemplate(),
      (await builtRenderer()).prerenderFrontPage(JSON.parse(second), 2),
      { deferApp: true },
    )
    const response = await withPage(page('/page/2'))
    expect(response.status).toBe(200)
    expect(await response.text()).toBe(expected)
  })
})

describe('section, author and topic pages on demand', () => {
  test.each([
    ['section', '/sections/world', 'sections/world.html'],
    [
      'author, with the profile beside it',
      '/authors/priya-castellane',
      'authors/priya-castellane.html',
    ],
    ['topic', '/topics/china', 'topics/china.html'],
  ])('a %s page is the prerendered file, byte for byte', async (_kind, address, file) => {
    const response = await handler(page(address))
    expect(response.status).toBe(200)
    expect(await response.text()).toBe(await builtFile(file))
  })

  test('a listing is tagged with its own key and every story it lists', async () => {
    const response = await handler(page('/sections/world'))
    const keys = (response.headers.get('Surrogate-Key') ?? '').split(' ')
    expect(keys).toContain('section:world')
    expect(keys.some((key) => key.startsWith('article:'))).toBe(true)
  })

  test('…/page/1 of a listing is the listing’s own address, and an unknown one is not found', async () => {
    const first = await handler(page('/sections/world/page/1'))
    expect(first.status).toBe(301)
    expect(first.headers.get('Location')).toMatch(/\/sections\/world$/)
    expect((await handler(page('/sections/no-such-section'))).status).toBe(404)
  })
})

describe('caching a CDN understands', () => {
  test('a page may be kept an hour by shared caches and served stale while refetched or failing', async () => {
    const response = await handler(page(`/articles/${slugs[0] ?? ''}`))
    expect(response.headers.get('cache-control')).toBe(
      'public, max-age=0, s-maxage=3600, stale-while-revalidate=600, stale-if-error=86400',
    )
  })

  test('an article is tagged with its own, its section’s and its authors’ keys, in three spellings', async () => {
    const article = JSON.parse(
      await readFile(path.join(distContent, 'articles', `${slugs[0] ?? ''}.json`), 'utf8'),
    ) as { section: string; byline: { name: string }[] }
    const response = await handler(page(`/articles/${slugs[0] ?? ''}`))
    const keys = (response.headers.get('surrogate-key') ?? '').split(' ')
    expect(keys).toContain(`article:${slugs[0] ?? ''}`)
    expect(keys).toContain(`section:${article.section.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`)
    expect(keys.filter((key) => key.startsWith('author:'))).toHaveLength(article.byline.length)
    expect(response.headers.get('xkey')).toBe(response.headers.get('surrogate-key'))
    expect(response.headers.get('cache-tag')).toBe(keys.join(','))
  })

  test('the front page is tagged with its own keys and every story it lists', async () => {
    const keys = ((await handler(page('/'))).headers.get('surrogate-key') ?? '').split(' ')
    expect(keys).toEqual(expect.arrayContaining(['front-page', 'front-page:1']))
    for (const slug of slugs) expect(keys).toContain(`article:${slug}`)
  })

  test('a repeat request with the page’s ETag is answered 304 with no body', async () => {
    const first = await handler(page('/'))
    const etag = first.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/)
    const again = await handler(page('/', { headers: { 'If-None-Match': `W/${etag}, "other"` } }))
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    const changed = await handler(page('/', { headers: { 'If-None-Match': '"stale"' } }))
    expect(changed.status).toBe(200)
  })

  test('pages carry the build’s security headers', async () => {
    const withHeaders = await builtHandler({
      headers: JSON.parse(await readFile('dist-ssr/security-headers.json', 'utf8')) as Record<
        string,
        string
      >,
    })
    const response = await withHeaders(page('/'))
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
  })
})

describe('odd addresses get the not-found page', () => {
  test.each([
    '/articles/nope',
    '/articles/..%2f..%2fetc%2fpasswd',
    '/articles/%2e%2e%2fetc',
    '/articles/UPPER',
    '/articles/a/b',
    '/articles/',
    '/../../etc/passwd',
    '/page/0',
    '/page/x',
    '/page/99999999',
    '/content/articles/x.json/..',
    '/index.html/',
    '/%00',
  ])('%s is a 404 page with the reader’s words', async (address) => {
    const response = await handler(page(address))
    expect(response.status).toBe(404)
    const screen = await screenOf(await response.text())
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Go to the front page' })).toBeTruthy()
  })

  test('/page/1 is the front page’s own address', async () => {
    const response = await handler(page('/page/1'))
    expect(response.status).toBe(301)
    expect(response.headers.get('location')).toBe('/')
  })

  test('only GET and HEAD are answered', async () => {
    expect((await handler(page('/', { method: 'POST', body: 'x' }))).status).toBe(405)
    const head = await handler(page('/', { method: 'HEAD' }))
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })
})

interface HostileCase {
  name: string
  file?: string | null
  expected: 'cannot-display' | 'renders'
  problem?: { field: string; reason: string }
  generate?: { kind: 'paragraphs' | 'huge-string'; count?: number; bytes?: number }
}

const hostileDir = path.join('tests', 'fixtures', 'hostile')
const { cases } = JSON.parse(await readFile(path.join(hostileDir, 'cases.json'), 'utf8')) as {
  cases: HostileCase[]
}

async function hostileText(item: HostileCase): Promise<string> {
  if (typeof item.file === 'string') return readFile(path.join(hostileDir, item.file), 'utf8')
  if (item.generate?.kind === 'huge-string')
    return JSON.stringify({
      headline: 'Huge',
      body: [{ type: 'paragraph', text: 'x'.repeat(item.generate.bytes ?? 0) }],
    })
  const count = item.generate?.count ?? 0
  return JSON.stringify({
    headline: 'Paragraph after paragraph',
    body: Array.from({ length: count }, (_, n) => ({
      type: 'paragraph',
      text: `Paragraph ${n + 1} of ${count}.`,
    })),
  })
}

describe('hostile or broken article JSON at the origin', () => {
  test.each(cases.filter((item) => item.expected === 'cannot-display'))(
    '$name gets the browser’s “can’t be displayed” page naming the problem, not a stack',
    async (item) => {
      const slug = `hostile-${item.name}`
      const hostile = await builtHandler({
        content: memoryContent({ [`articles/${slug}.json`]: await hostileText(item) }),
      })
      const response = await hostile(page(`/articles/${slug}`))
      expect(response.status).toBe(502)
      const html = await response.text()
      expect(html).not.toMatch(/\bat .+:\d+:\d+/)
      const screen = await screenOf(html)
      screen.getByRole('heading', { level: 1, name: 'This article can’t be displayed' })
      const details = screen.getByText('Details for the publisher').closest('details')
      expect(details?.textContent).toContain(item.problem?.field)
      expect(details?.textContent).toContain(item.problem?.reason)
    },
  )

  test.each(cases.filter((item) => item.expected === 'renders'))(
    '$name still renders as an article',
    async (item) => {
      const slug = `hostile-${item.name}`
      const hostile = await builtHandler({
        content: memoryContent({ [`articles/${slug}.json`]: await hostileText(item) }),
      })
      const response = await hostile(page(`/articles/${slug}`))
      expect(response.status).toBe(200)
      const html = await response.text()
      const screen = await screenOf(html)
      expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)
      expect(html).not.toContain('MUST-BE-DROPPED')
    },
  )

  test('a store that does not answer gets the “can’t reach” page with status 503', async () => {
    const down = await builtHandler({
      content: {
        getJson: async () => {
          const { ContentUnavailable } = await import('../../src/server/content-source')
          throw new ContentUnavailable('connection refused')
        },
      },
    })
    const response = await down(page(`/articles/${slugs[0] ?? ''}`))
    expect(response.status).toBe(503)
    const screen = await screenOf(await response.text())
    screen.getByRole('heading', { level: 1, name: 'We can’t reach the article right now' })
  })
})
