import type { CaptionParts } from './captions'
import { normaliseCredit, splitCaptionCredit } from './captions'
import { textOf } from './html-dom'
import { toPixels } from './images'
import type { PhotoDraft, PhotoTally } from './photo'
import { acceptedSource, emptyTally } from './photo'
import { plainText } from './text'

export interface PhotoContext {
  pageUrl?: string
  tally: PhotoTally
  /** Sizes from JSON-LD ImageObjects, for photos whose <img> has none. */
  imageSizes: ReadonlyMap<string, { width: number; height: number }>
}

const CREDIT_CLASS = /credit|copyright|photographer|byline|source/i

function largestFromSrcset(srcset: string | null): string | undefined {
  const candidates = (srcset ?? '')
    .split(/,\s+/)
    .map((entry) => entry.trim().split(/\s+/))
    .map(([url, size]) => ({ url, size: Number.parseFloat(size ?? '1') || 1 }))
    .filter(
      (candidate): candidate is { url: string; size: number } =>
        candidate.url !== undefined && candidate.url !== '',
    )
  return candidates.sort((a, b) => b.size - a.size)[0]?.url
}

/** Lazy-loading pages put a placeholder (often a data: GIF) in src and the real picture elsewhere. */
function sourceOf(image: Element): string | undefined {
  const src = image.getAttribute('src')?.trim()
  if (src && !src.startsWith('data:')) return src
  return (
    image.getAttribute('data-src') ??
    largestFromSrcset(image.getAttribute('srcset') ?? image.getAttribute('data-srcset')) ??
    src
  )
}

function captionParts(figcaption: Element | null): CaptionParts {
  if (!figcaption) return {}
  const creditElements = [...figcaption.querySelectorAll('*')].filter(
    (element) =>
      ['cite', 'small'].includes(element.localName) ||
      CREDIT_CLASS.test(element.getAttribute('class') ?? ''),
  )
  const credit = creditElements
    .map((element) => textOf(element))
    .join(' ')
    .trim()
  const parts = splitCaptionCredit(textOf(figcaption, new Set(creditElements)))
  return credit === '' ? parts : { caption: parts.caption, credit: normaliseCredit(credit) }
}

export function photoFrom(
  image: Element,
  figcaption: Element | null,
  context: PhotoContext,
): PhotoDraft | undefined {
  const width = toPixels(image.getAttribute('width'))
  const height = toPixels(image.getAttribute('height'))
  const src = acceptedSource(sourceOf(image), width, height, context)
  if (src === undefined) return undefined
  const known = context.imageSizes.get(src)
  const hasBoth = width !== undefined && height !== undefined
  return {
    src,
    alt: plainText(image.getAttribute('alt') ?? ''),
    ...captionParts(figcaption),
    width: hasBoth ? width : known?.width,
    height: hasBoth ? height : known?.height,
  }
}

/**
 * Every usable photo on the page by address, read before Readability trims the page: the lead photo's caption
 * and size often sit in a figure above the article text, outside what Readability keeps.
 */
export function photosOnPage(document: Document, context: PhotoContext): Map<string, PhotoDraft> {
  const photos = new Map<string, PhotoDraft>()
  const quiet: PhotoContext = { ...context, tally: emptyTally() }
  for (const image of document.querySelectorAll('img')) {
    const draft = photoFrom(
      image,
      image.closest('figure')?.querySelector('figcaption') ?? null,
      quiet,
    )
    if (draft && !photos.has(draft.src)) photos.set(draft.src, draft)
  }
  return photos
}
