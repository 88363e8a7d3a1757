import { useEffect, useLayoutEffect, useRef } from 'react'
import { NavigationType, useLocation, useNavigationType } from 'react-router'

const STORAGE_KEY = 'broadsheet:scroll-positions'
const MAX_ENTRIES = 50

type Positions = Record<string, number>

function readPositions(): Positions {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}')
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {}
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, number] =>
        Number.isFinite(entry[1]),
      ),
    )
  } catch {
    return {}
  }
}

function savePosition(key: string, y: number) {
  try {
    const others = Object.entries(readPositions()).filter(([entryKey]) => entryKey !== key)
    const kept = [...others, [key, y] as const].slice(-MAX_ENTRIES)
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(Object.fromEntries(kept)))
  } catch {
    // Storage full or blocked: Back then starts at the top, which is a loss of comfort, not of content.
  }
}

// Server rendering has no layout to restore; useLayoutEffect there only warns.
const useIsomorphicLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect

/**
 * A new page starts at the top; Back and Forward return to where the reader was. The position is tracked on
 * every scroll (by the time a navigation commits, the old page is already gone and its height with it) and
 * stored per history entry when the reader leaves it, in sessionStorage, so it also survives a reload.
 */
// Every entry a full page load creates has the key "default": qualify it by path so pages don't share one slot.
function entryKey(location: { key: string; pathname: string; search: string }): string {
  return location.key === 'default'
    ? `default:${location.pathname}${location.search}`
    : location.key
}

export function ScrollRestorer() {
  const location = useLocation()
  const navigationType = useNavigationType()
  const key = entryKey(location)
  const currentKey = useRef(key)
  const lastY = useRef(0)

  useEffect(() => {
    const previous = history.scrollRestoration
    history.scrollRestoration = 'manual'
    const onScroll = () => {
      lastY.current = window.scrollY
    }
    const onPageHide = () => {
      savePosition(currentKey.current, window.scrollY)
    }
    window.addEventListener('scroll', onScroll, { passive: true })
    window.addEventListener('pagehide', onPageHide)
    return () => {
      window.removeEventListener('scroll', onScroll)
      window.removeEventListener('pagehide', onPageHide)
      history.scrollRestoration = previous
    }
  }, [])

  useIsomorphicLayoutEffect(() => {
    if (currentKey.current !== key) savePosition(currentKey.current, lastY.current)
    currentKey.current = key
    if (navigationType === NavigationType.Pop) {
      const saved = readPositions()[key]
      if (saved !== undefined) window.scrollTo(0, saved)
    } else if (location.hash === '') {
      window.scrollTo(0, 0)
    }
    lastY.current = window.scrollY
  }, [key, location.hash, navigationType])

  return null
}
