import { useEffect, useState } from 'react'
import type { RefObject } from 'react'

/**
 * Whether an element is on screen or about to be (within a screen's height or two), and stays true once it
 * has been. False on the server and while hydrating, so what it gates is never in the prerendered HTML.
 */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(false)
  useEffect(() => {
    const element = ref.current
    if (!element || near) return
    if (typeof IntersectionObserver === 'undefined') {
      // Nothing to watch with: show it right after this render.
      const timer = setTimeout(() => {
        setNear(true)
      }, 0)
      return () => {
        clearTimeout(timer)
      }
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true)
      },
      { rootMargin: '200% 0px' },
    )
    observer.observe(element)
    return () => {
      observer.disconnect()
    }
  }, [ref, near])
  return near
}
