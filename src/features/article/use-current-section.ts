import { useEffect, useState } from 'react'

/** A heading counts as the current section once it has passed this far down the screen. */
const READING_LINE = 0.3

/**
 * The id of the section being read: the last heading above the reading line. IntersectionObserver tells us
 * when a heading crosses that line, so nothing runs on every scroll event.
 */
export function useCurrentSection(ids: readonly string[]): string | undefined {
  const [current, setCurrent] = useState<string | undefined>(undefined)
  useEffect(() => {
    if (typeof IntersectionObserver === 'undefined' || ids.length === 0) return
    const headings = ids.flatMap((id) => {
      const element = document.getElementById(id)
      return element ? [element] : []
    })
    const update = () => {
      const line = window.innerHeight * READING_LINE
      let passed: string | undefined
      for (const heading of headings)
        if (heading.getBoundingClientRect().top <= line) passed = heading.id
      setCurrent(passed)
    }
    const observer = new IntersectionObserver(update, {
      rootMargin: `0px 0px -${String((1 - READING_LINE) * 100)}% 0px`,
    })
    for (const heading of headings) observer.observe(heading)
    update()
    return () => {
      observer.disconnect()
    }
  }, [ids])
  return current
}
