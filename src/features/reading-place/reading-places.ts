// Where each article was left: the pure part (parse, clamp, keep the last 100), for the store and its tests.
import { isSlug } from '../../content/safe-url'

export const PLACES_KEY = 'broadsheet:reading-places'
export const MAX_PLACES = 100
/** Past this share of the article it counts as read: no "continue" for it. */
export const FINISHED_AT = 0.95
/** Less than this and there is nothing worth going back to. */
export const STARTED_AT = 0.03

export interface ReadingPlace {
  slug: string
  headline: string
  /** The article's language, so its headline is read and shaped right in the front page's row. */
  language: string
  /** Index of the body block at the top of the screen: survives a change of text size, unlike pixels. */
  block: number
  /** 0 to 1 through the article, for "40% read". */
  progress: number
  /** When it was last read, ms since the epoch. */
  at: number
}

const LANGUAGE = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value))
}

function finite(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/** One stored entry, or undefined if any part of it is not what we wrote: each entry stands alone. */
export function parsePlace(value: unknown): ReadingPlace | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const record: Record<string, unknown> = { ...value }
  const { slug, headline, language, block, progress, at } = record
  if (typeof slug !== 'string' || !isSlug(slug)) return undefined
  if (typeof headline !== 'string' || headline.trim() === '') return undefined
  if (!finite(block) || !finite(progress) || !finite(at)) return undefined
  return {
    slug,
    headline: headline.slice(0, 300),
    language: typeof language === 'string' && LANGUAGE.test(language) ? language : 'en',
    block: clamp(Math.floor(block), 0, 100_000),
    progress: clamp(progress, 0, 1),
    at,
  }
}

/** Whatever storage holds, a list of valid places, newest first, one per article, at most 100. */
export function parsePlaces(raw: string | null): ReadingPlace[] {
  let stored: unknown
  try {
    stored = raw === null ? [] : JSON.parse(raw)
  } catch {
    return []
  }
  if (!Array.isArray(stored)) return []
  const seen = new Set<string>()
  return stored
    .map(parsePlace)
    .filter((place): place is ReadingPlace => place !== undefined)
    .sort((a, b) => b.at - a.at)
    .filter((place) => !seen.has(place.slug) && seen.add(place.slug))
    .slice(0, MAX_PLACES)
}

/** The list with this article's place first; the oldest falls off past 100. */
export function withPlace(places: readonly ReadingPlace[], place: ReadingPlace): ReadingPlace[] {
  return [place, ...places.filter((other) => other.slug !== place.slug)].slice(0, MAX_PLACES)
}

export function isUnfinished(place: ReadingPlace): boolean {
  return place.progress >= STARTED_AT && place.progress < FINISHED_AT
}
