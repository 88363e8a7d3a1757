import { describe, expect, test } from 'vitest'
import { syndicationFileKeys } from '../../../src/content/syndication-keys'

describe('the purge keys of feeds and sitemaps', () => {
  test.each([
    ['/feed.xml', ['feed']],
    ['/atom.xml', ['feed']],
    ['/feed.json', ['feed']],
    ['/sections/world/feed.xml', ['feed:section:world']],
    ['/authors/amara-okafor/feed.json', ['feed:author:amara-okafor']],
    ['/sitemap.xml', ['sitemap']],
    ['/sitemaps/news.xml', ['sitemap:news']],
    ['/sitemaps/sitemap-3.xml', ['sitemap:3']],
  ])('%s is tagged %j, the key publish names when it rewrites it', (appPath, keys) => {
    expect(syndicationFileKeys(appPath)).toEqual(keys)
  })

  test.each([
    '/content/index.json',
    '/topics/tides/feed.xml',
    '/sections/../feed.xml',
    '/robots.txt',
  ])('%s carries no feed or sitemap key', (appPath) => {
    expect(syndicationFileKeys(appPath)).toEqual([])
  })
})
