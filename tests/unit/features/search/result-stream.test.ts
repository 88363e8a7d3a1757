// @vitest-environment node
import { describe, expect, test, vi } from 'vitest'
import { openResultStream } from '../../../../src/features/search/result-stream'

// The order of results with a recent index: the newest stories' matches first, the full index only when
// they are fewer than a page or run out, and no story twice.

const found = (...ids: string[]) => ids.map((id) => ({ id }))
const ids = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => `s${String(from + index)}`)
const show = (matches: readonly { id: string }[]) =>
  Promise.resolve(matches.map((match) => (match.id === 'hidden' ? undefined : match.id)))

describe('openResultStream', () => {
  test('a page of recent matches is answered from the recent index alone', async () => {
    const all = vi.fn(() => Promise.resolve(found(...ids(1, 40))))
    const { page } = await openResultStream(
      { recent: () => Promise.resolve(found(...ids(1, 12))), all, show },
      10,
    )
    expect(page).toEqual({ results: ids(1, 10), total: 12, complete: false })
    expect(all).not.toHaveBeenCalled()
  })

  test('fewer recent matches than a page go straight to the full index', async () => {
    const { page } = await openResultStream(
      {
        recent: () => Promise.resolve(found('s3')),
        all: () => Promise.resolve(found('s9', 's3', 's7')),
        show,
      },
      10,
    )
    expect(page).toEqual({ results: ['s9', 's3', 's7'], total: 3, complete: true })
  })

  test('more, past the recent matches, continues in the full index without repeating a story', async () => {
    const { stream } = await openResultStream(
      {
        recent: () => Promise.resolve(found(...ids(1, 12))),
        all: () => Promise.resolve(found(...ids(5, 30))),
        show,
      },
      10,
    )
    expect(await stream.next(10)).toEqual({
      results: ['s11', 's12', ...ids(13, 20)],
      total: 30,
      complete: true,
    })
    expect(await stream.next(10)).toEqual({ results: ids(21, 30), total: 30, complete: true })
    expect(await stream.next(10)).toEqual({ results: [], total: 30, complete: true })
  })

  test('without a recent index the full index answers, complete', async () => {
    const { page } = await openResultStream(
      { all: () => Promise.resolve(found('s1', 'hidden', 's2')), show },
      10,
    )
    expect(page).toEqual({ results: ['s1', 's2'], total: 3, complete: true })
  })
})
