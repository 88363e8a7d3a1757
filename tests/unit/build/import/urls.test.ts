import { describe, expect, test } from 'vitest'
import { isTrackingPixel, linkHref, resolveImageSrc } from '../../../../build/import/images'

const PAGE = 'https://news.example/world/2024/story'

describe('image sources', () => {
  test.each([
    ['https://cdn.example/a.jpg', PAGE, 'https://cdn.example/a.jpg'],
    ['/images/a.jpg', PAGE, 'https://news.example/images/a.jpg'],
    ['a.jpg', PAGE, 'https://news.example/world/2024/a.jpg'],
  ])('keeps %s (page %s) as %s', (raw, page, src) => {
    expect(resolveImageSrc(raw, page)).toEqual({ ok: true, src })
  })

  test.each([
    ['javascript:alert(1)', 'unsafe'],
    ['data:image/gif;base64,R0lGOD', 'unsafe'],
    ['http://cdn.example/a.jpg', 'unsafe'],
    ['//cdn.example/a.jpg', 'unsafe'],
    ['/images/a.jpg', 'relative'],
    ['', 'missing'],
  ])('drops %j without an https page address (%s)', (raw, reason) => {
    expect(resolveImageSrc(raw, undefined)).toEqual({ ok: false, reason })
  })
})

describe('link addresses', () => {
  test.each([
    ['/articles/river-salmon', undefined, '/articles/river-salmon'],
    ['https://news.example/articles/river-salmon/', PAGE, '/articles/river-salmon'],
    [
      'https://other.example/articles/river-salmon',
      PAGE,
      'https://other.example/articles/river-salmon',
    ],
    ['/politics/budget', PAGE, 'https://news.example/politics/budget'],
    ['/politics/budget', undefined, undefined],
    ['http://news.example/a', PAGE, undefined],
    ['javascript:alert(1)', PAGE, undefined],
    ['//evil.example/a', PAGE, undefined],
    ['mailto:desk@news.example', PAGE, undefined],
  ])('%s on %s links to %s', (raw, page, href) => {
    expect(linkHref(raw, page)).toBe(href)
  })
})

describe('tracking pixels', () => {
  test.each([
    ['https://cdn.example/a.gif', 1, 1, true],
    ['https://cdn.example/a.gif', 600, 2, true],
    ['https://stats.example/pixel.gif?id=1', undefined, undefined, true],
    ['https://www.facebook.com/tr?id=1&ev=PageView', undefined, undefined, true],
    ['https://cdn.example/photo.jpg', undefined, undefined, false],
    ['https://cdn.example/pixel-art-exhibition.jpg', 1200, 800, false],
  ])('%s at %sx%s is a pixel: %s', (src, width, height, expected) => {
    expect(isTrackingPixel(src, width, height)).toBe(expected)
  })
})
