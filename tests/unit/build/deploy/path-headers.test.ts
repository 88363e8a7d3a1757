import { describe, expect, test } from 'vitest'
import { headersForPath, pathRules } from '../../../../build/deploy/path-headers'

const rules = pathRules("script-src 'self' 'wasm-unsafe-eval'")

describe('headers by path', () => {
  test.each([
    ['/search', "script-src 'self' 'wasm-unsafe-eval'"],
    ['/pagefind/pagefind.js', "script-src 'self' 'wasm-unsafe-eval'"],
    ['/pagefind/fragment/en_1.pf_fragment', "script-src 'self' 'wasm-unsafe-eval'"],
  ])('%s may run WebAssembly', (path, policy) => {
    expect(headersForPath(rules, path)['Content-Security-Policy']).toBe(policy)
  })

  test.each(['/', '/articles/x', '/searching', '/search/x', '/sections/world', '/pagefind'])(
    '%s keeps the site-wide policy',
    (path) => {
      expect(headersForPath(rules, path)).not.toHaveProperty('Content-Security-Policy')
    },
  )

  test.each([
    ['/feed.xml', 'application/rss+xml; charset=utf-8'],
    ['/sections/world/feed.xml', 'application/rss+xml; charset=utf-8'],
    ['/authors/shelby-talcott/atom.xml', 'application/atom+xml; charset=utf-8'],
    ['/feed.json', 'application/feed+json; charset=utf-8'],
    ['/sections/world/feed.json', 'application/feed+json; charset=utf-8'],
  ])('%s is sent as %s', (path, type) => {
    expect(headersForPath(rules, path)['Content-Type']).toBe(type)
  })

  test.each(['/sitemap.xml', '/content/index.json', '/articles/feed'])(
    '%s keeps the host’s own type',
    (path) => {
      expect(headersForPath(rules, path)).not.toHaveProperty('Content-Type')
    },
  )
})
