import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { importHtml } from '../../../../build/import/html'
import { strictArticleSchema } from '../../../../src/content/format'
import { problemsOf } from '../../../../src/content/problems'
import { fixturePath } from '../../../support/fixtures'

// Saved pages modelled on the public markup of more publishers: what each used to lose, now kept.
const imported = (name: string) =>
  importHtml(readFileSync(fixturePath('import', `sites/${name}`), 'utf8'))
const textOf = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : Array.isArray(value)
      ? value.map((run: { text: string }) => run.text).join('')
      : ''

const PAGES = [
  'reuters-like.html',
  'apnews-like.html',
  'aljazeera-arabic-like.html',
  'lemonde-like.html',
  'cnn-like.html',
  'washingtonpost-like.html',
  'medium-like.html',
  'wordpress-yoast-graph.html',
  'arcxp-like.html',
  'brightspot-like.html',
  'liveblog-like.html',
]

describe.each(PAGES)('%s', (name) => {
  const { article } = imported(name)

  test('imports to an article that passes the strict schema', () => {
    expect(problemsOf(strictArticleSchema, article)).toEqual([])
  })

  test('has its authors and its date', () => {
    expect(article.byline.map((author) => author.name)).not.toContain('Staff')
    expect(article.publishedAt).toBeDefined()
  })

  test('has no standfirst repeating its first paragraph or heading', () => {
    const first = article.body.find(
      (block) => block.type === 'paragraph' || block.type === 'heading',
    )
    const opening = first && 'text' in first ? textOf(first.text) : ''
    if (article.standfirst !== undefined)
      expect(opening).not.toContain(article.standfirst.replace(/[.!?…]$/, ''))
  })
})

describe('the lead photo named at another size than the page shows it', () => {
  test.each<[string, { alt: string; caption?: string; credit?: string }]>([
    [
      'reuters-like.html',
      {
        alt: 'Workers at a steel plant in Duisburg',
        credit: 'REUTERS/Wolfgang Rattay/File Photo',
      },
    ],
    [
      'washingtonpost-like.html',
      { alt: 'A five-story apartment building under construction on a former parking lot' },
    ],
    ['lemonde-like.html', { alt: 'Des bancs de sable dans le lit de la Loire' }],
    ['medium-like.html', { alt: 'A laptop showing a spreadsheet with many coloured rows' }],
  ])('%s: takes the alt text and caption of its copy on the page', (name, expected) => {
    expect(imported(name).article.leadImage).toEqual(expect.objectContaining(expected))
  })

  test.each(['lemonde-like.html', 'medium-like.html', 'apnews-like.html'])(
    '%s: is not printed again in the body, nor its caption left as a paragraph',
    (name) => {
      const { article } = imported(name)
      expect(article.body.filter((block) => block.type === 'image')).toEqual([])
      expect(textOf(article.body[0]?.type === 'paragraph' ? article.body[0].text : '')).not.toMatch(
        /AP Photo/,
      )
    },
  )
})

test('a wire byline set in capitals is written as names', () => {
  expect(imported('apnews-like.html').article.byline).toEqual([
    { name: 'Mary Clare Jalonick' },
    { name: 'Kevin Freking' },
  ])
})

test('a typed rule ("___") is a section break', () => {
  const types = imported('apnews-like.html').article.body.map((block) => block.type)
  expect(types.at(-2)).toBe('break')
})

test("Medium's subtitle, read time and clap count are not body text", () => {
  const { article } = imported('medium-like.html')
  expect(article.standfirst).toBe('Three years, one shared sheet, and the day it broke.')
  const texts = article.body.map((block) => ('text' in block ? textOf(block.text) : ''))
  expect(texts).not.toContain('Three years, one shared sheet, and the day it broke.')
  expect(texts.some((text) => /min read|^1\.2K$/.test(text))).toBe(false)
})

test("CNN's video resource with nothing to play is reported, not left as two stray lines", () => {
  const { article, notes } = imported('cnn-like.html')
  const texts = article.body.map((block) => ('text' in block ? textOf(block.text) : ''))
  expect(texts).not.toContain('Video shows wildfire approaching homes on Greek island')
  expect(notes.some((note) => note.startsWith('dropped 1 video player'))).toBe(true)
})

test('furniture named in the plural reads as English', () => {
  expect(imported('lemonde-like.html').notes.join('\n')).not.toMatch(/boxs\b/)
})

test.each<[string, string]>([
  ['arcxp-like.html', 'Crews expect most customers to have power back by Thursday night.'],
  [
    'aljazeera-arabic-like.html',
    'غمرت مياه الفيضانات عشرات القرى في ولاية نهر النيل شمالي السودان، وفق ما أفادت السلطات المحلية.',
  ],
])(
  '%s: the subtitle printed under the headline is the standfirst, not the first paragraph',
  (name, standfirst) => {
    const { article } = imported(name)
    expect(article.standfirst).toBe(standfirst)
    const texts = article.body.map((block) => ('text' in block ? textOf(block.text) : ''))
    expect(texts).not.toContain(standfirst)
  },
)
