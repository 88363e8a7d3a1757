import { expect, test } from 'vitest'
import { feedLinkTags } from '../../../src/server/feed-links'

test('the site’s feeds are linked in all three formats, by absolute URL', () => {
  expect(feedLinkTags()).toEqual([
    '<link rel="alternate" type="application/rss+xml" title="Broadsheet (RSS)" href="http://127.0.0.1:4173/feed.xml">',
    '<link rel="alternate" type="application/atom+xml" title="Broadsheet (Atom)" href="http://127.0.0.1:4173/atom.xml">',
    '<link rel="alternate" type="application/feed+json" title="Broadsheet (JSON Feed)" href="http://127.0.0.1:4173/feed.json">',
  ])
})

test('a section’s feeds sit under its page, titled by its name, escaped', () => {
  const [rss] = feedLinkTags('/sections/arts-culture', 'Arts & "Culture"')
  expect(rss).toBe(
    '<link rel="alternate" type="application/rss+xml" title="Arts &amp; &quot;Culture&quot; · Broadsheet (RSS)" href="http://127.0.0.1:4173/sections/arts-culture/feed.xml">',
  )
})
