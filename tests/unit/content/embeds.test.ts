import { describe, expect, test } from 'vitest'
import { EMBED_PROVIDERS } from '../../../src/content/embed-providers'
import type { EmbedProvider } from '../../../src/content/embed-providers'
import {
  embedFrameOrigins,
  embedFrameSrc,
  embedKind,
  embedProviderName,
  embedProviderOf,
  embedSize,
} from '../../../src/content/embeds'

// What the reader frames is derived from the post's own address by a fixed pattern: a feed can name a post,
// never a player URL of its choosing.

describe('the player framed for a post', () => {
  test.each<[EmbedProvider, string, string]>([
    [
      'youtube',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    ],
    [
      'youtube',
      'https://youtu.be/dQw4w9WgXcQ',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    ],
    [
      'youtube',
      'https://www.youtube.com/shorts/abcDEF12345',
      'https://www.youtube-nocookie.com/embed/abcDEF12345',
    ],
    ['vimeo', 'https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871?dnt=1'],
    [
      'dailymotion',
      'https://www.dailymotion.com/video/x8abc12',
      'https://geo.dailymotion.com/player.html?video=x8abc12',
    ],
    [
      'x',
      'https://x.com/nasa/status/1234567890123456789',
      'https://platform.twitter.com/embed/Tweet.html?id=1234567890123456789&dnt=true',
    ],
    [
      'x',
      'https://twitter.com/nasa/status/20',
      'https://platform.twitter.com/embed/Tweet.html?id=20&dnt=true',
    ],
    [
      'instagram',
      'https://www.instagram.com/p/C1a2b3c4d5/',
      'https://www.instagram.com/p/C1a2b3c4d5/embed/',
    ],
    [
      'tiktok',
      'https://www.tiktok.com/@scout2015/video/6718335390845095173',
      'https://www.tiktok.com/embed/v2/6718335390845095173',
    ],
    [
      'bluesky',
      'https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/3kdm6zhfbsn2m',
      'https://embed.bsky.app/embed/did:plc:z72i7hdynmk6r22z27h6tvur/app.bsky.feed.post/3kdm6zhfbsn2m',
    ],
    [
      'threads',
      'https://www.threads.net/@zuck/post/C1a2b3',
      'https://www.threads.net/%40zuck/post/C1a2b3/embed',
    ],
    [
      'spotify',
      'https://open.spotify.com/intl-fr/episode/4rOoJ6Egrf8K2IrywzwOMk',
      'https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk',
    ],
    [
      'soundcloud',
      'https://soundcloud.com/artist/track-name',
      'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fartist%2Ftrack-name',
    ],
    [
      'datawrapper',
      'https://datawrapper.dwcdn.net/AbC12/3/',
      'https://datawrapper.dwcdn.net/AbC12/3/',
    ],
    [
      'flourish',
      'https://public.flourish.studio/visualisation/1234567/',
      'https://flo.uri.sh/visualisation/1234567/embed',
    ],
  ])('%s: %s', (provider, url, frame) => {
    expect(embedFrameSrc(provider, url)).toBe(frame)
  })

  test.each<[EmbedProvider, string]>([
    ['youtube', 'https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ'],
    ['youtube', 'http://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['youtube', 'https://www.youtube.com/watch?v=<script>'],
    ['youtube', 'javascript:alert(1)//youtube.com'],
    ['vimeo', 'https://evilvimeo.com/123'],
    ['x', 'https://x.com/nasa/status/not-a-number'],
    ['bluesky', 'https://bsky.app/profile/someone.bsky.social/post/3kdm6zhfbsn2m'],
    ['instagram', 'https://www.instagram.com/explore/tags/news/'],
    ['spotify', 'https://open.spotify.com/user/someone'],
    ['youtube', 'not a url'],
  ])('%s refuses %s', (provider, url) => {
    expect(embedFrameSrc(provider, url)).toBeUndefined()
  })

  test('every provider frames only from the origins the CSP will list for it', () => {
    const samples: Record<EmbedProvider, string> = {
      youtube: 'https://youtu.be/dQw4w9WgXcQ',
      vimeo: 'https://vimeo.com/1',
      dailymotion: 'https://dai.ly/x8abc12',
      x: 'https://x.com/a/status/1',
      instagram: 'https://www.instagram.com/reel/abc/',
      tiktok: 'https://www.tiktok.com/@a/video/1',
      bluesky: 'https://bsky.app/profile/did:plc:abc/post/xyz',
      threads: 'https://www.threads.net/@a/post/b',
      facebook: 'https://www.facebook.com/nasa/posts/123',
      spotify: 'https://open.spotify.com/track/abc',
      soundcloud: 'https://soundcloud.com/a/b',
      'apple-podcasts': 'https://podcasts.apple.com/us/podcast/x/id123',
      datawrapper: 'https://datawrapper.dwcdn.net/AbC12/',
      flourish: 'https://flo.uri.sh/story/12/',
    }
    for (const provider of EMBED_PROVIDERS) {
      const frame = embedFrameSrc(provider, samples[provider])
      expect(frame, provider).toBeDefined()
      expect(embedFrameOrigins([provider])).toContain(new URL(frame ?? '').origin)
    }
  })

  test('the frame origins of no provider are none, so frame-src can be left out', () => {
    expect(embedFrameOrigins([])).toEqual([])
  })
})

describe('recognising a provider from an address', () => {
  test.each([
    ['https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'youtube'],
    ['https://player.vimeo.com/video/76979871', 'vimeo'],
    ['https://open.spotify.com/embed/track/abc', 'spotify'],
    ['https://example.com/video', undefined],
  ])('%s is %s', (address, provider) => {
    expect(embedProviderOf(address)).toBe(provider)
  })
})

describe('what the card says before the player loads, and the room it keeps', () => {
  // The card names the provider and what loads ("Load the YouTube video"), and reserves the player's size so
  // nothing below it moves when the reader asks for it.
  test.each<[EmbedProvider, string, string, { aspectRatio: number } | { height: number }]>([
    ['youtube', 'YouTube', 'video', { aspectRatio: 16 / 9 }],
    ['vimeo', 'Vimeo', 'video', { aspectRatio: 16 / 9 }],
    ['dailymotion', 'Dailymotion', 'video', { aspectRatio: 16 / 9 }],
    ['x', 'X', 'post', { height: 560 }],
    ['instagram', 'Instagram', 'post', { height: 720 }],
    ['tiktok', 'TikTok', 'video', { height: 740 }],
    ['bluesky', 'Bluesky', 'post', { height: 560 }],
    ['threads', 'Threads', 'post', { height: 600 }],
    ['facebook', 'Facebook', 'post', { height: 600 }],
    ['spotify', 'Spotify', 'audio', { height: 232 }],
    ['soundcloud', 'SoundCloud', 'audio', { height: 166 }],
    ['apple-podcasts', 'Apple Podcasts', 'audio', { height: 175 }],
    ['datawrapper', 'Datawrapper', 'chart', { height: 480 }],
    ['flourish', 'Flourish', 'chart', { height: 575 }],
  ])('%s is called %s, shows a %s, and keeps %o', (provider, name, kind, size) => {
    expect(embedProviderName(provider)).toBe(name)
    expect(embedKind(provider)).toBe(kind)
    expect(embedSize(provider)).toEqual(size)
  })
})

describe('the player framed for other addresses of a post', () => {
  test.each<[EmbedProvider, string, string | undefined]>([
    [
      'youtube',
      'https://m.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    ],
    [
      'youtube',
      'https://www.youtube.com/live/dQw4w9WgXcQ',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    ],
    [
      'youtube',
      'https://www.youtube.com/embed/dQw4w9WgXcQ',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    ],
    ['youtube', 'https://www.youtube.com/watch', undefined],
    ['youtube', 'https://www.youtube.com/channel/UC123', undefined],
    ['youtube', 'https://youtu.be/', undefined],
    [
      'vimeo',
      'https://player.vimeo.com/video/76979871',
      'https://player.vimeo.com/video/76979871?dnt=1',
    ],
    ['vimeo', 'https://vimeo.com/channels/staffpicks', undefined],
    [
      'dailymotion',
      'https://dai.ly/x8abc12',
      'https://geo.dailymotion.com/player.html?video=x8abc12',
    ],
    ['dailymotion', 'https://www.dailymotion.com/playlist/x8abc12', undefined],
    [
      'x',
      'https://mobile.twitter.com/nasa/status/20',
      'https://platform.twitter.com/embed/Tweet.html?id=20&dnt=true',
    ],
    ['x', 'https://x.com/nasa/likes/20', undefined],
    ['x', 'https://x.com/nasa/status', undefined],
    [
      'instagram',
      'https://www.instagram.com/reel/Abc123/',
      'https://www.instagram.com/reel/Abc123/embed/',
    ],
    [
      'instagram',
      'https://www.instagram.com/tv/Abc123/',
      'https://www.instagram.com/tv/Abc123/embed/',
    ],
    ['instagram', 'https://www.instagram.com/p/', undefined],
    ['tiktok', 'https://www.tiktok.com/@scout2015', undefined],
    ['tiktok', 'https://www.tiktok.com/@scout2015/video/abc', undefined],
    ['bluesky', 'https://bsky.app/profile/did:plc:z72i/feed/3kdm6', undefined],
    ['bluesky', 'https://bsky.app/profile/did:plc:z72i/post', undefined],
    ['bluesky', 'https://bsky.app/search/did:plc:z72i/post/3kdm6', undefined],
    ['bluesky', 'https://bsky.app/profile/did:PLC:z72i/post/3kdm6', undefined],
    [
      'threads',
      'https://www.threads.com/@zuck/post/C1a2b3',
      'https://www.threads.net/%40zuck/post/C1a2b3/embed',
    ],
    ['threads', 'https://www.threads.net/zuck/post/C1a2b3', undefined],
    ['threads', 'https://www.threads.net/@zuck/reply/C1a2b3', undefined],
    [
      'facebook',
      'https://m.facebook.com/nasa/posts/123',
      'https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fm.facebook.com%2Fnasa%2Fposts%2F123',
    ],
    ['facebook', 'https://www.facebook.com/nasa', undefined],
    [
      'spotify',
      'https://open.spotify.com/embed/album/4aawyAB9vmqN3uQ7FjRGTy',
      'https://open.spotify.com/embed/album/4aawyAB9vmqN3uQ7FjRGTy',
    ],
    [
      'spotify',
      'https://open.spotify.com/playlist/37i9dQZF1DXcBWIGoYBM5M',
      'https://open.spotify.com/embed/playlist/37i9dQZF1DXcBWIGoYBM5M',
    ],
    ['spotify', 'https://open.spotify.com/show/abc', 'https://open.spotify.com/embed/show/abc'],
    ['spotify', 'https://open.spotify.com/artist/abc', 'https://open.spotify.com/embed/artist/abc'],
    ['spotify', 'https://open.spotify.com/track', undefined],
    [
      'soundcloud',
      'https://m.soundcloud.com/artist/track-name',
      'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fartist%2Ftrack-name',
    ],
    ['soundcloud', 'https://soundcloud.com/artist', undefined],
    [
      'apple-podcasts',
      'https://podcasts.apple.com/us/podcast/x/id123?i=1',
      'https://embed.podcasts.apple.com/us/podcast/x/id123?i=1',
    ],
    ['apple-podcasts', 'https://music.apple.com/us/album/x/123', undefined],
    ['datawrapper', 'https://datawrapper.dwcdn.net/AbC12/', 'https://datawrapper.dwcdn.net/AbC12/'],
    [
      'datawrapper',
      'https://datawrapper.dwcdn.net/AbC12/latest/',
      'https://datawrapper.dwcdn.net/AbC12/',
    ],
    ['datawrapper', 'https://datawrapper.dwcdn.net/', undefined],
    ['flourish', 'https://public.flourish.studio/story/12/', 'https://flo.uri.sh/story/12/embed'],
    ['flourish', 'https://flo.uri.sh/visualisation/abc/embed', undefined],
    ['flourish', 'https://flo.uri.sh/dashboard/12/embed', undefined],
  ])('%s frames %s as %s', (provider, url, frame) => {
    expect(embedFrameSrc(provider, url)).toBe(frame)
  })
})
