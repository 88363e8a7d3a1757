import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { fixturePath } from '../../../support/fixtures'
import { importHtml } from '../../../../build/import/html'
import { strictArticleSchema } from '../../../../src/content/format'
import { problemsOf } from '../../../../src/content/problems'

// Scripts, event handlers, javascript:/data:/http: addresses, tracking pixels, frames, styles, a <base> that
// points elsewhere, markup inside meta tags and JSON-LD, and text that is still markup after decoding.
const html = readFileSync(fixturePath('import/hostile-page.html'), 'utf8')
const { article, notes } = importHtml(html)
const json = JSON.stringify(article)

describe('a hostile page', () => {
  test.each([
    ['a script tag', '<script'],
    ['a javascript: address', 'javascript:'],
    ['an event handler', 'onerror'],
    ['an alert call', 'alert('],
    ['a data: address', 'data:'],
    ['an http: address', 'http://'],
    ['a protocol-relative address', '"//'],
    ['a tracking pixel', 'tracker.example'],
    ['a 1x1 image', 'stats.example'],
    ['a framed player address (only the post URL is kept)', 'youtube.com/embed'],
    ['an srcdoc frame', 'srcdoc'],
    ['a style rule', 'background'],
    ['any tag', '<'],
  ])('leaves no %s in the output', (_what, fragment) => {
    expect(json.toLowerCase()).not.toContain(fragment)
  })

  test('passes the strict schema', () => {
    expect(problemsOf(strictArticleSchema, article)).toEqual([])
  })

  test('turns <b> markup into a strong run and escaped markup into plain text', () => {
    expect(article.body[1]).toEqual({
      type: 'paragraph',
      text: [
        { text: 'Construction is due to start in the autumn and take two years. The ' },
        { text: 'old terminal', strong: true },
        {
          text: ' will stay open until the new one is ready, the authority said, and ferry timetables will not change.',
        },
      ],
    })
  })

  test('keeps the text of javascript: and http: links without the links', () => {
    expect(article.body[0]).toEqual({
      type: 'paragraph',
      text: 'The harbour authority voted on Tuesday to build a new ferry terminal on the north quay, replacing a building that has stood since 1962. Read the plans or see the map or download them.',
    })
  })

  test('strips markup from the headline, section and standfirst metadata', () => {
    expect(article).toMatchObject({
      headline: 'Harbour Authority Approves New Ferry Terminal',
      section: 'Business',
      standfirst: 'The old terminal closes in 2026.',
    })
  })

  test('keeps the one safe photo, resolved against the canonical URL and not the <base>', () => {
    const photos = article.body.flatMap((block) => (block.type === 'image' ? [block.image] : []))
    expect(article.leadImage).toBeUndefined()
    expect(photos).toEqual([
      {
        src: 'https://harbour-herald.example/images/terminal-render.jpg',
        alt: "An architect's drawing of a glass ferry terminal beside the water.",
        width: 1600,
        height: 900,
        caption: 'How the terminal will look.',
        credit: 'Image: Norgate Architects',
      },
    ])
  })

  test('reports what it dropped', () => {
    expect(notes).toEqual(
      expect.arrayContaining([
        'dropped 3 tracking pixels',
        'dropped 4 images whose source is not https: (http:, data:, javascript: or protocol-relative)',
        'skipped 1 JSON-LD block: not valid JSON',
      ]),
    )
  })
})
