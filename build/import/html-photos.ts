import type { CaptionParts } from './captions'
import { normaliseCredit, splitCaptionCredit } from './captions'
import { textOf } from './html-dom'
import { sizeFromAddress, toPixels } from './images'
import type { PhotoDraft, PhotoTally } from './photo'
import { acceptedSource, emptyTally } from './photo'
import { plainText } from './text'

export interface PhotoContext {
  pageUrl?: string
  tally: PhotoTally
  /** Sizes from JSON-LD ImageObjects, for photos whose <img> has none. */
  imageSizes: ReadonlyMap<string, { width: number; height: number }>
  /** Every <img> a block took (or refused with a counted reason), so none is lost without a word. */
  placed?: Set<Element>
}

const CREDIT_CLASS = /credit|copyright|photographer|byline|source/i

/** A srcset's candidates as the HTML spec splits them: a URL may hold commas (Cloudinary's "c_fill,w_300"). */
function srcsetCandidates(srcset: string): { url: string; size: number }[] {
  const candidates: { url: string; size: number }[] = []
  let rest = srcset
  for (;;) {
    rest = rest.replace(/^[\s,]+/, '')
    if (rest === '') return candidates
    const url = /^\S+/.exec(rest)?.[0] ?? ''
    rest = rest.slice(url.length)
    let descriptor = ''
    if (url.endsWith(',')) rest = `,${rest}`
    else {
      descriptor = /^[^,]*/.exec(rest)?.[0] ?? ''
      rest = rest.slice(descriptor.length)
    }
    const size = Number.parseFloat(/(\d+(?:\.\d+)?)[wx]/.exec(descriptor)?.[1] ?? '1') || 1
    candidates.push({ url: url.replace(/,+$/, ''), size })
  }
}

function largestFromSrcset(srcset: string | null): string | undefined {
  return srcsetCandidates(srcset ?? '')
    .filter((candidate) => candidate.url !== '' && !candidate.url.startsWith('data:'))
    .sort((a, b) => b.size - a.size)[0]?.url
}

/**
 * The photos a reader sees inside an element: a lazy photo's <noscript> copy counts only when it is the
 * only copy, so one photo is never read as two (or as a gallery of two).
 */
export function visibleImages(element: Element): Element[] {
  const all = element.localName === 'img' ? [element] : [...element.querySelectorAll('img')]
  return all.filter((image) => {
    const noscript = image.closest('noscript')
    if (!noscript) return true
    const around = noscript.parentElement
    return around === null || around.querySelector('img:not(noscript img)') === null
  })
}

// Where lazy loaders (lazysizes, WP Rocket, Jetpack, Arc, Brightspot) keep the real picture while src holds a
// placeholder: a data: GIF, a grey "loading" image, or the same photo at 20 px.
const LAZY_SOURCES = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-orig-file',
  'data-full-url',
  'data-large-file',
  'data-hi-res-src',
  'data-url',
]
const LAZY_SRCSETS = ['data-srcset', 'data-lazy-srcset']
const PLACEHOLDER =
  /(?:placeholder|lazy[-_]?load|loading|blank|spacer|transparent|pixel|grey|gray)[^/]*\.(?:gif|png|jpe?g|svg|webp)(?:[?#].*)?$/i

const attribute = (element: Element, name: string) =>
  element.getAttribute(name)?.trim() || undefined

/** A <picture>'s largest <source>, for a picture whose <img> only holds a placeholder. */
function pictureSource(image: Element): string | undefined {
  const picture = image.parentElement?.localName === 'picture' ? image.parentElement : undefined
  if (!picture) return undefined
  for (const source of picture.querySelectorAll('source')) {
    const found = largestFromSrcset(
      attribute(source, 'srcset') ?? attribute(source, 'data-srcset') ?? null,
    )
    if (found !== undefined && !found.startsWith('data:')) return found
  }
  return undefined
}

/** The copy of a lazy photo kept for readers without scripts: <noscript><img src="…"></noscript> beside it. */
function noscriptSource(image: Element): string | undefined {
  const around = image.parentElement?.localName === 'picture' ? image.parentElement : image
  for (const sibling of [around.nextElementSibling, around.previousElementSibling]) {
    if (sibling?.localName !== 'noscript') continue
    const inner = sibling.querySelector('img')
    // Parsed as markup only when scripting is off (as here); otherwise its text is the markup.
    const src = inner
      ? attribute(inner, 'src')
      : /<img[^>]*\ssrc=["']([^"']+)["']/i.exec(sibling.textContent)?.[1]
    if (src !== undefined && !src.startsWith('data:')) return src
  }
  return undefined
}

/** Lazy-loading pages put a placeholder (often a data: GIF) in src and the real picture elsewhere. */
function sourceOf(image: Element): string | undefined {
  const src = attribute(image, 'src')
  const lazy = LAZY_SOURCES.map((name) => attribute(image, name)).find(
    (value) => value !== undefined && !value.startsWith('data:'),
  )
  if (lazy !== undefined) return lazy
  if (src && !src.startsWith('data:') && !PLACEHOLDER.test(src)) return src
  return (
    largestFromSrcset(
      attribute(image, 'srcset') ??
        LAZY_SRCSETS.map((name) => attribute(image, name)).find(Boolean) ??
        null,
    ) ??
    pictureSource(image) ??
    noscriptSource(image) ??
    src
  )
}

function captionParts(captions: Element | readonly Element[] | null): CaptionParts {
  const elements = captions === null ? [] : 'localName' in captions ? [captions] : [...captions]
  if (elements.length === 0) return {}
  const creditElements = elements.flatMap((element) =>
    [element, ...element.querySelectorAll('*')].filter(
      (inner) =>
        ['cite', 'small'].includes(inner.localName) ||
        CREDIT_CLASS.test(inner.getAttribute('class') ?? ''),
    ),
  )
  const skip = new Set(creditElements)
  // A caption element that is itself the credit gives the credit only.
  const ownText = elements.filter((element) => !skip.has(element))
  const credit = plainText(
    creditElements
      .filter(
        (element) => !creditElements.some((other) => other !== element && other.contains(element)),
      )
      .map((element) => textOf(element))
      .join(' '),
  )
  const parts = splitCaptionCredit(ownText.map((element) => textOf(element, skip)).join(' '))
  return credit === '' ? parts : { caption: parts.caption, credit: normaliseCredit(credit) }
}

// Captions printed beside a photo rather than in a <figcaption>: WordPress's classic .wp-caption-text, Arc's
// and Brightspot's caption and credit spans, Drupal's field--name-field-caption, a cutline.
const CAPTION_NAME =
  /(?:^|[\s_-])(?:wp-caption-text|caption|captions|cutline|figcaption|photo-?text|image-?text|credit|credits|copyright|photographer)(?:$|[\s_-])/i
// Wrappers that hold only the photo: a link to the full size, a picture, a lazy-load box.
const PHOTO_WRAPPER = new Set(['a', 'picture', 'span', 'div', 'p'])

function isCaptionElement(element: Element): boolean {
  if (element.localName === 'figcaption') return true
  if (!['div', 'p', 'span', 'small', 'cite', 'footer'].includes(element.localName)) return false
  // A WordPress .wp-caption is the box around photo and caption, not the caption.
  return (
    CAPTION_NAME.test(element.getAttribute('class') ?? '') &&
    textOf(element).length <= 2000 &&
    visibleImages(element).length === 0
  )
}

/**
 * The caption of a photo: its figure's <figcaption>, or the caption and credit elements printed right after
 * the photo (or after the wrapper that holds only it), within `scope`.
 */
export function captionsNear(image: Element, scope: Element): Element[] {
  return captionGroup(image, scope).captions
}

/** A photo's captions and the element that holds the photo alone (its link, picture or wrapper). */
export function captionGroup(
  image: Element,
  scope: Element,
): { photo: Element; captions: Element[] } {
  const figure = image.closest('figure')
  if (figure && scope.contains(figure)) {
    const caption = [...figure.querySelectorAll('figcaption')].find(
      (found) => found.closest('figure') === figure,
    )
    // A credit printed over the photo rather than under it (BBC's "Image source, Getty Images").
    const credits = [...figure.querySelectorAll('span, div, small, p')].filter(
      (found) =>
        CREDIT_CLASS.test(found.getAttribute('class') ?? '') &&
        found.closest('figure') === figure &&
        !(caption?.contains(found) ?? false) &&
        !found.parentElement
          ?.closest('[class]')
          ?.matches('[class*="credit"], [class*="copyright"]'),
    )
    if (caption || credits.length > 0)
      return { photo: figure, captions: [...(caption ? [caption] : []), ...credits] }
  }
  let around: Element = image
  for (let depth = 0; depth < 4; depth += 1) {
    const found: Element[] = []
    for (
      let sibling = around.nextElementSibling;
      sibling && isCaptionElement(sibling);
      sibling = sibling.nextElementSibling
    )
      found.push(sibling)
    if (found.length > 0) return { photo: around, captions: found }
    const parent = around.parentElement
    if (
      !parent ||
      parent === scope ||
      !scope.contains(parent) ||
      !PHOTO_WRAPPER.has(parent.localName) ||
      visibleImages(parent).length > 1 ||
      textOf(parent).length > textOf(around).length
    )
      return { photo: image, captions: [] }
    around = parent
  }
  return { photo: image, captions: [] }
}

/**
 * Photos printed with their caption beside them rather than in a figure are put in one, before Readability
 * runs: it rewrites the boxes around them (a Drupal field's <div> becomes a bare <p>) and the pairing is lost.
 */
export function figureLooseCaptions(document: Document): void {
  for (const image of visibleImages(document.body)) {
    if (image.closest('figure')) continue
    const { photo, captions } = captionGroup(image, document.body)
    if (captions.length === 0 || (photo.localName === 'p' && textOf(photo) !== '')) continue
    const figure = document.createElement('figure')
    const caption = document.createElement('figcaption')
    photo.before(figure)
    figure.append(photo, caption)
    caption.append(...captions)
  }
}

export function photoFrom(
  image: Element,
  figcaption: Element | readonly Element[] | null,
  context: PhotoContext,
): PhotoDraft | undefined {
  context.placed?.add(image)
  const width = toPixels(image.getAttribute('width'))
  const height = toPixels(image.getAttribute('height'))
  const src = acceptedSource(sourceOf(image), width, height, context)
  if (src === undefined) return undefined
  const known = context.imageSizes.get(src) ?? sizeFromAddress(src)
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
    const draft = photoFrom(image, captionsNear(image, document.body), quiet)
    if (draft && !photos.has(draft.src)) photos.set(draft.src, draft)
  }
  return photos
}
