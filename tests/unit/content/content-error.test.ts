import { describe, expect, test } from 'vitest'
import { ContentError, isContentError, isRetryable } from '../../../src/content/content-error'

// The words a developer or publisher reads in the console and in error reports when content fails.
const url = '/content/articles/a-story.json'

describe('a content error', () => {
  test.each([
    ['not-found', 404, 'The file does not exist.'],
    ['http', 503, 'The server answered with status 503.'],
    ['http', undefined, 'The server answered with status unknown.'],
    ['network', undefined, 'The content could not be reached.'],
    ['offline', undefined, 'The device is offline.'],
    ['timeout', undefined, 'The server took too long to answer.'],
    ['invalid', undefined, 'The file is not a valid article.'],
  ] as const)('%s (status %s) says “%s”', (kind, status, message) => {
    const error = new ContentError(kind, url, { status })
    expect(String(error)).toBe(`ContentError: ${message}`)
    expect(error).toMatchObject({ kind, url, status, problems: [] })
  })

  test('keeps what caused it, for whoever debugs the failure', () => {
    const cause = new TypeError('Failed to fetch')
    expect(new ContentError('network', url, { cause }).cause).toBe(cause)
  })

  test('is told apart from any other error', () => {
    expect(isContentError(new ContentError('invalid', url))).toBe(true)
    expect(isContentError(new Error('The file is not a valid article.'))).toBe(false)
  })
})

describe('whether trying again can help', () => {
  test.each([
    ['a network failure', new ContentError('network', url), true],
    ['being offline', new ContentError('offline', url), true],
    ['a timeout', new ContentError('timeout', url), true],
    ['an overloaded server (503)', new ContentError('http', url, { status: 503 }), true],
    ['a server error (500)', new ContentError('http', url, { status: 500 }), true],
    ['a refusal (499)', new ContentError('http', url, { status: 499 }), false],
    ['a server answer with no status', new ContentError('http', url), false],
    ['a missing file', new ContentError('not-found', url, { status: 404 }), false],
    ['a file that is not an article', new ContentError('invalid', url), false],
    ['a failure that is no content error', new TypeError('Failed to fetch'), false],
    // A copy that lost its class (structured clone, another realm) was not classified here: not retried.
    ['something shaped like a network failure', { kind: 'network', url }, false],
  ])('after %s: %s', (_what, error, retryable) => {
    expect(isRetryable(error)).toBe(retryable)
  })
})
