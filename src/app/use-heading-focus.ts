import { useEffect, useRef } from 'react'
import { useLocation } from 'react-router'
import { useNavigationState } from './navigation-state'

/**
 * After an in-app navigation, moves focus to the page's h1 once it is on screen, so keyboard and screen-reader
 * users start at the new content instead of a link that no longer exists. The first page load is left alone:
 * there the browser's own focus order is what people expect. A change of #hash alone (the photo viewer) is
 * not a new page and leaves focus alone.
 */
export function useHeadingFocus(ready: boolean) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  const location = useLocation()
  const { hasNavigated } = useNavigationState()
  const focusedFor = useRef<string | null>(null)

  useEffect(() => {
    if (!ready || !hasNavigated || focusedFor.current === location.pathname) return
    focusedFor.current = location.pathname
    headingRef.current?.focus({ preventScroll: true })
  }, [ready, hasNavigated, location.pathname])

  return headingRef
}
