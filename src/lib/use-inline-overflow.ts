import { useEffect, useState } from 'react'
import type { RefObject } from 'react'

/**
 * Whether an element's content is wider than the element, kept current as the text size or window changes.
 * True until measured (server render, hydration): a region that may scroll must be reachable by keyboard
 * from the first paint; it stops being a tab stop once the browser shows it fits.
 */
export function useInlineOverflow(ref: RefObject<HTMLElement | null>): boolean {
  const [overflows, setOverflows] = useState(true)
  useEffect(() => {
    const element = ref.current
    if (!element) return
    const measure = () => {
      setOverflows(element.scrollWidth > element.clientWidth + 1)
    }
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    // The content can grow without the box changing size (text size), so watch what is inside too.
    if (element.firstElementChild) observer.observe(element.firstElementChild)
    return () => {
      observer.disconnect()
    }
  }, [ref])
  return overflows
}
