import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { importHtml } from '../../../../build/import/html'
import { strictArticleSchema } from '../../../../src/content/format'
import { problemsOf } from '../../../../src/content/problems'
import { fixturePath } from '../../../support/fixtures'

const imported = (name: string) => importHtml(readFileSync(fixturePath('import', name), 'utf8'))
const types = (name: string) => imported(name).article.body.map((block) => block.type)

describe.each(['arc-wire-story.html', 'brightspot-read-more.html', 'rtl-news-page.html'])(
  '%s',
  (name) => {
    test('imports to an article that passes the strict schema', () => {
      expect(problemsOf(strictArticleSchema, imported(name).article)).toEqual([])
    })
  },
)

describe('an Arc-style wire story', () => {
  const { article, notes } = imported('arc-wire-story.html')

  test('keeps the update note, fact box, tweet and video in reading order', () => {
    expect(types('arc-wire-story.html')).toEqual([
      'note',
      'paragraph',
      'paragraph',
      'callout',
      'paragraph',
      'embed',
      'paragraph',
      'video',
      'paragraph',
    ])
  })

  test('has no standfirst repeating the datelined first paragraph', () => {
    expect(article).not.toHaveProperty('standfirst')
  })

  test('reports the ad, sign-up box and share bar it dropped', () => {
    expect(notes).toEqual(
      expect.arrayContaining([
        'dropped 1 ad container by its class name',
        'dropped 1 sign-up box by its class name',
        'dropped 1 share bar by its class name',
      ]),
    )
  })
})

describe('a Brightspot-style story whose second half sits in a read-more container', () => {
  const { article, notes } = imported('brightspot-read-more.html')
  const text = JSON.stringify(article.body)

  test('keeps every paragraph of the story', () => {
    for (const words of [
      'The colony, about 400 pairs',
      'The board tried netting',
      'We learned to plan around the birds',
      'heated entirely by a heat pump',
    ])
      expect(text).toContain(words)
  })

  test('keeps the numbered list, the table and the embed inside it', () => {
    expect(types('brightspot-read-more.html')).toEqual([
      'paragraph',
      'paragraph',
      'heading',
      'list',
      'paragraph',
      'paragraph',
      'embed',
      'table',
      'paragraph',
      'paragraph',
      'note',
    ])
  })

  test('drops the read-more list of links and says so', () => {
    expect(text).not.toContain('Ferry fares rise')
    expect(notes).toContain('dropped 1 read-next list by its class name')
  })
})

describe('a right-to-left page without a language tag', () => {
  const { article } = imported('rtl-news-page.html')

  test('keeps the page’s direction', () => {
    expect(article.dir).toBe('rtl')
  })

  test('keeps the formula, the code and the section break', () => {
    expect(article.body).toEqual(
      expect.arrayContaining([
        { type: 'formula', text: 'h = r t', notation: 'tex', display: true },
        {
          type: 'code',
          text: 'curl -O https://data.sahil-news.example/sea-level.csv',
          language: 'bash',
        },
        { type: 'break' },
      ]),
    )
  })
})
