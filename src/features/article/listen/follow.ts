// Keeps the spoken sentence on screen, but never fights the reader: after they scroll by hand (wheel,
// touch, keys, scrollbar), following waits until they have been still for a while.

const HANDS_OFF_MS = 8000
let lastHandScroll = -Infinity
let listening = false

function onHandScroll(): void {
  lastHandScroll = performance.now()
}

const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' '])

function onKey(event: KeyboardEvent): void {
  if (SCROLL_KEYS.has(event.key)) onHandScroll()
}

function listen(): void {
  if (listening) return
  listening = true
  window.addEventListener('wheel', onHandScroll, { passive: true })
  window.addEventListener('touchmove', onHandScroll, { passive: true })
  window.addEventListener('keydown', onKey)
  // A press on the page itself (not a control) can be the start of a scrollbar drag.
  window.addEventListener('pointerdown', (event) => {
    if (event.target === document.documentElement) onHandScroll()
  })
}

export function followSpoken(range: Range): void {
  listen()
  if (performance.now() - lastHandScroll < HANDS_OFF_MS) return
  const box = range.getBoundingClientRect()
  const covered =
    parseFloat(getComputedStyle(document.documentElement).scrollPaddingBlockStart) || 0
  const margin = window.innerHeight * 0.15
  if (box.top >= covered + margin / 2 && box.bottom <= window.innerHeight - margin) return
  window.scrollBy({ top: box.top - covered - window.innerHeight * 0.25, behavior: 'instant' })
}
