import { delay, http, HttpResponse } from 'msw'
import { describe, expect, test } from 'vitest'
import { ContentError, isRetryable } from '../../../src/content/content-error'
import { fetchJson } from '../../../src/data/fetch-json'
import { server } from '../../support/server'

const url = 'http://localhost:3000/content/test.json'
const maxBytes = 1024

function htmlPage(status: number) {
  return new HttpResponse(
    '<!doctype html><html lang="en"><title>Oops</title><h1>Oops</h1></html>',
    {
      status,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
    },
  )
}

async function failure(promise: Promise<unknown>): Promise<ContentError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof ContentError) return error
    throw error
  }
  throw new Error('expected the request to fail')
}

describe('fetchJson', () => {
  test('returns the parsed document', async () => {
    server.use(http.get(url, () => HttpResponse.json({ ok: true })))
    await expect(fetchJson(url, { maxBytes })).resolves.toEqual({ ok: true })
  })

  test('accepts a UTF-8 byte-order mark', async () => {
    server.use(http.get(url, () => new HttpResponse('\uFEFF{"ok":true}')))
    await expect(fetchJson(url, { maxBytes })).resolves.toEqual({ ok: true })
  })

  test.each([
    ['a 404', () => new HttpResponse(null, { status: 404 }), 'not-found'],
    ['a 410', () => new HttpResponse(null, { status: 410 }), 'not-found'],
    ['a 500', () => new HttpResponse(null, { status: 500 }), 'http'],
    ['a 403', () => new HttpResponse(null, { status: 403 }), 'http'],
    ['a network failure', () => HttpResponse.error(), 'network'],
    // A host whose catch-all rule answers a missing file with the app's page, status 200.
    ['an HTML page where the file should be', () => htmlPage(200), 'not-found'],
    // A proxy's or CDN's own error page: the status decides, not the body.
    ['an HTML error page with status 502', () => htmlPage(502), 'http'],
    ['a text body that is not JSON', () => new HttpResponse('Oops, not JSON'), 'invalid'],
    ['an empty body', () => new HttpResponse(''), 'invalid'],
    [
      'a body over the size limit',
      () => new HttpResponse(JSON.stringify({ text: 'x'.repeat(2048) })),
      'invalid',
    ],
  ])('classifies %s', async (_case, resolver, kind) => {
    server.use(http.get(url, resolver))
    expect((await failure(fetchJson(url, { maxBytes }))).kind).toBe(kind)
  })

  test('gives up after its timeout', async () => {
    server.use(
      http.get(url, async () => {
        await delay(1_000)
        return HttpResponse.json({})
      }),
    )
    expect((await failure(fetchJson(url, { maxBytes, timeoutMs: 50 }))).kind).toBe('timeout')
  })

  test('names the file problem for publishers when the body is not JSON', async () => {
    server.use(http.get(url, () => new HttpResponse('{"truncated": ')))
    const error = await failure(fetchJson(url, { maxBytes }))
    expect(error.problems).toEqual([{ path: '(file)', reason: 'is not valid JSON' }])
  })
})

describe('isRetryable', () => {
  test.each([
    ['network', undefined, true],
    ['offline', undefined, true],
    ['timeout', undefined, true],
    ['http', 503, true],
    ['http', 500, true],
    ['http', 429, false],
    ['http', 403, false],
    ['not-found', 404, false],
    ['invalid', undefined, false],
  ] as const)('%s %s: %s', (kind, status, expected) => {
    expect(isRetryable(new ContentError(kind, url, { status }))).toBe(expected)
  })

  test('never retries an error from our own code', () => {
    expect(isRetryable(new TypeError('bug'))).toBe(false)
  })
})
