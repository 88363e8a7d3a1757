import { ContentError } from '../content/content-error'

export interface FetchJsonOptions {
  signal?: AbortSignal
  timeoutMs?: number
  maxBytes: number
}

const DEFAULT_TIMEOUT_MS = 10_000

/**
 * GET a JSON document and return it as `unknown`: the caller's schema decides what it is.
 * Fails with a classified ContentError; never retries (that is the query layer's policy).
 */
export async function fetchJson(url: string, options: FetchJsonOptions): Promise<unknown> {
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS, maxBytes } = options
  const controller = new AbortController()
  const deadline = { passed: false }
  const timer = setTimeout(() => {
    deadline.passed = true
    controller.abort()
  }, timeoutMs)
  const forwardAbort = () => {
    controller.abort()
  }
  signal?.addEventListener('abort', forwardAbort, { once: true })

  try {
    const response = await fetch(url, {
      signal: controller.signal,
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    })
    if (response.status === 404 || response.status === 410)
      throw new ContentError('not-found', url, { status: response.status })
    if (!response.ok) throw new ContentError('http', url, { status: response.status })
    // A host whose catch-all rule answers every path with the app's HTML: the file is not there.
    if ((response.headers.get('content-type') ?? '').includes('text/html')) {
      response.body?.cancel().catch(() => undefined)
      throw new ContentError('not-found', url, { status: response.status })
    }
    const declared = Number(response.headers.get('content-length') ?? '0')
    if (declared > maxBytes) {
      response.body?.cancel().catch(() => undefined)
      throw tooLarge(url, maxBytes)
    }
    const body = await readText(response, maxBytes, url)
    return parseJsonText(body, url)
  } catch (error) {
    if (error instanceof ContentError) throw error
    // The caller gave up (navigated away): not a failure to report.
    if (signal?.aborted === true) throw error
    if (deadline.passed) throw new ContentError('timeout', url, { cause: error })
    const offline = typeof navigator !== 'undefined' && !navigator.onLine
    throw new ContentError(offline ? 'offline' : 'network', url, { cause: error })
  } finally {
    clearTimeout(timer)
    signal?.removeEventListener('abort', forwardAbort)
  }
}

function tooLarge(url: string, maxBytes: number): ContentError {
  return new ContentError('invalid', url, {
    problems: [{ path: '(file)', reason: `is larger than the ${formatBytes(maxBytes)} limit` }],
  })
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${Math.round(bytes / 1024)} KB`
}

// Reads the body in chunks so an oversized (or endless) response is cut off at the limit rather than
// buffered whole. TextDecoder also drops a UTF-8 byte-order mark, which JSON.parse would reject.
async function readText(response: Response, maxBytes: number, url: string): Promise<string> {
  if (!response.body) return ''
  const reader = response.body.getReader()
  const decoder = new TextDecoder('utf-8')
  let received = 0
  let text = ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    received += value.byteLength
    if (received > maxBytes) {
      // Not awaited: some streams only settle a cancel once drained, which is what we are refusing to do.
      reader.cancel().catch(() => undefined)
      throw tooLarge(url, maxBytes)
    }
    text += decoder.decode(value, { stream: true })
  }
  return text + decoder.decode()
}

function parseJsonText(body: string, url: string): unknown {
  if (body.trim() === '') {
    throw new ContentError('invalid', url, { problems: [{ path: '(file)', reason: 'is empty' }] })
  }
  try {
    return JSON.parse(body) as unknown
  } catch (cause) {
    throw new ContentError('invalid', url, {
      cause,
      problems: [{ path: '(file)', reason: 'is not valid JSON' }],
    })
  }
}
