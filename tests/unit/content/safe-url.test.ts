import { describe, expect, test } from 'vitest'
import {
  articleSlugFromPath,
  isHttpsUrlString,
  isSafeUrl,
  isSlug,
  MAX_SLUG_LENGTH,
} from '../../../src/content/safe-url'

describe('isSafeUrl', () => {
  test.each([
    '/content/images/photo.jpg',
    'https://images.example.com/photo.jpg',
    'HTTPS://images.example.com/photo.jpg',
  ])('allows %s', (url) => {
    expect(isSafeUrl(url)).toBe(true)
  })

  test.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:image/svg+xml;base64,PHN2Zz4=',
    'http://example.com/photo.jpg',
    '//evil.example/photo.jpg',
    '/\\evil.example/photo.jpg',
    'https://',
    'photo.jpg',
    '',
    '/content/images/photo.jpg\n',
    'https://example.com/\u2028',
  ])('refuses %j', (url) => {
    expect(isSafeUrl(url)).toBe(false)
  })
})

describe('slugs', () => {
  test.each([
    ['a', true],
    ['us-deep-concerns', true],
    ['2022-report', true],
    ['Upper', false],
    ['double--hyphen', false],
    ['-leading', false],
    ['trailing-', false],
    ['../etc/passwd', false],
    ['a%2Fb', false],
    ['a'.repeat(200), true],
    ['a'.repeat(201), false],
  ])('%s is a slug: %s', (value, expected) => {
    expect(isSlug(value)).toBe(expected)
  })

  test.each([
    ['/articles/a-story', 'a-story'],
    ['/articles/a-story/', undefined],
    ['/articles/../secret', undefined],
    ['https://example.com/articles/a-story', undefined],
  ])('%s links to the article %s', (path, slug) => {
    expect(articleSlugFromPath(path)).toBe(slug)
  })
})

describe('links a reader may follow', () => {
  test('an https URL is written with its two slashes', () => {
    expect(isHttpsUrlString('https:example.com/story')).toBe(false)
    expect(isHttpsUrlString('https://example.com/story')).toBe(true)
  })

  test('an article link whose slug is longer than any file name may be opens no article', () => {
    expect(articleSlugFromPath(`/articles/${'a'.repeat(MAX_SLUG_LENGTH + 1)}`)).toBeUndefined()
    expect(articleSlugFromPath(`/articles/${'a'.repeat(MAX_SLUG_LENGTH)}`)).toBe(
      'a'.repeat(MAX_SLUG_LENGTH),
    )
  })
})
