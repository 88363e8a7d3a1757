import { describe, expect, test } from 'vitest'
import {
  isUnfinished,
  MAX_PLACES,
  parsePlaces,
  withPlace,
} from '../../../../src/features/reading-place/reading-places'
import type { ReadingPlace } from '../../../../src/features/reading-place/reading-places'

function place(slug: string, at: number, progress = 0.4): ReadingPlace {
  return { slug, headline: `Headline ${slug}`, language: 'en', block: 3, progress, at }
}

describe('parsePlaces', () => {
  test.each([
    ['nothing stored', null],
    ['broken JSON', '[{"slug": '],
    ['an object', '{"slug": "a"}'],
    ['a number', '7'],
  ])('%s is no places', (_case, raw) => {
    expect(parsePlaces(raw)).toEqual([])
  })

  test('drops each broken entry alone and clamps the rest', () => {
    const raw = JSON.stringify([
      place('good', 3),
      { ...place('../../etc', 2) },
      { ...place('no-headline', 2), headline: '  ' },
      { ...place('clamped', 1), progress: 7, block: -4.5, language: '<script>' },
      'junk',
      null,
    ])
    expect(parsePlaces(raw)).toEqual([
      place('good', 3),
      { ...place('clamped', 1), progress: 1, block: 0 },
    ])
  })

  test('keeps the newest place of each article, newest first, at most 100', () => {
    const many = Array.from({ length: 150 }, (_, index) => place(`article-${String(index)}`, index))
    const raw = JSON.stringify([place('article-149', 1), ...many])
    const places = parsePlaces(raw)
    expect(places).toHaveLength(MAX_PLACES)
    expect(places[0]).toEqual(place('article-149', 149))
    expect(places.at(-1)?.slug).toBe('article-50')
  })
})

describe('withPlace', () => {
  test('puts the article first, once, and lets the oldest fall off past 100', () => {
    const full = Array.from({ length: MAX_PLACES }, (_, index) =>
      place(`article-${String(index)}`, 1000 - index),
    )
    const next = withPlace(full, place('article-5', 2000))
    expect(next).toHaveLength(MAX_PLACES)
    expect(next.filter((p) => p.slug === 'article-5')).toHaveLength(1)
    expect(next[0]?.slug).toBe('article-5')
    const added = withPlace(full, place('new', 3000))
    expect(added).toHaveLength(MAX_PLACES)
    expect(added.some((p) => p.slug === `article-${String(MAX_PLACES - 1)}`)).toBe(false)
  })
})

test.each([
  [0, false],
  [0.02, false],
  [0.4, true],
  [0.96, false],
])('a place %d through the article is unfinished: %s', (progress, unfinished) => {
  expect(isUnfinished(place('a', 1, progress))).toBe(unfinished)
})
