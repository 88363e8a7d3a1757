import { useEffect } from 'react'
import type { RefObject } from 'react'

/** The custom property tokens read for scroll padding: how much of the top of the screen the bar covers. */
const STICKY_CLEARANCE = '--sticky-toolbar-block-size'

/**
 * Keeps focused and scrolled-to elements clear of the sticky reading toolbar (WCAG 2.4.11) by its real height,
 * which the text size and wrapping change, instead of a guess. Where the bar is not
 * sticky (small screens, print) it covers nothing. Set through the CSSOM, which the CSP allows.
 */
export function useStickyClearance(toolbarRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const toolbar = toolbarRef.current
    if (!toolbar || typeof ResizeObserver === 'undefined') return
    const root = document.documentElement
    const update = () => {
      // While the settings panel is open the reader works inside the bar; counting the panel would make the
      // browser scroll the page away from every control in it that takes focus.
      if (toolbar.querySelector('[aria-expanded="true"]')) return
      const sticky = getComputedStyle(toolbar).position === 'sticky'
      root.style.setProperty(
        STICKY_CLEARANCE,
        `${String(sticky ? toolbar.getBoundingClientRect().height : 0)}px`,
      )
    }
    const observer = new ResizeObserver(update)
    observer.observe(toolbar)
    // The bar becomes sticky or not with the window's size, not its own.
    window.addEventListener('resize', update)
    update()
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', update)
      root.style.removeProperty(STICKY_CLEARANCE)
    }
  }, [toolbarRef])
}
