// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { PLACES_KEY } from '../../../../src/features/reading-place/reading-places'
import { reserveYourPlace } from '../../../../src/features/reading-place/your-place-reserve'

function place(slug: string, progress: number) {
  return { slug, headline: `Headline ${slug}`, language: 'en', block: 2, progress, at: 1 }
}

function storageHolding(value: string | null): () => Storage {
  return () => ({ getItem: (key: string) => (key === PLACES_KEY ? value : null) }) as Storage
}

const HALF_READ = JSON.stringify([place('night-buses', 0.4)])

describe('reserveYourPlace (the boot script’s look at this article’s place, before the first paint)', () => {
  it.each([
    ['an article read to 40%', '/articles/night-buses', HALF_READ, true],
    [
      'under a base path, as the prerendered file',
      '/news/articles/night-buses.html',
      HALF_READ,
      true,
    ],
    ['another article', '/articles/salmon', HALF_READ, false],
    ['the front page', '/', HALF_READ, false],
    ['an article whose slug only begins the same', '/articles/night-buses-2', HALF_READ, false],
    [
      'read to the end',
      '/articles/night-buses',
      JSON.stringify([place('night-buses', 0.99)]),
      false,
    ],
    ['barely begun', '/articles/night-buses', JSON.stringify([place('night-buses', 0.01)]), false],
    ['broken JSON', '/articles/night-buses', '{not json', false],
    ['nothing stored', '/articles/night-buses', null, false],
  ])('%s → held: %s', (_, pathname, stored, held) => {
    const root = document.createElement('html')
    root.setAttribute('data-your-place', '')
    reserveYourPlace(root, storageHolding(stored), pathname)
    expect(root.hasAttribute('data-your-place')).toBe(held)
  })

  it('blocked storage holds nothing and does not throw', () => {
    const root = document.createElement('html')
    reserveYourPlace(
      root,
      () => {
        throw new DOMException('blocked', 'SecurityError')
      },
      '/articles/night-buses',
    )
    expect(root.hasAttribute('data-your-place')).toBe(false)
  })
})
