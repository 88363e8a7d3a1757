import { describe, expect, test } from 'vitest'
import { parseExcerpt } from '../../../../src/features/search/excerpt'
import { toSearchResult } from '../../../../src/features/search/pagefind-client'

describe('a Pagefind excerpt', () => {
  test.each([
    ['plain text', 'no match here', [{ text: 'no match here', marked: false }]],
    [
      'marked words',
      'talks with <mark>Sullivan</mark> in <mark>Rome</mark>.',
      [
        { text: 'talks with ', marked: false },
        { text: 'Sullivan', marked: true },
        { text: ' in ', marked: false },
        { text: 'Rome', marked: true },
        { text: '.', marked: false },
      ],
    ],
    [
      'escaped characters, decoded to text',
      'AT&amp;T &lt;b&gt; <mark>&quot;deep&quot;</mark> &#8217;s &#x2019;',
      [
        { text: 'AT&T <b> ', marked: false },
        { text: '"deep"', marked: true },
        { text: ' ’s ’', marked: false },
      ],
    ],
    [
      'any other tag, dropped',
      '<script>alert(1)</script><mark>x</mark><img src=x onerror=alert(1)>',
      [
        { text: 'alert(1)', marked: false },
        { text: 'x', marked: true },
      ],
    ],
  ])('%s becomes runs of text', (_name, html, runs) => {
    expect(parseExcerpt(html)).toEqual(runs)
  })
})

describe('a search result from the index', () => {
  const data = {
    url: '/articles/us-deep-concerns-china-alignment-russia',
    excerpt: 'with <mark>Russia</mark>',
    meta: {
      slug: 'us-deep-concerns-china-alignment-russia',
      title: 'US Has ‘Deep Concerns’',
      section: 'World',
      sectionSlug: 'world',
      published: '2022-03-14T00:00:00.000Z',
    },
  }

  test('keeps its headline, section, date and excerpt', () => {
    expect(toSearchResult(data)).toMatchObject({
      slug: 'us-deep-concerns-china-alignment-russia',
      headline: 'US Has ‘Deep Concerns’',
      section: { name: 'World', slug: 'world' },
      published: { iso: '2022-03-14T00:00:00.000Z' },
      excerpt: [
        { text: 'with ', marked: false },
        { text: 'Russia', marked: true },
      ],
    })
  })

  test.each([
    ['no slug', { ...data, meta: { ...data.meta, slug: undefined } }],
    ['a slug that is a path', { ...data, meta: { ...data.meta, slug: '../admin' } }],
    ['a blank headline', { ...data, meta: { ...data.meta, title: ' ' } }],
    ['no meta at all', { url: '/x' }],
    ['not an object', 'result'],
  ])('is dropped with %s', (_name, value) => {
    expect(toSearchResult(value)).toBeUndefined()
  })
})
