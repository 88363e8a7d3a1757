import { describe, expect, test } from 'vitest'
import { importHtml } from '../../../../build/import/html'
import { strictArticleSchema } from '../../../../src/content/format'
import { problemsOf } from '../../../../src/content/problems'

const STORY =
  '<p>The council compared the three bids for the new ferry contract on Tuesday, and published the table below with its report to members.</p>'

function imported(markup: string) {
  const { article } =
    importHtml(`<!doctype html><html lang="en"><head><title>Ferry bids compared</title>
<link rel="canonical" href="https://news.example/2024/05/ferry-bids"></head>
<body><article><h1>Ferry bids compared</h1>${STORY}${STORY}${markup}${STORY}</article></body></html>`)
  expect(problemsOf(strictArticleSchema, article)).toEqual([])
  return article
}

const table = (cells: string) =>
  `<table><thead><tr><th>Bid</th><th>Electric</th><th>Night service</th></tr></thead><tbody>${cells}</tbody></table>`

function rowsOf(markup: string) {
  const found = imported(markup).body.find((block) => block.type === 'table')
  return found?.type === 'table' ? found.rows : undefined
}

describe('a data table whose cells hold icons', () => {
  test.each<[string, string, string[]]>([
    [
      'images, read as their alt text',
      '<tr><td>Harbour Lines</td><td><img src="https://img.news.example/icons/yes.png" alt="Yes" width="16" height="16"></td><td><img src="https://img.news.example/icons/no.png" alt="No" width="16" height="16"></td></tr>',
      ['Harbour Lines', 'Yes', 'No'],
    ],
    [
      'unsized SVG images named like icons',
      '<tr><td>Harbour Lines</td><td><img src="/static/tick.svg" alt="Included"></td><td><img src="/static/cross.svg" alt="Not included"></td></tr>',
      ['Harbour Lines', 'Included', 'Not included'],
    ],
    [
      'inline SVGs, read as their title or label',
      '<tr><td>Harbour Lines</td><td><svg viewBox="0 0 16 16" role="img"><title>Supported</title><path d="M0 0h16"/></svg></td><td><svg aria-label="Not supported" viewBox="0 0 16 16"><path d="M0 0h16"/></svg></td></tr>',
      ['Harbour Lines', 'Supported', 'Not supported'],
    ],
    [
      "icon fonts, read as their label, or as yes and no by the icon's name",
      '<tr><td>Harbour Lines</td><td><i class="icon-check" aria-label="Yes"></i></td><td><i class="fa fa-times"></i></td></tr>',
      ['Harbour Lines', 'Yes', 'No'],
    ],
    [
      'a hidden glyph beside words for screen readers, read once',
      '<tr><td>Harbour Lines</td><td><span aria-hidden="true">✓</span><span class="visually-hidden">Yes</span></td><td><span class="icon icon-cross" aria-hidden="true"></span></td></tr>',
      ['Harbour Lines', 'Yes', 'No'],
    ],
    [
      'check-mark glyphs, kept as written',
      '<tr><td>Harbour Lines</td><td>✓</td><td>✗</td></tr>',
      ['Harbour Lines', '✓', '✗'],
    ],
  ])('keeps the table and its cells: %s', (_name, row, expected) => {
    expect(rowsOf(table(row))).toEqual([['Bid', 'Electric', 'Night service'], expected])
  })

  test('a photo in a table cell is still a photo, not its alt text', () => {
    const article = imported(
      '<table><tr><td><img src="https://img.news.example/ferry.jpg" alt="The new ferry" width="800" height="600"></td><td><p>The ferry at the quay.</p><p>It carries 300 people.</p></td></tr></table>',
    )
    expect(article.body).toContainEqual({
      type: 'image',
      image: {
        src: 'https://img.news.example/ferry.jpg',
        alt: 'The new ferry',
        width: 800,
        height: 600,
      },
    })
  })
})

test('an emoji image in running text reads as its emoji', () => {
  const article = imported(
    '<p>Passengers voted the night service their favourite <img class="emoji" src="https://s.w.org/images/core/emoji/72x72/1f6a2.png" alt="🚢" width="72" height="72"> by a wide margin.</p>',
  )
  expect(article.body).toContainEqual({
    type: 'paragraph',
    text: 'Passengers voted the night service their favourite 🚢 by a wide margin.',
  })
})
