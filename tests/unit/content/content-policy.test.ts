import { describe, expect, test } from 'vitest'
import { disallowedOrigins, isAllowedMediaUrl } from '../../../src/content/content-policy'

const policy = { mediaOrigins: ['https://img.example'], embedProviders: [] }

describe('which media a site lets an article load', () => {
  test.each([
    ['/content/images/a.jpg', true],
    ['https://img.example/a.jpg', true],
    ['https://img.example.evil.example/a.jpg', false],
    ['https://other.example/a.jpg', false],
    ['//img.example/a.jpg', false],
    ['/\\img.example/a.jpg', false],
    ['http://img.example/a.jpg', false],
  ])('%s: %s', (url, allowed) => {
    expect(isAllowedMediaUrl(url, policy)).toBe(allowed)
  })

  test('names each origin that still needs allowing once, in order', () => {
    expect(
      disallowedOrigins(
        [
          'https://cdn.b.example/1.jpg',
          '/local.jpg',
          'https://img.example/ok.jpg',
          'https://cdn.a.example/2.jpg',
          'https://cdn.b.example/3.jpg',
        ],
        policy,
      ),
    ).toEqual(['https://cdn.a.example', 'https://cdn.b.example'])
  })
})
