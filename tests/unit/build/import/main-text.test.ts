import { describe, expect, test } from 'vitest'
import { importHtml } from '../../../../build/import/html'

// Story paragraphs long enough to read as body text.
const paragraph = (n: number) =>
  `<p>Paragraph ${n} of the story: the harbour board met for six hours on Thursday and heard from forty residents about the plan to move the ferry terminal north.</p>`
const story = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => paragraph(from + index)).join('')

function page(body: string) {
  return `<!doctype html><html lang="en"><head><title>Harbour board hears residents</title></head><body><article><h1>Harbour board hears residents</h1>${body}</article></body></html>`
}

const bodyText = (html: string) => JSON.stringify(importHtml(page(html)).article.body)

describe('the furniture rules never drop the story', () => {
  test.each([
    ['read-more', `${story(1, 3)}<div class="read-more">${story(4, 8)}</div>`],
    ['share-wrapper', `${story(1, 2)}<div class="share-wrapper">${story(3, 8)}</div>`],
    ['related-content', `<section class="related-content article-body">${story(1, 8)}</section>`],
    ['social', `${story(1, 4)}<div id="social-tracking" class="social">${story(5, 8)}</div>`],
    [
      'ad (a story wrapped by an ad-tracking container)',
      `<div class="ad-wrapper">${story(1, 8)}</div>`,
    ],
  ])('keeps the paragraphs inside a container named %s', (_name, html) => {
    const text = bodyText(html)
    for (let n = 1; n <= 8; n += 1) expect(text).toContain(`Paragraph ${n} of the story`)
  })

  test('says which containers it kept despite their names', () => {
    const { notes } = importHtml(page(`${story(1, 3)}<div class="read-more">${story(4, 8)}</div>`))
    expect(
      notes.some((note) =>
        note.startsWith('kept 1 container named like page furniture (read-more)'),
      ),
    ).toBe(true)
  })

  test('still drops a read-more list of links', () => {
    const links =
      '<div class="read-more"><ul><li><a href="https://news.example/a">Ferry fares rise</a></li><li><a href="https://news.example/b">New pier opens</a></li></ul></div>'
    const { article, notes } = importHtml(page(`${story(1, 6)}${links}`))
    expect(JSON.stringify(article.body)).not.toContain('Ferry fares rise')
    expect(notes).toContain('dropped 1 read-next list by its class name')
  })
})

describe('the standfirst', () => {
  test.each([
    ['after an AP dateline', 'WASHINGTON (AP) — '],
    ['after a Reuters dateline', 'LONDON, May 2 (Reuters) - '],
    ['with no dateline', ''],
  ])('is not a repeat of the first paragraph %s', (_name, dateline) => {
    const first =
      'The Senate voted on Thursday to extend the harbour funding for another five years, ending months of talks.'
    const html = `<!doctype html><html><head><title>Senate extends harbour funding</title><meta name="description" content="${first}"></head><body><article><h1>Senate extends harbour funding</h1><p>${dateline}${first}</p>${story(1, 4)}</article></body></html>`
    expect(importHtml(html).article).not.toHaveProperty('standfirst')
  })
})

describe('the page direction', () => {
  test.each([
    ['<html dir="rtl">', '<html dir="rtl">', '<body>'],
    ['<body dir="rtl">', '<html>', '<body dir="rtl">'],
  ])('is kept from %s', (_name, html, body) => {
    const text = `<!doctype html>${html}<head><title>عنوان</title></head>${body}<article><h1>عنوان الخبر</h1>${story(1, 4)}</article></body></html>`
    expect(importHtml(text).article).toMatchObject({ dir: 'rtl' })
  })
})

describe('corrections and updates', () => {
  test.each([
    [
      'Correction, March 15, 2024: The mayor’s name was misspelled.',
      { kind: 'correction', date: '2024-03-15', text: 'The mayor’s name was misspelled.' },
    ],
    [
      'Update: The vote has been moved to Friday.',
      { kind: 'update', text: 'The vote has been moved to Friday.' },
    ],
    [
      "Editor's note: This story has been updated with the board's response.",
      { kind: 'editors-note', text: "This story has been updated with the board's response." },
    ],
    [
      'An earlier version of this article misstated the cost of the terminal.',
      {
        kind: 'correction',
        text: 'An earlier version of this article misstated the cost of the terminal.',
      },
    ],
  ])('"%s" at the end becomes a note', (line, note) => {
    const { article } = importHtml(page(`${story(1, 4)}<p><em>${line}</em></p>`))
    expect(article.body.at(-1)).toEqual({ type: 'note', ...note })
  })

  test('"Updated figures show…" in the middle of the story stays a paragraph', () => {
    const { article } = importHtml(
      page(
        `${story(1, 3)}<p>Updated figures show a rise of 4 per cent in ferry use this year, the board said.</p>${story(4, 6)}`,
      ),
    )
    expect(article.body.some((block) => block.type === 'note')).toBe(false)
  })
})
