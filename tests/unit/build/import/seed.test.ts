import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { importSavedText } from '../../../../build/import/saved-text'
import type { BlockData } from '../../../../build/import/types'
import { strictArticleSchema } from '../../../../src/content/format'
import { problemsOf } from '../../../../src/content/problems'
import {
  fixturePath,
  readSampleArticle,
  SEED_SLUG,
  SEED_RELATED_SLUG,
} from '../../../support/fixtures'

// The saved text of the seed page, byte for byte as in /work/shared/seeds, and the article an editor made from
// it by hand: the importer has to get the same essentials from the text alone.
const seedText = readFileSync(fixturePath('import/seed-000_fe4e93468a7dd5ad.txt'), 'utf8')
const handMade = strictArticleSchema.parse(readSampleArticle(SEED_SLUG))
const { article, notes } = importSavedText(seedText)

const textOf = (block: BlockData) =>
  block.type === 'paragraph'
    ? typeof block.text === 'string'
      ? block.text
      : block.text.map((run) => run.text).join('')
    : undefined
const paragraphs = (body: readonly BlockData[]) =>
  body.flatMap((block) => {
    const text = textOf(block)
    return text === undefined ? [] : [text]
  })
const images = (body: readonly BlockData[]) =>
  body.flatMap((block) => (block.type === 'image' ? [block.image] : []))

describe('importing the seed’s saved text', () => {
  test('passes the strict schema', () => {
    expect(problemsOf(strictArticleSchema, article)).toEqual([])
  })

  test.each(['headline', 'section', 'publishedAt'] as const)(
    'gives the hand-made article’s %s',
    (field) => {
      expect(article[field]).toBe(handMade[field])
    },
  )

  test('splits the byline into the hand-made name and title', () => {
    // The hand-made file also gives the author a page (a slug); the importer's job is the name and title.
    const nameAndTitle = (byline: readonly { name: string; title?: string }[] = []) =>
      byline.map(({ name, title }) => ({ name, title }))
    expect(nameAndTitle(article.byline)).toEqual(nameAndTitle(handMade.byline))
  })

  test('gives the lead photo the hand-made caption and credit', () => {
    expect(article.leadImage?.caption).toBe(handMade.leadImage?.caption)
    expect(article.leadImage?.credit).toBe(handMade.leadImage?.credit)
  })

  test('prints the second photo once, with the hand-made caption and credit', () => {
    const [second, ...more] = images(article.body)
    const [expected] = images(handMade.body)
    expect(more).toEqual([])
    expect(second?.caption).toBe(expected?.caption)
    expect(second?.credit).toBe(expected?.credit)
  })

  test('keeps every paragraph of the hand-made body, in order', () => {
    expect(paragraphs(article.body)).toEqual(paragraphs(handMade.body))
  })

  test('puts the body blocks in the hand-made order', () => {
    expect(article.body.map((block) => block.type)).toEqual(
      handMade.body.map((block) => block.type),
    )
  })

  test('turns the "(RELATED: …)" after the third paragraph into a related block', () => {
    const third = article.body.findIndex((block) => textOf(block) === paragraphs(handMade.body)[2])
    expect(article.body[third + 1]).toMatchObject({
      type: 'related',
      headline: 'Report: Russia Had Sought Aid From CCP Prior To Ukraine Invasion',
    })
  })

  test('leaves the page’s "Font Size:" control out', () => {
    expect(JSON.stringify(article)).not.toMatch(/font size/i)
  })

  test('reports the alt text it had to take from the captions', () => {
    expect(notes).toContain('no alt text for 2 photos: used the caption')
  })

  test('links the related block to the published article with that headline', () => {
    const linked = importSavedText(seedText, {
      knownArticles: [{ slug: SEED_RELATED_SLUG, headline: handMade.related?.[0]?.headline ?? '' }],
    })
    expect(linked.article.body[3]).toEqual({
      type: 'related',
      slug: SEED_RELATED_SLUG,
      headline: 'Report: Russia Had Sought Aid From CCP Prior To Ukraine Invasion',
    })
  })
})
