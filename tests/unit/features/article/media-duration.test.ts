import { describe, expect, test } from 'vitest'
import { formatDuration } from '../../../../src/features/article/blocks/media-duration'

describe('a media duration', () => {
  test.each([
    [4, '0:04', 'PT4S'],
    [150, '2:30', 'PT2M30S'],
    [3909, '1:05:09', 'PT1H5M9S'],
    [0.2, '0:01', 'PT1S'],
  ])('of %d seconds reads %s', (seconds, text, iso) => {
    expect(formatDuration(seconds)).toEqual({ text, iso })
  })
})
