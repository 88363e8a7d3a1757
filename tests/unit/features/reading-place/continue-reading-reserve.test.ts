// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import { reserveContinueReading } from '../../../../src/features/reading-place/continue-reading-reserve'
import { PLACES_KEY } from '../../../../src/features/reading-place/reading-places'

function place(slug: string, progress: number, at: number) {
  return { slug, headline: `Headline ${slug}`, language: 'en', block: 2, progress, at }
}

function storageHolding(value: string | null): () => Storage {
  return () => ({ getItem: (key: string) => (key === PLACES_KEY ? value : null) }) as Storage
}

describe('reserveContinueReading (the boot script’s count, before the first paint)', () => {
  it.each([
    ['nothing stored', null, null],
    ['broken JSON', '{not json', null],
    [
      'only finished or barely begun articles',
      JSON.stringify([place('a', 0.99, 2), place('b', 0.01, 1)]),
      null,
    ],
    [
      'two unfinished, one finished',
      JSON.stringify([place('a', 0.5, 3), place('b', 0.99, 2), place('c', 0.2, 1)]),
      '2',
    ],
    [
      'six unfinished: the row shows four',
      JSON.stringify([1, 2, 3, 4, 5, 6].map((n) => place(`s${String(n)}`, 0.5, n))),
      '4',
    ],
    [
      'the same article twice counts once',
      JSON.stringify([place('a', 0.5, 2), place('a', 0.4, 1)]),
      '1',
    ],
  ])('%s → data-continue-reading=%s', (_, stored, expected) => {
    const root = document.createElement('html')
    root.setAttribute('data-continue-reading', '3')
    reserveContinueReading(root, storageHolding(stored))
    expect(root.getAttribute('data-continue-reading')).toBe(expected)
  })

  it('blocked storage reserves nothing and does not throw', () => {
    const root = document.createElement('html')
    reserveContinueReading(root, () => {
      throw new DOMException('blocked', 'SecurityError')
    })
    expect(root.hasAttribute('data-continue-reading')).toBe(false)
  })
})
