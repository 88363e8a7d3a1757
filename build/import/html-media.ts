import { embedOf } from '../../src/content/embed-sources'
import { embedKind, embedProviderName } from '../../src/content/embeds'
import { LIMITS } from '../../src/content/limits'
import type { DropReport } from './drop-report'
import { textOf } from './html-dom'
import { resolveImageSrc } from './images'
import { toPixels } from './images'
import { plainText } from './text'
import type { BlockData, EmbedBlock, MediaTrack } from './types'

type Video = Extract<BlockData, { type: 'video' }>
type Audio = Extract<BlockData, { type: 'audio' }>

export interface MediaContext {
  pageUrl?: string
  dropped: DropReport
}

const MEDIA_TYPE = /^(?:video|audio)\/[a-z0-9.+-]{1,40}$/
const GENERIC_TITLE = /^(?:embed(?:ded)?(?: content| video| media)?|iframe|video|player|untitled)$/i
const TRACK_KINDS = ['captions', 'subtitles', 'descriptions', 'chapters'] as const
const LANGUAGE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/

function hostOf(address: string): string {
  try {
    return new URL(address.startsWith('//') ? `https:${address}` : address).hostname
  } catch {
    return address.slice(0, 60)
  }
}

function clip(value: string, max: number): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value
}

function embedBlock(
  found: NonNullable<ReturnType<typeof embedOf>>,
  title: string | undefined,
  fallback: string | undefined,
): EmbedBlock {
  const name = embedProviderName(found.provider)
  const named =
    title !== undefined && title !== '' && !GENERIC_TITLE.test(title)
      ? title
      : `${name} ${embedKind(found.provider)}`
  return {
    type: 'embed',
    provider: found.provider,
    url: found.url,
    title: clip(named, LIMITS.shortText),
    ...(fallback === undefined || fallback === ''
      ? {}
      : { fallback: clip(fallback, LIMITS.mediumText) }),
  }
}

/** Where a piece of embed markup says the post is. */
function addressOf(element: Element): string | undefined {
  const attribute = (name: string) => element.getAttribute(name)?.trim() || undefined
  const tag = element.localName
  if (tag === 'iframe')
    return attribute('src') ?? attribute('data-src') ?? attribute('data-lazy-src')
  if (tag === 'lite-youtube') {
    const id = attribute('videoid')
    return id && `https://www.youtube.com/watch?v=${id}`
  }
  if (tag === 'lite-vimeo') {
    const id = attribute('videoid')
    return id && `https://vimeo.com/${id}`
  }
  if (tag === 'oembed') return attribute('url')
  const direct =
    attribute('data-oembed-url') ??
    attribute('data-instgrm-permalink') ??
    attribute('data-text-post-permalink') ??
    attribute('data-href') ??
    attribute('cite')
  if (direct) return direct
  const bluesky = attribute('data-bluesky-uri')
  const at =
    bluesky && /^at:\/\/(did:[^/]+)\/app\.bsky\.feed\.post\/([A-Za-z0-9_-]+)$/.exec(bluesky)
  if (at) return `https://bsky.app/profile/${at[1] ?? ''}/post/${at[2] ?? ''}`
  const inner = element.querySelector('iframe, lite-youtube, lite-vimeo, oembed, [data-oembed-url]')
  if (inner) return addressOf(inner)
  // A WordPress embed the editor never rendered keeps the bare URL as the wrapper's text.
  const wrapper = element.querySelector('.wp-block-embed__wrapper')
  const bare = wrapper ? textOf(wrapper) : ''
  if (/^https?:\/\/\S+$/.test(bare)) return bare
  // Social posts end with a link to themselves (a tweet's date, an Instagram "View this post").
  const links = [...element.querySelectorAll('a[href]')].map(
    (link) => link.getAttribute('href') ?? '',
  )
  return links.reverse().find((href) => embedOf(href) !== undefined) ?? links[0]
}

/** An iframe or a provider's embed markup as an embed block, or a drop with the host named. */
export function embedFrom(element: Element, context: MediaContext): EmbedBlock[] {
  const address = addressOf(element)
  const found = address === undefined ? undefined : embedOf(address)
  const isFrame = element.localName === 'iframe' || element.querySelector('iframe') !== null
  if (found === undefined) {
    if (address === undefined || address === '')
      context.dropped.add('embed', 'with no address to link to')
    else
      context.dropped.add(isFrame ? 'iframe' : 'embed', 'from unknown providers', hostOf(address))
    return []
  }
  const frame = element.localName === 'iframe' ? element : element.querySelector('iframe')
  const title = frame?.getAttribute('title')?.trim() ?? element.getAttribute('aria-label')?.trim()
  // The post's own text, written into the markup for readers without scripts.
  const fallback =
    element.localName === 'blockquote' || element.localName === 'div'
      ? plainText(textOf(element.querySelector('p') ?? element))
      : undefined
  return [embedBlock(found, title, fallback)]
}

function mediaSource(
  element: Element,
  context: MediaContext,
): { src: string; type?: string } | undefined {
  const candidates = [
    { src: element.getAttribute('src') ?? '', type: element.getAttribute('type') ?? undefined },
    ...[...element.querySelectorAll('source')].map((source) => ({
      src: source.getAttribute('src') ?? '',
      type: source.getAttribute('type') ?? undefined,
    })),
  ]
  for (const candidate of candidates) {
    const resolved = resolveImageSrc(candidate.src, context.pageUrl)
    if (resolved.ok)
      return {
        src: resolved.src,
        ...(candidate.type && MEDIA_TYPE.test(candidate.type) ? { type: candidate.type } : {}),
      }
  }
  return undefined
}

function tracksOf(element: Element, context: MediaContext): MediaTrack[] {
  return [...element.querySelectorAll('track')].flatMap((track): MediaTrack[] => {
    const src = resolveImageSrc(track.getAttribute('src') ?? undefined, context.pageUrl)
    const kind = TRACK_KINDS.find((known) => known === (track.getAttribute('kind') ?? 'subtitles'))
    const language = track.getAttribute('srclang') ?? ''
    if (!src.ok || kind === undefined || !LANGUAGE.test(language)) {
      context.dropped.add('caption track', 'without an https source, a known kind or a srclang')
      return []
    }
    const label = plainText(track.getAttribute('label') ?? '') || language
    return [{ src: src.src, kind, language, label: clip(label, LIMITS.shortText) }]
  })
}

/** A <video> or <audio> element (or a figure around one) as a player block. */
export function mediaFrom(element: Element, context: MediaContext): (Video | Audio)[] {
  const player = ['video', 'audio'].includes(element.localName)
    ? element
    : element.querySelector('video, audio')
  if (!player) return []
  const kind = player.localName === 'video' ? 'video' : 'audio'
  const source = mediaSource(player, context)
  if (source === undefined) {
    context.dropped.add(
      `${kind} player`,
      'with no https: source (blob:, http: or a relative path the page cannot resolve)',
    )
    return []
  }
  const caption = plainText(
    textOf(element.querySelector('figcaption') ?? element.ownerDocument.createElement('span')),
  )
  const title =
    plainText(player.getAttribute('title') ?? player.getAttribute('aria-label') ?? '') ||
    (caption === '' ? (kind === 'video' ? 'Video' : 'Audio') : caption)
  const tracks = tracksOf(player, context)
  const shared = {
    src: source.src,
    ...(source.type ? { mimeType: source.type } : {}),
    title: clip(title, LIMITS.shortText),
    ...(caption === '' ? {} : { caption: clip(caption, LIMITS.mediumText) }),
    ...(tracks.length > 0 ? { tracks: tracks.slice(0, LIMITS.mediaTracks) } : {}),
  }
  if (kind === 'audio') {
    const audio: Audio = { type: 'audio', ...shared }
    return [audio]
  }
  const poster = resolveImageSrc(player.getAttribute('poster') ?? undefined, context.pageUrl)
  const width = toPixels(player.getAttribute('width'))
  const height = toPixels(player.getAttribute('height'))
  const video: Video = {
    type: 'video',
    ...shared,
    ...(poster.ok ? { poster: poster.src } : {}),
    ...(width && height ? { width, height } : {}),
  }
  return [video]
}
