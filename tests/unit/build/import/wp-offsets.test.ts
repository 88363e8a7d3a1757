import { describe, expect, test } from 'vitest'
import { SiteOffsets } from '../../../../build/import/wp-offsets'

describe('the site’s UTC offset, learnt from posts with both dates', () => {
  test('a site with one offset gives it to any date', () => {
    const offsets = new SiteOffsets()
    offsets.add('2024-05-10 19:00:00', '2024-05-10 16:00:00')
    offsets.add('2023-01-02 09:00:00', '2023-01-02 06:00:00')
    expect(offsets.near('2019-03-02 12:00:00')).toBe('+03:00')
  })

  test('a site with summer time takes the offset of the nearest day', () => {
    const offsets = new SiteOffsets()
    offsets.add('2024-01-15 09:00:00', '2024-01-15 09:00:00')
    offsets.add('2024-07-15 09:00:00', '2024-07-15 08:00:00')
    expect(offsets.near('2024-07-20 10:00:00')).toBe('+01:00')
    expect(offsets.near('2024-01-10 10:00:00')).toBe('+00:00')
  })

  test('a site with summer time gives no offset when no post is near enough', () => {
    const offsets = new SiteOffsets()
    offsets.add('2024-01-15 09:00:00', '2024-01-15 09:00:00')
    offsets.add('2024-07-15 09:00:00', '2024-07-15 08:00:00')
    expect(offsets.near('2024-04-15 10:00:00')).toBeUndefined()
  })

  test('negative and half-hour offsets', () => {
    const offsets = new SiteOffsets()
    offsets.add('2024-05-10 05:30:00', '2024-05-10 10:00:00')
    expect(offsets.near('2024-05-11 10:00:00')).toBe('-04:30')
  })

  test('unset and hand-edited dates teach nothing', () => {
    const offsets = new SiteOffsets()
    offsets.add('2024-05-10 19:00:00', '0000-00-00 00:00:00')
    offsets.add('2024-05-10 19:07:00', '2024-05-10 16:00:00')
    expect(offsets.near('2024-05-10 12:00:00')).toBeUndefined()
  })
})
