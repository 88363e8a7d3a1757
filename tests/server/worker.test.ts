import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { Miniflare } from 'miniflare'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { buildWorker, workerScript } from '../../build/worker/build-worker'
import { startServer } from '../../build/serve/start-server'
import type { RunningServer } from '../../build/serve/start-server'
import { builtFile, distContent, requireBuild, screenOf } from './support/build-output'

// The Worker build on workerd (Cloudflare's runtime, through miniflare): the same pages as the static build,
// with content from a KV namespace and from the origin's static files.

const ORIGIN_PORT = 4302
let slugs: string[]
let origin: RunningServer
const workers: Miniflare[] = []

function worker(options: { kv?: boolean; bindings?: Record<string, string> }): Miniflare {
  const instance = new Miniflare({
    // The bundle is given whole: react-router's lazy-route code holds a dynamic import() that is never called.
    modules: [{ type: 'ESModule', path: 'worker.js', contents: workerCode }],
    compatibilityDate: '2025-07-01',
    kvNamespaces: options.kv === true ? ['CONTENT'] : [],
    bindings: options.bindings ?? {},
  })
  workers.push(instance)
  return instance
}

let workerCode = ''

beforeAll(async () => {
  requireBuild()
  await buildWorker()
  workerCode = await readFile(workerScript, 'utf8')
  expect(workerCode).not.toMatch(/from\s*["']node:/)
  slugs = (await readdir(path.join(distContent, 'articles'))).map((name) =>
    name.replace(/\.json$/, ''),
  )
  origin = await startServer({ port: ORIGIN_PORT })
})

afterAll(async () => {
  await Promise.all(workers.map((instance) => instance.dispose()))
  await origin.close()
})

interface KvWriter {
  put(key: string, value: string): Promise<unknown>
}

/** Miniflare's KV type comes from workers-types, which this project does not install: check its shape. */
async function contentKv(instance: Miniflare): Promise<KvWriter> {
  const kv: unknown = await instance.getKVNamespace('CONTENT')
  const put: unknown = typeof kv === 'object' && kv !== null ? Reflect.get(kv, 'put') : undefined
  if (typeof put !== 'function') throw new Error('miniflare returned no KV namespace')
  return { put: (key, value) => Promise.resolve(Reflect.apply(put, kv, [key, value])) }
}

async function fillKv(instance: Miniflare): Promise<void> {
  const kv = await contentKv(instance)
  await kv.put('index.json', await readFile(path.join(distContent, 'index.json'), 'utf8'))
  for (const slug of slugs)
    await kv.put(
      `articles/${slug}.json`,
      await readFile(path.join(distContent, 'articles', `${slug}.json`), 'utf8'),
    )
}

describe('on workerd with content in a KV namespace', () => {
  test('every article and the front page are the prerendered files, byte for byte', async () => {
    const instance = worker({ kv: true })
    await fillKv(instance)
    for (const slug of slugs) {
      const response = await instance.dispatchFetch(`http://localhost/articles/${slug}`)
      expect(response.status).toBe(200)
      expect(await response.text()).toBe(await builtFile(`articles/${slug}.html`))
    }
    const front = await instance.dispatchFetch('http://localhost/')
    expect(await front.text()).toBe(await builtFile('index.html'))
    expect(front.headers.get('cache-tag')).toContain('front-page')
  })

  test('a story not in the namespace is the not-found page', async () => {
    const instance = worker({ kv: true })
    const response = await instance.dispatchFetch('http://localhost/articles/not-published')
    expect(response.status).toBe(404)
    const screen = await screenOf(await response.text())
    screen.getByRole('heading', { level: 1, name: 'Page not found' })
  })

  test('a broken file in the namespace is the “can’t be displayed” page', async () => {
    const instance = worker({ kv: true })
    const kv = await contentKv(instance)
    await kv.put('articles/broken.json', '{"headline": ')
    const response = await instance.dispatchFetch('http://localhost/articles/broken')
    expect(response.status).toBe(502)
    const screen = await screenOf(await response.text())
    screen.getByRole('heading', { level: 1, name: 'This article can’t be displayed' })
  })
})

describe('on workerd with content from the origin’s static files', () => {
  test('an article is the prerendered file, byte for byte, and a repeat with its ETag is a 304', async () => {
    const instance = worker({ bindings: { CONTENT_ORIGIN: `${origin.origin}/content/` } })
    const slug = slugs[0] ?? ''
    const response = await instance.dispatchFetch(`http://localhost/articles/${slug}`)
    expect(response.status).toBe(200)
    expect(await response.text()).toBe(await builtFile(`articles/${slug}.html`))
    const again = await instance.dispatchFetch(`http://localhost/articles/${slug}`, {
      headers: { 'If-None-Match': response.headers.get('etag') ?? '' },
    })
    expect(again.status).toBe(304)
  })

  test('an origin that is down gets the “can’t reach” page with status 503', async () => {
    const instance = worker({ bindings: { CONTENT_ORIGIN: 'http://127.0.0.1:4319/content/' } })
    const response = await instance.dispatchFetch(`http://localhost/articles/${slugs[0] ?? ''}`)
    expect(response.status).toBe(503)
    const screen = await screenOf(await response.text())
    screen.getByRole('heading', { level: 1, name: 'We can’t reach the article right now' })
  })
})
