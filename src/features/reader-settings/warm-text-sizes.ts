import { largerTextSize, smallerTextSize } from './text-size'
import type { TextSize } from './settings'

// A text-size press makes the browser lay out everything on screen at the new size, and the first time it
// meets a size it must also create each font at that size and shape every word again: about half of that
// press's work (measured: layout 8 ms of CPU cold, 4 ms once the size has been seen). So while the page is
// idle it does that part ahead, for the sizes one step either side, in a hidden copy of the text on screen,
// and the reader's next press only lays out. Kept until the next change: the browser drops a font's cache
// when nothing uses it.

// About three screens of a phone at 100%, where most presses happen; a long body's far chunks are skipped by
// the browser (content-visibility) and need no warming. Capped, and one size per idle task, so the warm-up
// is never a long task that would delay the very press it is for.
const MAX_CHARACTERS = 6000
const SCREENS = 3

let box: HTMLElement | undefined
let pending: (() => void) | undefined

/** The text on screen and a few screens around it, by the font it is set in. */
function textByFont(): Map<string, { font: CSSStyleDeclaration; text: string }> {
  const found = new Map<string, { font: CSSStyleDeclaration; text: string }>()
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
  let characters = 0
  for (
    let node = walker.nextNode();
    node && characters < MAX_CHARACTERS;
    node = walker.nextNode()
  ) {
    const parent = node.parentElement
    const text = node.textContent?.trim() ?? ''
    if (!parent || text === '' || parent.closest('[data-warm-text-sizes]')) continue
    const { top, bottom } = parent.getBoundingClientRect()
    if (bottom < -SCREENS * window.innerHeight || top > (SCREENS + 1) * window.innerHeight) continue
    const font = getComputedStyle(parent)
    const key = [font.fontStyle, font.fontWeight, font.fontSize, font.fontFamily].join('|')
    const entry = found.get(key)
    if (entry) entry.text += ` ${text}`
    else found.set(key, { font, text })
    characters += text.length
  }
  return found
}

function warm(from: TextSize, size: TextSize, into: HTMLElement): void {
  for (const [, { font, text }] of textByFont()) {
    const span = document.createElement('span')
    span.style.fontStyle = font.fontStyle
    span.style.fontWeight = font.fontWeight
    span.style.fontFamily = font.fontFamily
    // Sizes held at a ceiling (the controls, the masthead) don't follow: warming them is only wasted.
    span.style.fontSize = `${String((parseFloat(font.fontSize) * size) / from)}px`
    span.textContent = text
    into.append(span)
  }
  // Laid out now, in the idle time, rather than in the next frame.
  into.getBoundingClientRect()
}

function newBox(): HTMLElement {
  const next = document.createElement('div')
  next.setAttribute('aria-hidden', 'true')
  next.setAttribute('data-warm-text-sizes', '')
  next.setAttribute('data-print', 'hide')
  // Through the CSSOM, which a strict Content Security Policy allows. Laid out (that is the point), never
  // painted, never hit, no wider than the screen (and wide enough that words break as they do on it).
  next.style.cssText =
    'position:fixed;top:0;left:0;width:100vw;height:0;overflow:hidden;visibility:hidden;contain:strict;pointer-events:none'
  return next
}

function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 2000 })
    return () => {
      cancelIdleCallback(handle)
    }
  }
  const handle = setTimeout(work, 500)
  return () => {
    clearTimeout(handle)
  }
}

/** After a change of size (or of what is on screen), when the page is next idle: A+'s size first. */
export function warmTextSizesSoon(from: TextSize): void {
  pending?.()
  const sizes = [largerTextSize(from), smallerTextSize(from)].filter((size) => size !== from)
  const next = newBox()
  const warmNext = () => {
    const size = sizes.shift()
    if (size === undefined) return
    if (box !== next) {
      box?.remove()
      document.body.append(next)
      box = next
    }
    warm(from, size, next)
    pending = whenIdle(warmNext)
  }
  pending = whenIdle(warmNext)
}
