import { useSyncExternalStore } from 'react'
import { parsePlaces, PLACES_KEY, withPlace } from './reading-places'
import type { ReadingPlace } from './reading-places'

// A small store over localStorage, like the reader settings': parsed, clamped, and failure-tolerant. Blocked
// or broken storage means "no places"; full storage means this one isn't kept. Nothing else is touched.

const EMPTY: ReadingPlace[] = []
const listeners = new Set<() => void>()
let current: ReadingPlace[] | undefined

function read(): ReadingPlace[] {
  try {
    return parsePlaces(window.localStorage.getItem(PLACES_KEY))
  } catch {
    return EMPTY
  }
}

function places(): ReadingPlace[] {
  current ??= read()
  return current
}

function notify(): void {
  for (const listener of listeners) listener()
}

function onStorage(event: StorageEvent): void {
  if (event.key !== null && event.key !== PLACES_KEY) return
  current = read()
  notify()
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('storage', onStorage)
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) window.removeEventListener('storage', onStorage)
  }
}

export function rememberPlace(place: ReadingPlace): void {
  // Read again first: another tab may have saved places since this one last looked.
  current = withPlace(read(), place)
  try {
    window.localStorage.setItem(PLACES_KEY, JSON.stringify(current))
  } catch {
    // Full or blocked: the place holds for this visit, it just won't be remembered.
  }
  notify()
}

export function placeOf(slug: string): ReadingPlace | undefined {
  return places().find((place) => place.slug === slug)
}

/** Every kept place, newest first; none on the server and while hydrating, so the HTML matches. */
export function useReadingPlaces(): ReadingPlace[] {
  return useSyncExternalStore(subscribe, places, () => EMPTY)
}

/** This article's kept place; undefined on the server and while hydrating. */
export function usePlaceOf(slug: string): ReadingPlace | undefined {
  return useSyncExternalStore(
    subscribe,
    () => placeOf(slug),
    () => undefined,
  )
}
