// @vitest-environment node
import { describe, expect, test } from 'vitest'
import { recentRecords } from '../../../../build/syndication/search-recent'

const record = (day: number | undefined) => ({
  url: `/articles/day-${String(day)}`,
  content: 'text',
  language: 'en',
  ...(day !== undefined && {
    sort: { published: new Date(Date.UTC(2024, 0, day, 12)).toISOString() },
  }),
})

describe('recentRecords', () => {
  test('holds the newest stories, newest first, whatever order they come in', () => {
    const records = [record(3), record(9), record(1), record(7), record(5)]
    expect(recentRecords(records, 3).map((each) => each.url)).toEqual([
      '/articles/day-9',
      '/articles/day-7',
      '/articles/day-5',
    ])
  })

  test('is empty when the archive is no larger than it: the full index is as cheap', () => {
    expect(recentRecords([record(1), record(2)], 2)).toEqual([])
  })

  test('leaves out a story with no publication date, which cannot be placed in time', () => {
    const records = [record(undefined), record(2), record(1)]
    expect(recentRecords(records, 2).map((each) => each.url)).toEqual([
      '/articles/day-2',
      '/articles/day-1',
    ])
  })
})
