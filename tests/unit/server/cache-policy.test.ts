import { describe, expect, test } from 'vitest'
import {
  cacheControl,
  DEFAULT_CACHE_POLICY,
  keyPart,
  matchesIfNoneMatch,
  surrogateKeyHeaders,
} from '../../../src/server/cache-policy'

describe('what caches are told', () => {
  test.each([
    ['Amara Okafor', 'amara-okafor'],
    ['  Économie & Finance ', 'economie-finance'],
    ['<script>', 'script'],
    ['世界', 'unnamed'],
  ])('the name %j is the key part %j', (name, part) => {
    expect(keyPart(name)).toBe(part)
  })

  test('a page may be served stale while refetched and while the origin fails; a 404 only briefly', () => {
    expect(cacheControl(DEFAULT_CACHE_POLICY, 'page')).toContain('stale-if-error=86400')
    expect(cacheControl(DEFAULT_CACHE_POLICY, 'not-found')).toBe('public, max-age=0, s-maxage=60')
  })

  test('keys are sent space-separated for Fastly and Varnish, comma-separated for Cloudflare, once each', () => {
    expect(surrogateKeyHeaders(['article:a', 'front-page', 'article:a'])).toEqual({
      'Surrogate-Key': 'article:a front-page',
      'Cache-Tag': 'article:a,front-page',
      xkey: 'article:a front-page',
    })
  })

  test.each([
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ['*', true],
    ['"abcd"', false],
    [null, false],
  ])('If-None-Match %j matches "abc": %s', (header, matches) => {
    expect(matchesIfNoneMatch(header, '"abc"')).toBe(matches)
  })
})
