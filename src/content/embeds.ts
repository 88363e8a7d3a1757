// The embed providers the format knows. An article stores only the provider, the post's original URL, a title
// and fallback text; the address that is framed is derived here, from a pattern per provider, so a feed can
// never choose what the reader's browser loads. The site allows a subset of these (VITE_EMBED_PROVIDERS), and
// the Content Security Policy's frame-src names exactly the frame origins of that subset.

import { EMBED_PROVIDERS } from './embed-providers'
import type { EmbedProvider } from './embed-providers'

interface ProviderRule {
  /** The provider's own name, as a reader knows it ("YouTube"). */
  name: string
  /** What a reader will see when it loads ("video", "post", "chart"…). */
  kind: 'video' | 'post' | 'audio' | 'chart'
  /** Origins the player is framed from; privacy-enhanced hosts where the provider has one. */
  frameOrigins: readonly string[]
  /** The URL to frame for an original URL, or undefined when the URL is not one of this provider's. */
  frameSrc: (url: URL) => string | undefined
  /** Height of the frame in CSS pixels at its natural width, or an aspect ratio (width / height). */
  size: { aspectRatio: number } | { height: number }
}

const ID = /^[A-Za-z0-9_-]{1,64}$/

function hostIs(url: URL, ...hosts: string[]): boolean {
  const host = url.hostname.toLowerCase()
  return hosts.some((candidate) => host === candidate || host === `www.${candidate}`)
}

/** The path's parts, without empty ones: "/p/abc/" → ["p", "abc"]. */
function parts(url: URL): string[] {
  return url.pathname.split('/').filter((part) => part !== '')
}

function idOrUndefined(value: string | undefined | null): string | undefined {
  return value !== undefined && value !== null && ID.test(value) ? value : undefined
}

function youtubeId(url: URL): string | undefined {
  if (hostIs(url, 'youtu.be')) return idOrUndefined(parts(url)[0])
  if (!hostIs(url, 'youtube.com', 'm.youtube.com', 'youtube-nocookie.com')) return undefined
  const [first, second] = parts(url)
  if (first === 'watch') return idOrUndefined(url.searchParams.get('v'))
  if (first === 'embed' || first === 'shorts' || first === 'live') return idOrUndefined(second)
  return undefined
}

const RULES: Record<EmbedProvider, ProviderRule> = {
  youtube: {
    name: 'YouTube',
    kind: 'video',
    frameOrigins: ['https://www.youtube-nocookie.com'],
    frameSrc: (url) => {
      const id = youtubeId(url)
      return id && `https://www.youtube-nocookie.com/embed/${id}`
    },
    size: { aspectRatio: 16 / 9 },
  },
  vimeo: {
    name: 'Vimeo',
    kind: 'video',
    frameOrigins: ['https://player.vimeo.com'],
    frameSrc: (url) => {
      if (!hostIs(url, 'vimeo.com', 'player.vimeo.com')) return undefined
      const id = parts(url).find((part) => /^\d{1,12}$/.test(part))
      return id && `https://player.vimeo.com/video/${id}?dnt=1`
    },
    size: { aspectRatio: 16 / 9 },
  },
  dailymotion: {
    name: 'Dailymotion',
    kind: 'video',
    frameOrigins: ['https://geo.dailymotion.com'],
    frameSrc: (url) => {
      const [first, second] = parts(url)
      const id = hostIs(url, 'dai.ly')
        ? idOrUndefined(first)
        : hostIs(url, 'dailymotion.com') && first === 'video'
          ? idOrUndefined(second)
          : undefined
      return id && `https://geo.dailymotion.com/player.html?video=${id}`
    },
    size: { aspectRatio: 16 / 9 },
  },
  x: {
    name: 'X',
    kind: 'post',
    frameOrigins: ['https://platform.twitter.com'],
    frameSrc: (url) => {
      if (!hostIs(url, 'x.com', 'twitter.com', 'mobile.twitter.com')) return undefined
      const [, status, id] = parts(url)
      return status === 'status' && id !== undefined && /^\d{1,25}$/.test(id)
        ? `https://platform.twitter.com/embed/Tweet.html?id=${id}&dnt=true`
        : undefined
    },
    size: { height: 560 },
  },
  instagram: {
    name: 'Instagram',
    kind: 'post',
    frameOrigins: ['https://www.instagram.com'],
    frameSrc: (url) => {
      if (!hostIs(url, 'instagram.com')) return undefined
      const [kind, id] = parts(url)
      return (kind === 'p' || kind === 'reel' || kind === 'tv') && idOrUndefined(id)
        ? `https://www.instagram.com/${kind}/${id}/embed/`
        : undefined
    },
    size: { height: 720 },
  },
  tiktok: {
    name: 'TikTok',
    kind: 'video',
    frameOrigins: ['https://www.tiktok.com'],
    frameSrc: (url) => {
      if (!hostIs(url, 'tiktok.com')) return undefined
      const path = parts(url)
      const id = path[path.indexOf('video') + 1]
      return path.includes('video') && id !== undefined && /^\d{1,25}$/.test(id)
        ? `https://www.tiktok.com/embed/v2/${id}`
        : undefined
    },
    size: { height: 740 },
  },
  bluesky: {
    name: 'Bluesky',
    kind: 'post',
    frameOrigins: ['https://embed.bsky.app'],
    frameSrc: (url) => {
      if (!hostIs(url, 'bsky.app')) return undefined
      const [profile, actor, post, id] = parts(url)
      // Only a DID names an account for good; a handle would need a lookup at the provider first.
      return profile === 'profile' &&
        actor?.startsWith('did:') === true &&
        /^did:[a-z]+:[A-Za-z0-9._:-]{1,128}$/.test(actor) &&
        post === 'post' &&
        idOrUndefined(id)
        ? `https://embed.bsky.app/embed/${actor}/app.bsky.feed.post/${id}`
        : undefined
    },
    size: { height: 560 },
  },
  threads: {
    name: 'Threads',
    kind: 'post',
    frameOrigins: ['https://www.threads.net'],
    frameSrc: (url) => {
      if (!hostIs(url, 'threads.net', 'threads.com')) return undefined
      const [user, post, id] = parts(url)
      return user?.startsWith('@') === true && post === 'post' && idOrUndefined(id)
        ? `https://www.threads.net/${encodeURIComponent(user)}/post/${id}/embed`
        : undefined
    },
    size: { height: 600 },
  },
  facebook: {
    name: 'Facebook',
    kind: 'post',
    frameOrigins: ['https://www.facebook.com'],
    frameSrc: (url) =>
      hostIs(url, 'facebook.com', 'm.facebook.com') && parts(url).length >= 2
        ? `https://www.facebook.com/plugins/post.php?href=${encodeURIComponent(url.href)}`
        : undefined,
    size: { height: 600 },
  },
  spotify: {
    name: 'Spotify',
    kind: 'audio',
    frameOrigins: ['https://open.spotify.com'],
    frameSrc: (url) => {
      if (!hostIs(url, 'open.spotify.com')) return undefined
      const path = parts(url).filter((part) => !/^intl-/.test(part) && part !== 'embed')
      const [kind, id] = path
      return kind !== undefined &&
        ['track', 'album', 'playlist', 'episode', 'show', 'artist'].includes(kind) &&
        idOrUndefined(id)
        ? `https://open.spotify.com/embed/${kind}/${id}`
        : undefined
    },
    size: { height: 232 },
  },
  soundcloud: {
    name: 'SoundCloud',
    kind: 'audio',
    frameOrigins: ['https://w.soundcloud.com'],
    frameSrc: (url) =>
      hostIs(url, 'soundcloud.com', 'm.soundcloud.com') && parts(url).length >= 2
        ? `https://w.soundcloud.com/player/?url=${encodeURIComponent(`https://soundcloud.com${url.pathname}`)}`
        : undefined,
    size: { height: 166 },
  },
  'apple-podcasts': {
    name: 'Apple Podcasts',
    kind: 'audio',
    frameOrigins: ['https://embed.podcasts.apple.com'],
    frameSrc: (url) =>
      hostIs(url, 'podcasts.apple.com')
        ? `https://embed.podcasts.apple.com${url.pathname}${url.search}`
        : undefined,
    size: { height: 175 },
  },
  datawrapper: {
    name: 'Datawrapper',
    kind: 'chart',
    frameOrigins: ['https://datawrapper.dwcdn.net'],
    frameSrc: (url) => {
      if (!hostIs(url, 'datawrapper.dwcdn.net')) return undefined
      const [id, version] = parts(url)
      return idOrUndefined(id)
        ? `https://datawrapper.dwcdn.net/${id}/${version !== undefined && /^\d{1,4}$/.test(version) ? `${version}/` : ''}`
        : undefined
    },
    size: { height: 480 },
  },
  flourish: {
    name: 'Flourish',
    kind: 'chart',
    frameOrigins: ['https://flo.uri.sh'],
    frameSrc: (url) => {
      if (!hostIs(url, 'flo.uri.sh', 'public.flourish.studio')) return undefined
      const [kind, id] = parts(url)
      return (kind === 'visualisation' || kind === 'story') &&
        id !== undefined &&
        /^\d{1,12}$/.test(id)
        ? `https://flo.uri.sh/${kind}/${id}/embed`
        : undefined
    },
    size: { height: 575 },
  },
}

export function embedProviderName(provider: EmbedProvider): string {
  return RULES[provider].name
}

export function embedKind(provider: EmbedProvider): ProviderRule['kind'] {
  return RULES[provider].kind
}

export function embedSize(provider: EmbedProvider): ProviderRule['size'] {
  return RULES[provider].size
}

/** The frame origins a set of allowed providers needs: exactly what the CSP's frame-src lists. */
export function embedFrameOrigins(providers: readonly EmbedProvider[]): string[] {
  return [...new Set(providers.flatMap((provider) => RULES[provider].frameOrigins))].sort()
}

/** The address to frame for a post, or undefined when the URL is not one this provider serves. */
export function embedFrameSrc(provider: EmbedProvider, originalUrl: string): string | undefined {
  let url: URL
  try {
    url = new URL(originalUrl)
  } catch {
    return undefined
  }
  if (url.protocol !== 'https:') return undefined
  return RULES[provider].frameSrc(url)
}

/** Which known provider an https URL (an iframe's src or a post's address) belongs to, if any. */
export function embedProviderOf(address: string): EmbedProvider | undefined {
  return EMBED_PROVIDERS.find((provider) => embedFrameSrc(provider, address) !== undefined)
}
