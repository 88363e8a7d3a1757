import { describe, expect, test } from 'vitest'
import {
  bucketCount,
  bucketFile,
  bucketOfPage,
  pageCountOf,
  pageOfBucket,
} from '../../../src/content/index-layout'

describe('the index layout that publishing never renumbers', () => {
  test.each([
    [0, 0, 1],
    [29, 0, 1],
    [59, 0, 1],
    [60, 1, 2],
    [89, 1, 2],
    [90, 2, 3],
    [1_000_000, 33_332, 33_333],
  ])('%i stories make %i full buckets and %i pages', (count, buckets, pages) => {
    expect(bucketCount(count)).toBe(buckets)
    expect(pageCountOf(count)).toBe(pages)
  })

  test('page 2 is the newest bucket and the last page the oldest', () => {
    expect(bucketOfPage(2, 5)).toBe(3)
    expect(bucketOfPage(5, 5)).toBe(0)
    expect(pageOfBucket(bucketOfPage(4, 9), 9)).toBe(4)
  })

  test('a full bucket lives in buckets/, by its number from the oldest', () => {
    expect([bucketFile(0), bucketFile(12)]).toEqual(['buckets/0.json', 'buckets/12.json'])
  })
})
