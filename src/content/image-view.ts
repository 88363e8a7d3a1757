import { isAllowedMediaUrl } from './content-policy'
import type { ContentPolicy } from './content-policy'
import type { ImageData } from './format'
import { optionalText } from './text'

export interface ImageSource {
  type: string
  srcset: string
}

export interface ImageView {
  src: string
  alt: string
  width: number
  height: number
  caption?: string
  credit?: string
  /** Modern formats, best first, for <picture><source>; empty when the feed gave no variants. */
  sources: ImageSource[]
  /** Widths of the universally supported format, for the <img> itself. */
  srcset?: string
}

// Best compression first; the browser takes the first <source> whose type it can decode.
const MODERN_TYPES = ['image/avif', 'image/webp']
const FALLBACK_TYPES = ['image/jpeg', 'image/png']

type Variant = NonNullable<ImageData['variants']>[number]

function srcsetOf(variants: readonly Variant[], type: string): string | undefined {
  // A comma in a URL would split it into two srcset candidates, the second of the feed's choosing: drop it.
  const ofType = variants
    .filter((variant) => variant.type === type && !variant.src.includes(','))
    .sort((a, b) => a.width - b.width)
  return ofType.length === 0
    ? undefined
    : ofType.map((variant) => `${variant.src} ${variant.width}w`).join(', ')
}

/** The photo as components show it, or undefined when the site does not allow where it comes from. */
export function toImageView(image: ImageData, policy: ContentPolicy): ImageView | undefined {
  if (!isAllowedMediaUrl(image.src, policy)) return undefined
  const variants = (image.variants ?? []).filter((variant) =>
    isAllowedMediaUrl(variant.src, policy),
  )
  const sources = MODERN_TYPES.flatMap((type) => {
    const srcset = srcsetOf(variants, type)
    return srcset === undefined ? [] : [{ type, srcset }]
  })
  const fallback = FALLBACK_TYPES.map((type) => srcsetOf(variants, type)).find(
    (srcset) => srcset !== undefined,
  )
  return {
    src: image.src,
    alt: optionalText(image.alt) ?? '',
    width: image.width,
    height: image.height,
    caption: optionalText(image.caption),
    credit: optionalText(image.credit),
    sources,
    srcset: fallback,
  }
}
