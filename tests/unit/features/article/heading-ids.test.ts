import { describe, expect, test } from 'vitest'
import type { BlockView } from '../../../../src/content/block-view'
import { contentsOf, slugOf } from '../../../../src/features/article/heading-ids'

function heading(key: string, text: string): BlockView {
  return { type: 'heading', key, text }
}

describe('slugOf', () => {
  test.each([
    ['Seeing the invisible', 'seeing-the-invisible'],
    ['  What’s next?  ', 'what-s-next'],
    ['كيف بدأت الفكرة', 'كيف-بدأت-الفكرة'],
    ['Ünïcödé & co.', 'ünïcödé-co'],
    ['!!!', 'section'],
    ['x'.repeat(100), 'x'.repeat(60)],
  ])('%s → %s', (text, slug) => {
    expect(slugOf(text)).toBe(slug)
  })
})

describe('contentsOf', () => {
  test('lists only sub-headings, in order, each with a unique id', () => {
    const blocks: BlockView[] = [
      heading('a', 'Background'),
      {
        type: 'paragraph',
        key: 'p',
        runs: [{ text: 'Text', emphasis: false, strong: false, code: false }],
      },
      heading('b', 'Background'),
      heading('c', 'Background'),
    ]
    expect(contentsOf(blocks).map((entry) => entry.id)).toEqual([
      'background',
      'background-2',
      'background-3',
    ])
  })

  test('never takes an id the page or the photo viewer already uses', () => {
    expect(contentsOf([heading('a', 'Main'), heading('b', 'Photo 2')]).map((e) => e.id)).toEqual([
      'section-main',
      'section-photo-2',
    ])
  })
})
