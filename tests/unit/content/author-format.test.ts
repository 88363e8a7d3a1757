import { describe, expect, test } from 'vitest'
import {
  lenientAuthorProfileSchema,
  strictAuthorProfileSchema,
} from '../../../src/content/author-format'
import { toAuthorProfileView } from '../../../src/content/listing-view'
import { readFixture } from '../../support/fixtures'

const policy = { mediaOrigins: [], embedProviders: [] }

describe('authors/<slug>.json', () => {
  test('the sample profile is valid as publishers are held to it', () => {
    expect(
      strictAuthorProfileSchema.safeParse(readFixture('listings/profile-helena-barrowcliffe.json'))
        .success,
    ).toBe(true)
  })

  test.each([
    ['a blank name', { name: '  ' }],
    [
      'a link that is not https',
      { name: 'A', links: [{ url: 'javascript:alert(1)', label: 'x' }] },
    ],
    ['a bio that is not a list of paragraphs', { name: 'A', bio: 'One string' }],
    ['a photo without its size', { name: 'A', photo: { src: '/a.jpg', alt: '' } }],
  ])('strictly, %s is refused', (_, profile) => {
    expect(strictAuthorProfileSchema.safeParse(profile).success).toBe(false)
  })

  test('the reader drops a broken photo and link and keeps the rest', () => {
    const data = lenientAuthorProfileSchema.parse({
      name: ' A. Writer ',
      title: 'Reporter',
      bio: ['First.', 42, '  ', 'Second.'],
      photo: { src: 'http://tracker.example/a.jpg', alt: 'A' },
      links: [
        { url: 'javascript:alert(1)', label: 'Bad' },
        { url: 'https://example.org/a', label: 'Site' },
      ],
    })
    expect(toAuthorProfileView(data, policy)).toEqual({
      name: 'A. Writer',
      title: 'Reporter',
      bio: ['First.', 'Second.'],
      photo: undefined,
      links: [{ href: 'https://example.org/a', label: 'Site' }],
    })
  })

  test('a photo from a host the site does not allow is left out', () => {
    const data = lenientAuthorProfileSchema.parse({
      name: 'A',
      photo: { src: 'https://elsewhere.example/a.jpg', alt: 'A', width: 10, height: 10 },
    })
    expect(toAuthorProfileView(data, policy).photo).toBeUndefined()
  })
})
