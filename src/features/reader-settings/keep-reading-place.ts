// When text grows or shrinks, everything below the top of the screen moves. Readers lose their line; no
// reading mode keeps it. We find the block at the top of the viewport before the change and scroll so that it
// sits at the same height after it.

const BLOCKS = 'p, h1, h2, h3, figure, blockquote, li, header'
// Probe down the screen in small steps: a gap between paragraphs, or the open settings panel, would
// otherwise hide every block from a single probe.
const PROBE_STEP = 24

function blockAtTopOfScreen(): Element | null {
  const x = window.innerWidth / 2
  // Below the sticky reading toolbar, where there is one: its height is the page's scroll padding.
  const covered =
    parseFloat(getComputedStyle(document.documentElement).scrollPaddingBlockStart) || 0
  for (let y = covered + PROBE_STEP / 3; y < window.innerHeight; y += PROBE_STEP) {
    const block = document.elementFromPoint(x, y)?.closest(BLOCKS)
    if (block?.closest('main')) return block
  }
  return null
}

/** Runs a layout-changing update, then scrolls so the reader's current block stays where it was. */
export function keepReadingPlace(update: () => void): void {
  if (typeof document === 'undefined' || window.scrollY === 0) {
    update()
    return
  }
  const anchor = blockAtTopOfScreen()
  if (!anchor) {
    update()
    return
  }
  const before = anchor.getBoundingClientRect().top
  update()
  const after = anchor.getBoundingClientRect().top
  window.scrollBy({ top: after - before, behavior: 'instant' })
}
