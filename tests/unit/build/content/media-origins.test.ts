import { describe, expect, test } from 'vitest'
import { mediaOriginAdvice } from '../../../../build/content/media-origins'
import { mediaUrlsOf } from '../../../../build/content/media-urls'

const article = {
  leadImage: { src: 'https://cdn.news.example/lead.jpg', alt: '', width: 1, height: 1 },
  body: [
    {
      type: 'video',
      src: 'https://video.news.example/a.mp4',
      poster: 'https://cdn.news.example/p.jpg',
      title: 'V',
      tracks: [{ src: 'https://video.news.example/a.vtt' }],
    },
    { type: 'paragraph', text: [{ text: 'x', href: 'https://elsewhere.example/' }] },
    { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=x', title: 'Y' },
    { type: 'image', image: { src: '/images/local.jpg', alt: '', width: 1, height: 1 } },
  ],
}

describe('the media origins an article needs', () => {
  test('are its photos, posters, players and tracks, not its links or embeds', () => {
    expect(mediaUrlsOf(article)).toEqual([
      'https://cdn.news.example/lead.jpg',
      'https://video.news.example/a.mp4',
      'https://cdn.news.example/p.jpg',
      'https://video.news.example/a.vtt',
      '/images/local.jpg',
    ])
  })

  test.each([
    [[], ['https://cdn.news.example', 'https://video.news.example']],
    [['https://cdn.news.example'], ['https://video.news.example']],
  ])('with VITE_IMAGE_HOSTS %j, names %j and says how to allow them', (hosts, missing) => {
    const advice = mediaOriginAdvice([article], {
      policy: { mediaOrigins: hosts, embedProviders: [] },
      imageHosts: hosts,
    })
    expect(advice[1]).toBe(
      `to allow ${missing.length === 1 ? 'it' : 'them'}: add ${missing.join(' ')} to VITE_IMAGE_HOSTS (space-separated), i.e. VITE_IMAGE_HOSTS="${[...hosts, ...missing].join(' ')}"`,
    )
  })

  test('says nothing when every origin is allowed', () => {
    const hosts = ['https://cdn.news.example', 'https://video.news.example']
    expect(
      mediaOriginAdvice([article], {
        policy: { mediaOrigins: hosts, embedProviders: [] },
        imageHosts: hosts,
      }),
    ).toEqual([])
  })
})
