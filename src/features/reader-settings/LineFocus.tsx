import { useEffect, useRef } from 'react'
import styles from './line-focus.module.css'

interface LineFocusProps {
  lines: number
}

// Keys move the band only while it is in the middle of the screen; past that, they scroll the page as
// always. The mask never takes focus or pointer events, so nothing is ever trapped.
const EDGE = 0.2

function lineHeight(): number {
  const sample = document.querySelector('[data-article-body] p') ?? document.body
  const style = getComputedStyle(sample)
  return parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.6
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    target.closest('input, select, textarea, [contenteditable]') !== null
  )
}

/** Edge's "line focus": the page dimmed but for a band of 1, 3 or 5 lines, following the pointer or keys. */
export function LineFocus({ lines }: LineFocusProps) {
  const aboveRef = useRef<HTMLDivElement>(null)
  const belowRef = useRef<HTMLDivElement>(null)
  const centre = useRef<number | undefined>(undefined)

  useEffect(() => {
    const place = (y: number) => {
      const height = lineHeight() * lines
      const middle = Math.min(window.innerHeight - height / 2, Math.max(height / 2, y))
      centre.current = middle
      // Through the CSSOM: allowed under the strict Content Security Policy.
      aboveRef.current?.style.setProperty('block-size', `${String(middle - height / 2)}px`)
      belowRef.current?.style.setProperty('inset-block-start', `${String(middle + height / 2)}px`)
    }
    const onPointer = (event: PointerEvent) => {
      place(event.clientY)
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return
      if (
        event.defaultPrevented ||
        event.altKey ||
        event.ctrlKey ||
        event.metaKey ||
        isTyping(event.target)
      )
        return
      const step = (event.key === 'ArrowDown' ? 1 : -1) * lineHeight()
      const next = (centre.current ?? window.innerHeight / 2) + step
      if (next < window.innerHeight * EDGE || next > window.innerHeight * (1 - EDGE)) return
      event.preventDefault()
      place(next)
    }
    const onResize = () => {
      place(centre.current ?? window.innerHeight / 3)
    }
    place(window.innerHeight / 3)
    window.addEventListener('pointermove', onPointer, { passive: true })
    window.addEventListener('keydown', onKey)
    window.addEventListener('resize', onResize)
    return () => {
      window.removeEventListener('pointermove', onPointer)
      window.removeEventListener('keydown', onKey)
      window.removeEventListener('resize', onResize)
    }
  }, [lines])

  return (
    <div aria-hidden="true" data-line-focus={lines} data-print="hide">
      <div ref={aboveRef} className={styles.above} />
      <div ref={belowRef} className={styles.below} />
    </div>
  )
}
