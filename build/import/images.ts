import { LIMITS } from '../../src/content/limits'
import { articleSlugFromPath, isHttpsUrlString } from '../../src/content/safe-url'
import { collapseSpace, firstSentence } from './text'

/** The seed's photo size: a 3:2 frame at the largest width the build makes variants for. */
export const DEFAULT_SIZE = { width: 1600, height: 1067 } as const

// "WASHINGTON, DC – FEBRUARY 14: " is for the picture desk; "(L)" points at a picture the alt text replaces.
const DATELINE = /^[^\p{Ll}:]{3,60}:\s+/u
const POSITION =
  /\s*\((?:L|R|C|C?-?[LR]|L-R|R-L|\d(?:st|nd|rd|th) [LR]|left|right|centre|center|front|back|top|bottom)\)/gi

/** Alt text from a caption when the source has none: its first sentence, without dateline or "(L)" marks. */
export function altFromCaption(caption: string): string {
  const dateline = DATELINE.exec(caption)
  const withoutDateline =
    dateline && (dateline[0].match(/\p{Lu}/gu) ?? []).length >= 3
      ? caption.slice(dateline[0].length)
      : caption
  const sentence = firstSentence(collapseSpace(withoutDateline.replace(POSITION, '')))
  return (sentence === '' ? caption : sentence).slice(0, LIMITS.mediumText)
}

export type ImageSource =
  { ok: true; src: string } | { ok: false; reason: 'unsafe' | 'relative' | 'missing' }

/**
 * Only https: URLs survive. A relative path means something on the source site, so it resolves against the
 * page's own https address or is dropped: on this site it would point at nothing (or at the wrong thing).
 */
export function resolveImageSrc(raw: string | undefined, pageUrl: string | undefined): ImageSource {
  const value = raw?.trim() ?? ''
  if (value === '') return { ok: false, reason: 'missing' }
  if (value.startsWith('//') || value.startsWith('/\\')) return { ok: false, reason: 'unsafe' }
  if (/^[a-z][a-z0-9+.-]*:/i.test(value))
    return isHttpsUrlString(value)
      ? { ok: true, src: new URL(value).href }
      : { ok: false, reason: 'unsafe' }
  if (pageUrl === undefined) return { ok: false, reason: 'relative' }
  const resolved = new URL(value, pageUrl).href
  return isHttpsUrlString(resolved) ? { ok: true, src: resolved } : { ok: false, reason: 'unsafe' }
}

/** A link is kept when it is https: or an article on the same site; anything else keeps only its text. */
export function linkHref(raw: string | undefined, pageUrl: string | undefined): string | undefined {
  const value = raw?.trim() ?? ''
  // "#fn1" points into the page it was on (a footnote, a contents list): here it would point at nothing.
  if (value === '' || value.startsWith('//') || value.startsWith('#')) return undefined
  const inApp = articleSlugFromPath(value.replace(/\/$/, ''))
  if (inApp !== undefined) return `/articles/${inApp}`
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(value)
  if (!hasScheme && pageUrl === undefined) return undefined
  let url: URL
  try {
    url = new URL(value, pageUrl)
  } catch {
    return undefined
  }
  if (url.protocol !== 'https:' || !isHttpsUrlString(url.href)) return undefined
  const sameSite = pageUrl !== undefined && new URL(pageUrl).host === url.host
  const slug = sameSite ? articleSlugFromPath(url.pathname.replace(/\/$/, '')) : undefined
  return slug === undefined ? url.href : `/articles/${slug}`
}

// Counting pixels from ad and analytics networks: invisible, and each one is a request that tracks the reader.
const TRACKER =
  /(?:pixel|beacon|track(?:ing|er)?[./_-]|analytics|doubleclick|scorecardresearch|quantserve|facebook\.com\/tr|google-analytics|googletagmanager|\/b\.gif|spacer\.gif|blank\.gif|1x1|omtrdc|chartbeat|\/count(?:er)?[./?])/i

export function isTrackingPixel(
  src: string,
  width: number | undefined,
  height: number | undefined,
): boolean {
  if ((width !== undefined && width <= 2) || (height !== undefined && height <= 2)) return true
  return width === undefined && height === undefined && TRACKER.test(src)
}

/** A pixel size from an attribute or JSON-LD: 1200, "1200", "1200px" or { "value": 1200 }. */
export function toPixels(value: unknown): number | undefined {
  if (typeof value === 'object' && value !== null && 'value' in value) return toPixels(value.value)
  const number =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*\d+(?:\.\d+)?\s*(?:px)?\s*$/i.test(value)
        ? Number.parseFloat(value)
        : Number.NaN
  if (!Number.isFinite(number)) return undefined
  const rounded = Math.round(number)
  return rounded >= 0 && rounded <= LIMITS.imagePixels ? rounded : undefined
}

/**
 * WordPress names each resized copy of an upload by its size ("quay-1024x683.jpg"), as do many image servers
 * ("…/1200x800/…"): a photo printed without width and height still says its shape.
 */
export function sizeFromAddress(src: string): { width: number; height: number } | undefined {
  const path = src.replace(/[?#].*$/, '')
  const match =
    /-(\d{2,5})x(\d{2,5})\.(?:jpe?g|png|gif|webp|avif)$/i.exec(path) ??
    /\/(\d{2,5})x(\d{2,5})\//.exec(path)
  const width = Number(match?.[1])
  const height = Number(match?.[2])
  return width > 0 && height > 0 && width <= LIMITS.imagePixels && height <= LIMITS.imagePixels
    ? { width, height }
    : undefined
}
