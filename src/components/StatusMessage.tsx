import { useEffect, useState } from 'react'
import { useIsClient } from '../lib/use-is-client'

// Screen readers announce a change inside a live region that already exists; a region inserted with its text
// already in it is often read by nobody. So a message shown by the app is put into its (empty) region a
// moment after the region appears. A prerendered page has it from the start: it is there at load, not news.
const ANNOUNCE_AFTER_MS = 100

interface StatusMessageProps {
  children: string
  className?: string
}

/** A polite status message (WCAG 4.1.3) that assistive technology actually hears. */
export function StatusMessage({ children, className }: StatusMessageProps) {
  const prerendered = !useIsClient()
  const [ready, setReady] = useState(prerendered)
  useEffect(() => {
    if (ready) return
    const timer = setTimeout(() => {
      setReady(true)
    }, ANNOUNCE_AFTER_MS)
    return () => {
      clearTimeout(timer)
    }
  }, [ready])
  return (
    <p role="status" className={className}>
      {ready ? children : ''}
    </p>
  )
}
