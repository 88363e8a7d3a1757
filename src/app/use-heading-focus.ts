import { useEffect, useRef } from 'react'
import { useLocation } from 'react-router'
import { useNavigationState } from './navigation-state'

/**
 * After an in-app navigation, moves focus to the page's h1 once it is on screen, so keyboard and screen-reader
 * users start at the new content instead of a link that no longer exists. The first page load is left alone:
 * there the browser's own focus order is what people expect. A change of #hash alone (the photo viewer) is
 * not a new page and leaves focus alone.
 *
 * `view` names what the page shows (content, an error, offline). When it changes in place (Try again worked,
 * the connection came back) and the control the reader was on went with the old view, focus goes to the new
 * heading rather than falling back to the top of the document.
 */
export function useHeadingFocus(ready: boolean, view?: ContentView) {
  const headingRef = useRef<HTMLHeadingElement>(null)
  const location = useLocation()
  const { hasNavigated } = useNavigationState()
  const focusedFor = useRef<string | null>(null)
  const shownView = useRef(view)
  const recovering = useRef(false)

  useEffect(() => {
    if (!ready || !hasNavigated || focusedFor.current === location.pathname) return
    focusedFor.current = location.pathname
    headingRef.current?.focus({ preventScroll: true })
  }, [ready, hasNavigated, location.pathname])

  useEffect(() => {
    if (shownView.current === view) return
    shownView.current = view
    // Only a page that showed a problem can lose the reader's place this way; a first load never moves focus.
    if (view === 'problem' || view === 'offline') recovering.current = true
    if (view !== 'content' || !recovering.current) return
    recovering.current = false
    const focusWasLost = document.activeElement === null || document.activeElement === document.body
    if (focusWasLost) headingRef.current?.focus({ preventScroll: true })
  }, [view])

  return headingRef
}

export type ContentView = 'content' | 'problem' | 'offline' | 'loading'

/** What a content route shows for its query's state, for useHeadingFocus. */
export function viewOf(query: {
  isSuccess: boolean
  isError: boolean
  fetchStatus: string
}): ContentView {
  if (query.isSuccess) return 'content'
  if (query.isError) return 'problem'
  return query.fetchStatus === 'paused' ? 'offline' : 'loading'
}
