import { LIMITS } from '../../src/content/limits'
import { DEFAULT_SIZE, altFromCaption, isTrackingPixel, resolveImageSrc } from './images'
import { count } from './text'
import type { ImageData } from './types'

export interface PhotoDraft {
  src: string
  alt?: string
  caption?: string
  credit?: string
  width?: number
  height?: number
}

/** What had to be made up or thrown away across all photos, reported once per kind rather than per photo. */
export interface PhotoTally {
  altFromCaption: number
  noAlt: number
  defaultSize: number
  trackingPixels: number
  unsafe: number
  relative: number
}

export function emptyTally(): PhotoTally {
  return { altFromCaption: 0, noAlt: 0, defaultSize: 0, trackingPixels: 0, unsafe: 0, relative: 0 }
}

/** The https: address of a photo worth keeping, or undefined with the reason counted in the tally. */
export function acceptedSource(
  raw: string | undefined,
  width: number | undefined,
  height: number | undefined,
  context: { pageUrl?: string; tally: PhotoTally },
): string | undefined {
  const source = resolveImageSrc(raw, context.pageUrl)
  if (isTrackingPixel(source.ok ? source.src : (raw ?? ''), width, height)) {
    context.tally.trackingPixels += 1
    return undefined
  }
  if (source.ok) return source.src
  if (source.reason !== 'missing') context.tally[source.reason] += 1
  return undefined
}

const clip = (value: string | undefined) => value?.slice(0, LIMITS.mediumText)

export function toImage(draft: PhotoDraft, tally: PhotoTally): ImageData {
  let alt = draft.alt?.trim() ?? ''
  if (alt === '' && draft.caption !== undefined) {
    alt = altFromCaption(draft.caption)
    tally.altFromCaption += 1
  } else if (alt === '') {
    tally.noAlt += 1
  }
  const known =
    draft.width !== undefined && draft.height !== undefined && draft.width > 0 && draft.height > 0
  if (!known) tally.defaultSize += 1
  return {
    src: draft.src,
    alt: clip(alt) ?? '',
    width: known ? (draft.width ?? DEFAULT_SIZE.width) : DEFAULT_SIZE.width,
    height: known ? (draft.height ?? DEFAULT_SIZE.height) : DEFAULT_SIZE.height,
    ...(draft.caption === undefined ? {} : { caption: clip(draft.caption) }),
    ...(draft.credit === undefined ? {} : { credit: clip(draft.credit) }),
  }
}

export function tallyNotes(tally: PhotoTally): string[] {
  const notes: string[] = []
  if (tally.altFromCaption > 0)
    notes.push(`no alt text for ${count(tally.altFromCaption, 'photo')}: used the caption`)
  if (tally.noAlt > 0)
    notes.push(
      `no alt text or caption for ${count(tally.noAlt, 'photo')}: alt left empty, describe them by hand`,
    )
  if (tally.defaultSize > 0)
    notes.push(
      `no size for ${count(tally.defaultSize, 'photo')}: used ${DEFAULT_SIZE.width}x${DEFAULT_SIZE.height}`,
    )
  if (tally.trackingPixels > 0)
    notes.push(`dropped ${count(tally.trackingPixels, 'tracking pixel')}`)
  if (tally.unsafe > 0)
    notes.push(
      `dropped ${count(tally.unsafe, 'image')} whose source is not https: (http:, data:, javascript: or protocol-relative)`,
    )
  if (tally.relative > 0)
    notes.push(
      `dropped ${count(tally.relative, 'image')} with a relative source: the page names no https canonical URL to resolve it against`,
    )
  return notes
}
