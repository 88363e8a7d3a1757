import { describe, expect, test } from 'vitest'
import { importHtml } from '../../../../build/import/html'
import { strictArticleSchema } from '../../../../src/content/format'
import { problemsOf } from '../../../../src/content/problems'

const STORY =
  '<p>The county council voted on Tuesday to close the Lower Ford bridge for eighteen months while engineers replace its corroded deck.</p>'

function imported(head: string, story = '') {
  const result = importHtml(`<!doctype html><html lang="en"><head><title>Bridge to close</title>
<link rel="canonical" href="https://news.example/2024/05/bridge">${head}</head>
<body><article><h1>Bridge to close</h1>${STORY}${STORY}${story}</article></body></html>`)
  expect(problemsOf(strictArticleSchema, result.article)).toEqual([])
  return result
}

const jsonLd = (value: object) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Bridge to close', ...value })}</script>`

describe("the article's topics", () => {
  test.each<[string, string, string, unknown]>([
    [
      'Open Graph article:tag, one tag a meta',
      '<meta property="article:tag" content="Roads"><meta property="article:tag" content="Lower Ford">',
      '',
      ['Roads', 'Lower Ford'],
    ],
    [
      'news_keywords, a comma-separated list',
      '<meta name="news_keywords" content="Roads, Bridges,  Transport ">',
      '',
      ['Roads', 'Bridges', 'Transport'],
    ],
    [
      'the keywords meta, when nothing better is there',
      '<meta name="keywords" content="Roads; Bridges">',
      '',
      ['Roads', 'Bridges'],
    ],
    [
      'JSON-LD keywords as a list, and about as things',
      jsonLd({
        keywords: ['Roads', 'Bridges'],
        about: [{ '@type': 'Thing', name: 'Infrastructure' }, 'Lower Ford'],
      }),
      '',
      ['Roads', 'Bridges', 'Infrastructure', 'Lower Ford'],
    ],
    [
      "JSON-LD keywords as one string, a Yoast @graph's article node",
      `<script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebPage', '@id': '#page' },
          {
            '@type': 'Article',
            '@id': '#article',
            headline: 'Bridge to close',
            keywords: 'Roads,Bridges',
          },
        ],
      })}</script>`,
      '',
      ['Roads', 'Bridges'],
    ],
    [
      'tag links under the story',
      '',
      '<ul class="tags"><li><a href="/tag/roads" rel="tag">Roads</a></li><li><a href="/topics/bridges">Bridges</a></li><li><a href="/category/news" rel="category tag">Local news</a></li></ul>',
      ['Roads', 'Bridges'],
    ],
  ])('come from %s', (_name, head, story, topics) => {
    expect(imported(head, story).article.topics).toEqual(topics)
  })

  test("the editors' tags win over the keywords written for search engines", () => {
    const { article } = imported(
      '<meta name="keywords" content="news, bridge, road, river, council, closure"><meta property="article:tag" content="Roads">',
    )
    expect(article.topics).toEqual(['Roads'])
  })

  test('each topic is listed once, whatever its case or accents, without the section or the site', () => {
    const { article } = imported(
      '<meta property="og:site_name" content="Valley News"><meta property="article:section" content="Transport"><meta name="news_keywords" content="Roads, roads, ROADS, Élections, elections, Transport, Valley News">',
    )
    expect(article.topics).toEqual(['Roads', 'Élections'])
  })

  test('CMS codes, links and generic words are left out and reported', () => {
    const { article, notes } = imported(
      '<meta name="news_keywords" content="section:local, has_video, https://news.example/tag/x, Breaking News, 2024, Roads, topic: Bridges">',
    )
    expect(article.topics).toEqual(['Roads', 'Bridges'])
    expect(notes).toContain(
      'dropped 5 keywords not read as topics (codes, links or generic words) (2024, Breaking News, has_video, https://news.example/tag/x, section:local)',
    )
  })

  test('a long list is cut at ten topics, and the rest is reported', () => {
    const names = Array.from(
      { length: 14 },
      (_, index) => `Topic ${String.fromCharCode(65 + index)}`,
    )
    const { article, notes } = imported(`<meta name="news_keywords" content="${names.join(', ')}">`)
    expect(article.topics).toEqual(names.slice(0, 10))
    expect(notes).toContain(
      'dropped 4 topics past the first 10 (Topic K, Topic L, Topic M, Topic N)',
    )
  })

  test('a page with no tags or keywords has no topics', () => {
    expect(imported('').article).not.toHaveProperty('topics')
  })
})
