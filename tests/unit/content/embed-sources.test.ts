import { describe, expect, test } from 'vitest'
import { embedOf, postUrlOf } from '../../../src/content/embed-sources'

// An imported page frames a player; the article keeps the post's own address (what a reader can open without
// the player). Each row is a player address a publisher's old pages really use.

describe('the post behind a player address', () => {
  test.each([
    [
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    ],
    ['//www.youtube.com/embed/dQw4w9WgXcQ?rel=0', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
    ['https://player.vimeo.com/video/76979871?h=abc', 'https://vimeo.com/76979871'],
    [
      'https://www.dailymotion.com/embed/video/x8abc12',
      'https://www.dailymotion.com/video/x8abc12',
    ],
    [
      'https://geo.dailymotion.com/player.html?video=x8abc12',
      'https://www.dailymotion.com/video/x8abc12',
    ],
    ['https://platform.twitter.com/embed/Tweet.html?id=20', 'https://x.com/i/status/20'],
    [
      'https://www.tiktok.com/embed/v2/6718335390845095173',
      'https://www.tiktok.com/video/6718335390845095173',
    ],
    [
      'https://www.tiktok.com/embed/6718335390845095173',
      'https://www.tiktok.com/video/6718335390845095173',
    ],
    [
      'https://embed.bsky.app/embed/did:plc:z72i/app.bsky.feed.post/3kdm6zhfbsn2m',
      'https://bsky.app/profile/did:plc:z72i/post/3kdm6zhfbsn2m',
    ],
    [
      'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fartist%2Ftrack-name',
      'https://soundcloud.com/artist/track-name',
    ],
    [
      'https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Fnasa%2Fposts%2F123',
      'https://www.facebook.com/nasa/posts/123',
    ],
    [
      'https://embed.podcasts.apple.com/us/podcast/the-daily/id1200361736?i=1000',
      'https://podcasts.apple.com/us/podcast/the-daily/id1200361736?i=1000',
    ],
    [
      'https://open.spotify.com/embed/episode/4rOoJ6Egrf8K2IrywzwOMk',
      'https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk',
    ],
    ['https://www.instagram.com/p/C1a2b3c4d5/embed/', 'https://www.instagram.com/p/C1a2b3c4d5/'],
    [
      'https://www.instagram.com/p/C1a2b3c4d5/embed/captioned/',
      'https://www.instagram.com/p/C1a2b3c4d5/',
    ],
    [
      'https://www.instagram.com/p/C1a2b3c4d5/captioned/',
      'https://www.instagram.com/p/C1a2b3c4d5/',
    ],
    [
      'https://www.threads.net/@zuck/post/C1a2b3/embed',
      'https://www.threads.net/@zuck/post/C1a2b3',
    ],
    ['https://www.threads.com/@zuck/post/C1a2b3', 'https://www.threads.net/@zuck/post/C1a2b3'],
    ['https://flo.uri.sh/visualisation/1234567/embed', 'https://flo.uri.sh/visualisation/1234567'],
    ['http://vimeo.com/76979871', 'https://vimeo.com/76979871'],
    ['  https://vimeo.com/76979871  ', 'https://vimeo.com/76979871'],
    ['  //www.youtube.com/embed/dQw4w9WgXcQ', 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'],
  ])('%s is the post %s', (player, post) => {
    expect(postUrlOf(player)).toBe(post)
  })

  test.each([
    ['a YouTube player whose id has a slash in it', 'https://www.youtube.com/embed/a%2Fb'],
    ['a Dailymotion player with no video', 'https://geo.dailymotion.com/player.html'],
    ['a Dailymotion player with a bad id', 'https://geo.dailymotion.com/player.html?video=a/b'],
    ['a tweet player with no id', 'https://platform.twitter.com/embed/Tweet.html'],
    [
      'a tweet player whose id is not a number',
      'https://platform.twitter.com/embed/Tweet.html?id=abc',
    ],
    ['a TikTok player with no video number', 'https://www.tiktok.com/embed/v2/abc'],
    [
      'a Bluesky player with no post',
      'https://embed.bsky.app/embed/did:plc:z72i/app.bsky.feed.post',
    ],
    ['a SoundCloud player with no track', 'https://w.soundcloud.com/player/'],
    [
      'a SoundCloud player for another site',
      'https://w.soundcloud.com/player/?url=https%3A%2F%2Fevil.example%2Fa%2Fb',
    ],
    [
      'a SoundCloud player for an artist, not a track',
      'https://w.soundcloud.com/player/?url=https%3A%2F%2Fsoundcloud.com%2Fartist',
    ],
    ['a Facebook plugin with no post', 'https://www.facebook.com/plugins/post.php'],
    ['an address that is not one', 'not a url'],
    ['a scheme other than the web', 'javascript:alert(1)'],
    ['a scheme that only ends like the web’s', 'xhttp://vimeo.com/76979871'],
    [
      'a Dailymotion player with no video id at all',
      'https://geo.dailymotion.com/player.html?video=',
    ],
    [
      'a SoundCloud player with an address that is not one',
      'https://w.soundcloud.com/player/?url=%3A%3A',
    ],
  ])('%s has none', (_what, player) => {
    expect(postUrlOf(player)).toBeUndefined()
  })

  test.each([
    ['a post address', 'https://vimeo.com/76979871'],
    ['a player of no known provider', 'https://player.example/embed/1'],
    ['a Vimeo player whose id is not a number', 'https://player.vimeo.com/video/abc'],
    ['a Dailymotion player in another shape', 'https://www.dailymotion.com/embed/playlist/x1'],
    [
      'a Spotify page that is not a player',
      'https://open.spotify.com/episode/4rOoJ6Egrf8K2IrywzwOMk',
    ],
    ['an Instagram post page', 'https://www.instagram.com/p/C1a2b3c4d5/'],
    ['a Flourish page that is not a player', 'https://flo.uri.sh/visualisation/1234567'],
    // Look-alikes: the same paths on other hosts, and other paths on the players' hosts, are not players.
    ['a host that only contains YouTube’s name', 'https://youtube.www.com/embed/dQw4w9WgXcQ'],
    ['a YouTube short', 'https://www.youtube.com/shorts/abcDEF12345'],
    ['a Dailymotion video page with a numeric id', 'https://www.dailymotion.com/video/12345'],
    ['a Vimeo channel on the player host', 'https://player.vimeo.com/channels/12345'],
    ['an embed path on another host', 'https://video.example/embed/video/x8abc12'],
    ['a Dailymotion user’s videos', 'https://www.dailymotion.com/user/video/x8abc12'],
    ['a numbered embed on another host', 'https://video.example/embed/6718335390845095173'],
    [
      'a Bluesky-shaped path on another host',
      'https://posts.example/embed/did:plc:z72i/app.bsky.feed.post/3kdm6',
    ],
    [
      'a Bluesky embed of something that is not a post',
      'https://embed.bsky.app/embed/did:plc:z72i/app.bsky.feed.like/3kdm6',
    ],
    [
      'a Bluesky player address without its embed folder',
      'https://embed.bsky.app/static/did:plc:z72i/app.bsky.feed.post/3kdm6',
    ],
    [
      'a plugin path on another host',
      'https://social.example/plugins/post.php?href=https%3A%2F%2Fvimeo.com%2F1',
    ],
    ['an Instagram post’s comments', 'https://www.instagram.com/p/C1a2b3c4d5/comments/'],
    [
      'a Flourish-shaped player on another host',
      'https://charts.example/visualisation/1234567/embed',
    ],
  ])('%s is kept as it is', (_what, address) => {
    expect(postUrlOf(address)).toBe(address)
  })
})

describe('the embed an importer finds', () => {
  test('a known player names its provider and its post', () => {
    expect(embedOf('https://player.vimeo.com/video/76979871')).toEqual({
      provider: 'vimeo',
      url: 'https://vimeo.com/76979871',
    })
  })

  test('a page of no known provider is no embed', () => {
    expect(embedOf('https://news.example/story')).toBeUndefined()
  })

  test('an address that is not one is no embed', () => {
    expect(embedOf('::')).toBeUndefined()
  })

  test('a player that names no post is no embed', () => {
    expect(embedOf('https://platform.twitter.com/embed/Tweet.html')).toBeUndefined()
  })
})
