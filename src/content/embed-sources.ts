import type { EmbedProvider } from './embed-providers'
import { embedProviderOf } from './embeds'

// An iframe's src names the player, not the post. The format stores the post's own address (what a reader
// could open without the player), so the importers map the common player addresses back to it first.

function parsed(address: string): URL | undefined {
  try {
    return new URL(address.startsWith('//') ? `https:${address}` : address)
    // Stryker disable next-line BlockStatement: an empty catch block returns undefined as well
  } catch {
    return undefined
  }
}

const host = (url: URL) => url.hostname.toLowerCase().replace(/^www\./, '')
const segments = (url: URL) => url.pathname.split('/').filter((part) => part !== '')
const DIGITS = /^\d{1,25}$/
const ID = /^[A-Za-z0-9_-]{1,64}$/

/** The post's own https address for a player URL, or the address itself when it already is one. */
export function postUrlOf(address: string): string | undefined {
  const url = parsed(address.trim())
  // Stryker disable next-line Regex: a protocol is its scheme and one colon, so the `$` changes nothing (the `^` is tested)
  if (url === undefined || !/^https?:$/.test(url.protocol)) return undefined
  url.protocol = 'https:'
  const [first, second, third] = segments(url)
  const name = host(url)
  if ((name === 'youtube-nocookie.com' || name === 'youtube.com') && first === 'embed' && second)
    return ID.test(second) ? `https://www.youtube.com/watch?v=${second}` : undefined
  if (name === 'player.vimeo.com' && first === 'video' && second && DIGITS.test(second))
    return `https://vimeo.com/${second}`
  if (name === 'dailymotion.com' && first === 'embed' && second === 'video' && third)
    return `https://www.dailymotion.com/video/${third}`
  if (name === 'geo.dailymotion.com') {
    const video = url.searchParams.get('video')
    return video !== null && ID.test(video)
      ? `https://www.dailymotion.com/video/${video}`
      : undefined
  }
  if (name === 'platform.twitter.com') {
    const id = url.searchParams.get('id')
    // Stryker disable next-line ConditionalExpression: DIGITS.test(null) tests "null", which is no number either
    return id !== null && DIGITS.test(id) ? `https://x.com/i/status/${id}` : undefined
  }
  if (name === 'tiktok.com' && first === 'embed') {
    // Stryker disable next-line ConditionalExpression: DIGITS.test(undefined) tests "undefined", which is no number either
    const id = [second, third].find((part) => part !== undefined && DIGITS.test(part))
    return id === undefined ? undefined : `https://www.tiktok.com/video/${id}`
  }
  if (name === 'embed.bsky.app' && first === 'embed' && second && third === 'app.bsky.feed.post') {
    const id = segments(url)[3]
    return id === undefined ? undefined : `https://bsky.app/profile/${second}/post/${id}`
  }
  if (name === 'w.soundcloud.com') {
    const inner = url.searchParams.get('url')
    // Stryker disable next-line ConditionalExpression: parsed(null) fails inside its try and gives undefined too
    const track = inner === null ? undefined : parsed(inner)
    return track && host(track) === 'soundcloud.com' && segments(track).length >= 2
      ? `https://soundcloud.com${track.pathname}`
      : undefined
  }
  if (name === 'facebook.com' && first === 'plugins') {
    const inner = url.searchParams.get('href')
    return inner === null ? undefined : postUrlOf(inner)
  }
  if (name === 'embed.podcasts.apple.com')
    return `https://podcasts.apple.com${url.pathname}${url.search}`
  if (name === 'open.spotify.com' && first === 'embed')
    return `https://open.spotify.com/${segments(url).slice(1).join('/')}`
  if (name === 'instagram.com' && (third === 'embed' || third === 'captioned'))
    return `https://www.instagram.com/${first}/${second}/`
  if (name === 'threads.net' || name === 'threads.com') {
    const path = segments(url).filter((part) => part !== 'embed')
    return `https://www.threads.net/${path.join('/')}`
  }
  if (name === 'flo.uri.sh' && segments(url).at(-1) === 'embed')
    return `https://flo.uri.sh/${segments(url).slice(0, -1).join('/')}`
  return url.href
}

/** The provider and post address behind an iframe src, a post link or a player URL, if it is a known one. */
export function embedOf(address: string): { provider: EmbedProvider; url: string } | undefined {
  const url = postUrlOf(address)
  // Stryker disable next-line ConditionalExpression: no provider frames undefined (embedFrameSrc fails to parse it), so the result is the same
  if (url === undefined) return undefined
  const provider = embedProviderOf(url)
  return provider === undefined ? undefined : { provider, url }
}
