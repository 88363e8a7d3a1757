import { describe, expect, test } from 'vitest'
import { importHtml } from '../../../../build/import/html'
import type { BlockData } from '../../../../build/import/types'
import { strictArticleSchema } from '../../../../src/content/format'
import { problemsOf } from '../../../../src/content/problems'

// Markup the importer used to lose (text, photos or titles), between two paragraphs of story text, and the
// blocks the publisher must now get there.
const BEFORE =
  '<p>The council met on Tuesday evening to hear the final report on the river crossing, which has been delayed twice since the first plans were drawn up in 2019.</p>'
const AFTER =
  '<p>Members will vote on the proposal next month, after a further round of public meetings in each of the three wards that the new bridge would connect.</p>'
const IMG = (name: string, alt: string) =>
  `<img src="https://img.news.example/${name}.jpg" alt="${alt}" width="800" height="600">`
const photo = (name: string, alt: string, extra: object = {}) => ({
  type: 'image',
  image: { src: `https://img.news.example/${name}.jpg`, alt, width: 800, height: 600, ...extra },
})

function imported(markup: string) {
  return importHtml(`<!doctype html><html lang="en"><head><title>Council hears bridge report</title>
<link rel="canonical" href="https://news.example/2024/05/bridge-report"></head>
<body><article><h1>Council hears bridge report</h1>${BEFORE}${markup}${AFTER}</article></body></html>`)
}

function blocksFor(markup: string): BlockData[] {
  const { article } = imported(markup)
  expect(problemsOf(strictArticleSchema, article)).toEqual([])
  return article.body.slice(1, -1)
}

describe('what used to be lost', () => {
  test.each<[string, string, unknown[]]>([
    [
      'a description list: each term with its descriptions, in bold',
      '<dl><dt>Cost</dt><dd>£40m</dd><dt>Opening</dt><dd>Spring 2026</dd><dd>if funded</dd></dl>',
      [
        {
          type: 'list',
          items: [
            [{ text: 'Cost', strong: true }, { text: ': £40m' }],
            [{ text: 'Opening', strong: true }, { text: ': Spring 2026; if funded' }],
          ],
        },
      ],
    ],
    [
      'a description list without terms: one item per description',
      '<dl><dd>First stage</dd><dd>Second stage</dd></dl>',
      [{ type: 'list', items: ['First stage', 'Second stage'] }],
    ],
    [
      'a photo inside a list item follows that item, and the numbering goes on',
      `<ol><li>Close the old bridge</li><li>${IMG('quay', 'The quay')}Build the quay</li><li>Open the crossing</li></ol>`,
      [
        { type: 'list', ordered: true, items: ['Close the old bridge', 'Build the quay'] },
        photo('quay', 'The quay'),
        { type: 'list', ordered: true, start: 3, items: ['Open the crossing'] },
      ],
    ],
    [
      "a figure inside a list item keeps its caption, which leaves the item's text",
      `<ul><li>The north bank<figure>${IMG('north', 'North bank')}<figcaption>The north bank in May</figcaption></figure></li></ul>`,
      [
        { type: 'list', items: ['The north bank'] },
        photo('north', 'North bank', { caption: 'The north bank in May' }),
      ],
    ],
    [
      'a figure inside a quotation follows the quotation',
      `<blockquote><figure>${IMG('mayor', 'The mayor')}<figcaption>Mayor Ruth Pell</figcaption></figure><p>We are ready.</p></blockquote>`,
      [
        { type: 'quote', text: 'We are ready.' },
        photo('mayor', 'The mayor', { caption: 'Mayor Ruth Pell' }),
      ],
    ],
    [
      'a photo inside a fact box follows the box instead of being dropped',
      `<aside class="factbox"><h3>The numbers</h3>${IMG('chart', 'Chart of votes')}<p>Twelve voted for it.</p></aside>`,
      [
        {
          type: 'callout',
          title: 'The numbers',
          content: [{ type: 'paragraph', text: 'Twelve voted for it.' }],
        },
        photo('chart', 'Chart of votes'),
      ],
    ],
    [
      'a figure nested in layout containers',
      `<div class="story-inline"><div class="media"><figure>${IMG('dusk', 'Bridge at dusk')}<figcaption>The bridge at dusk. <span class="credit">Photo: Jane Roe</span></figcaption></figure></div></div>`,
      [
        photo('dusk', 'Bridge at dusk', {
          caption: 'The bridge at dusk.',
          credit: 'Photo: Jane Roe',
        }),
      ],
    ],
    [
      'a fact box keeps its own title, whatever it says',
      '<aside class="box"><h3>Timeline of the crossing</h3><ul><li>2019: plans drawn</li><li>2022: delayed</li></ul></aside>',
      [
        {
          type: 'callout',
          title: 'Timeline of the crossing',
          content: [{ type: 'list', items: ['2019: plans drawn', '2022: delayed'] }],
        },
      ],
    ],
    [
      'a fact box titled by a bold first line',
      '<div class="factbox"><p><strong>Who pays?</strong></p><p>The county pays half, the state the rest.</p></div>',
      [
        {
          type: 'callout',
          title: 'Who pays?',
          content: [{ type: 'paragraph', text: 'The county pays half, the state the rest.' }],
        },
      ],
    ],
    [
      'a details element is a box titled by its summary',
      '<details><summary>What to do in a flood</summary><p>Move upstairs and call 999.</p></details>',
      [
        {
          type: 'callout',
          title: 'What to do in a flood',
          content: [{ type: 'paragraph', text: 'Move upstairs and call 999.' }],
        },
      ],
    ],
    [
      'text written straight into a container beside a paragraph',
      '<div class="body">Loose opening words <b>in bold</b><p>Then a paragraph.</p></div>',
      [
        {
          type: 'paragraph',
          text: [{ text: 'Loose opening words ' }, { text: 'in bold', strong: true }],
        },
        { type: 'paragraph', text: 'Then a paragraph.' },
      ],
    ],
    [
      "Jetpack's tiled gallery stays one gallery, a tile's caption with its photo",
      `<div class="tiled-gallery type-rectangular"><div class="gallery-row"><div class="tiled-gallery-item"><a href="/a">${IMG('t1', 'Tile one')}</a><div class="tiled-gallery-caption">The first tile</div></div><div class="tiled-gallery-item"><a href="/b">${IMG('t2', 'Tile two')}</a></div></div></div>`,
      [
        {
          type: 'gallery',
          images: [
            photo('t1', 'Tile one', { caption: 'The first tile' }).image,
            photo('t2', 'Tile two').image,
          ],
        },
      ],
    ],
    [
      'a footnote mark linked into the page is written [1], the link dropped',
      '<p>The bridge cost £40m<sup class="fn"><a href="#fn1">1</a></sup>.</p>',
      [{ type: 'paragraph', text: 'The bridge cost £40m[1].' }],
    ],
  ])('%s', (_name, markup, expected) => {
    expect(blocksFor(markup)).toEqual(expected)
  })

  test('a photo no block can hold is named in the report, not lost in silence', () => {
    const { notes } = imported(`<pre>${IMG('diagram', 'Diagram')}x = 1</pre>`)
    expect(notes).toContain(
      'dropped 1 photo inside text the format cannot place a photo in (<pre>)',
    )
  })

  test('furniture the importer knows is counted by kind', () => {
    const { notes } = imported(
      '<div class="cookie-banner"><p>We use cookies.</p></div><div id="comments" class="comments-area"><p>About time!</p></div>',
    )
    expect(notes).toEqual(
      expect.arrayContaining([
        'dropped 1 cookie banner by its class name',
        'dropped 1 comments section by its class name',
      ]),
    )
  })

  test("a masthead's <h1> logo is not the headline, and the story's header gives kicker and standfirst", () => {
    const { article } =
      importHtml(`<!doctype html><html lang="en"><head><title>Bridge to close</title></head><body>
<header class="site-header"><h1 class="logo"><a href="/">The Courier</a></h1></header>
<article><header><p class="kicker">Roads</p><h1>Bridge to close</h1><p class="dek">The deck will be replaced over eighteen months, starting in September.</p></header>
${BEFORE}${AFTER}</article></body></html>`)
    expect(article).toMatchObject({
      headline: 'Bridge to close',
      kicker: 'Roads',
      standfirst: 'The deck will be replaced over eighteen months, starting in September.',
    })
    expect(article.body).toHaveLength(2)
  })
})
