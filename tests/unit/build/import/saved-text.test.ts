import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { fixturePath } from '../../../support/fixtures'
import { parseByline } from '../../../../build/import/byline'
import { importSavedText } from '../../../../build/import/saved-text'
import { strictArticleSchema } from '../../../../src/content/format'
import { problemsOf } from '../../../../src/content/problems'

const fixture = (name: string) => readFileSync(fixturePath('import', name), 'utf8')

const page = (...lines: string[]) => lines.join('\n\n')

const CAPTION =
  "WASHINGTON, DC - FEBRUARY 14: Jake Sullivan leaves the U.S. Capitol's east front. (Photo by Drew Angerer/Getty Images)"
const CAPTION_TYPESET =
  'WASHINGTON, DC – FEBRUARY 14: Jake Sullivan leaves the U.S. Capitol’s east front. (Photo by Drew Angerer/Getty Images)'

describe('the date and section line', () => {
  test.each([
    ['date 2022-03-14 World', '2022-03-14', 'World'],
    ['March 14, 2022 | Politics', '2022-03-14', 'Politics'],
    ['date 2022-03-14T09:30:00-05:00 Business', '2022-03-14T09:30:00-05:00', 'Business'],
  ])('reads "%s" as %s in %s', (line, publishedAt, section) => {
    const { article } = importSavedText(page(line, 'Headline', 'Body text.'))
    expect(article.publishedAt).toBe(publishedAt)
    expect(article.section).toBe(section)
    expect(article.headline).toBe('Headline')
  })

  test('reports a missing date and section and files the story under News', () => {
    const { article, notes } = importSavedText(fixture('saved-text-without-date-or-byline.txt'))
    expect(article.publishedAt).toBeUndefined()
    expect(article.section).toBe('News')
    expect(notes).toEqual(
      expect.arrayContaining([
        'no publication date found: add publishedAt by hand',
        'no section found: used "News"',
      ]),
    )
  })
})

describe('bylines', () => {
  test.each([
    [
      'Shelby Talcott Senior White House Correspondent',
      [{ name: 'Shelby Talcott', title: 'Senior White House Correspondent' }],
    ],
    ['By Jane Doe, Staff Writer', [{ name: 'Jane Doe', title: 'Staff Writer' }]],
    ['Mary Anne Smith Senior Reporter', [{ name: 'Mary Anne Smith', title: 'Senior Reporter' }]],
    [
      'John Q. Public Political Columnist',
      [{ name: 'John Q. Public', title: 'Political Columnist' }],
    ],
    [
      'Ursula von der Leyen Brussels Correspondent',
      [{ name: 'Ursula von der Leyen', title: 'Brussels Correspondent' }],
    ],
    ['Jane Doe and John Roe', [{ name: 'Jane Doe' }, { name: 'John Roe' }]],
    [
      'By Ana Ruiz, Tom Ellery and Jo Li',
      [{ name: 'Ana Ruiz' }, { name: 'Tom Ellery' }, { name: 'Jo Li' }],
    ],
    ['Jane Doe, Reuters', [{ name: 'Jane Doe', title: 'Reuters' }]],
  ])('splits "%s" into name and title', (line, authors) => {
    expect(parseByline(line, { guessTitle: true })).toEqual(authors)
  })

  test('credits the story to "Staff" and says so when the text has no byline', () => {
    const { article, notes } = importSavedText(fixture('saved-text-without-date-or-byline.txt'))
    expect(article.byline).toEqual([{ name: 'Staff' }])
    expect(notes).toContain('no byline found: used "Staff"')
  })

  test('does not take an opening sentence for a byline', () => {
    const { article } = importSavedText(
      page('date 2022-03-14 World', 'Headline', 'Officials Met On Monday In Rome.'),
    )
    expect(article.body).toEqual([{ type: 'paragraph', text: 'Officials Met On Monday In Rome.' }])
  })
})

describe('photos', () => {
  test('collapses a caption printed twice into the typeset one', () => {
    const { article } = importSavedText(
      page(
        'date 2022-03-14 World',
        'Headline',
        'Lead. (Photo by A B)',
        'Text.',
        CAPTION,
        CAPTION_TYPESET,
        'More.',
      ),
    )
    const inBody = article.body.filter((block) => block.type === 'image')
    expect(inBody).toHaveLength(1)
    expect(inBody[0]).toMatchObject({
      image: {
        caption:
          'WASHINGTON, DC – FEBRUARY 14: Jake Sullivan leaves the U.S. Capitol’s east front.',
        credit: 'Photo by Drew Angerer/Getty Images',
      },
    })
  })

  test('takes a lone "Photo …" line under a caption as its credit, not a paragraph', () => {
    const { article } = importSavedText(fixture('saved-text-without-date-or-byline.txt'))
    expect(article.leadImage?.credit).toBe('Photo: Jonas Pike/Valley Courier')
    expect(JSON.stringify(article.body)).not.toContain('Jonas Pike')
  })

  test('takes a line followed by a "Photo by …" line as an uncredited caption', () => {
    const { article } = importSavedText(
      page('Headline', 'A ferry leaves the quay.', 'Photo by JANE DOE/AP', 'Text.'),
    )
    expect(article.leadImage).toMatchObject({
      caption: 'A ferry leaves the quay.',
      credit: 'Photo by Jane Doe/AP',
    })
    expect(article.body).toEqual([{ type: 'paragraph', text: 'Text.' }])
  })

  test('numbers the photos under /content/images/ with the slug', () => {
    const { article } = importSavedText(
      page('Headline', 'One. (Photo by A B)', 'Text.', 'Two. (Photo by C D)', 'More.'),
      { slug: 'ferry-story' },
    )
    expect(article.leadImage).toMatchObject({
      src: '/content/images/ferry-story-1.jpg',
      width: 1600,
      height: 1067,
    })
    expect(article.body[1]).toMatchObject({
      type: 'image',
      image: { src: '/content/images/ferry-story-2.jpg' },
    })
  })

  test('derives alt text from the caption without the dateline or position marks', () => {
    const { article } = importSavedText(
      page(
        'Headline',
        'BEIJING, CHINA - FEBRUARY 4: Vladimir Putin (L) and Xi Jinping meet. They spoke for hours. (Photo by A B)',
        'Text.',
      ),
    )
    expect(article.leadImage?.alt).toBe('Vladimir Putin and Xi Jinping meet.')
  })
})

describe('related links', () => {
  test('become a related block after their paragraph, with the label in title case', () => {
    const { article } = importSavedText(
      page(
        'Headline',
        'Officials declined to comment. (RELATED: EXCLUSIVE: Talks Resume In Rome)',
        'Next.',
      ),
    )
    expect(article.body).toEqual([
      { type: 'paragraph', text: 'Officials declined to comment.' },
      {
        type: 'related',
        slug: 'exclusive-talks-resume-in-rome',
        headline: 'Exclusive: Talks Resume In Rome',
      },
      { type: 'paragraph', text: 'Next.' },
    ])
  })

  test('reports a slug guessed from the headline', () => {
    const { notes } = importSavedText(fixture('saved-text-without-date-or-byline.txt'))
    expect(notes).toContain(
      'related story "Weir Removal Wins National Conservation Award": no published article has that headline, so its slug is a guess (weir-removal-wins-national-conservation-award)',
    )
  })
})

test('an import with every fallback still passes the strict schema', () => {
  const { article } = importSavedText(fixture('saved-text-without-date-or-byline.txt'))
  expect(problemsOf(strictArticleSchema, article)).toEqual([])
})
