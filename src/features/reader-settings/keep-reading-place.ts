// When text grows or shrinks, everything below the top of the screen moves. Readers lose their line; no
// reading mode keeps it. We find the block at the top of the viewport before the change and scroll so that it
// sits at the same height after it.

const BLOCKS = 'p, h1, h2, h3, figure, blockquote, li, header'
// Points down the screen to probe: a gap between paragraphs would otherwise miss every block.
const PROBE_OFFSETS = [8, 32, 64, 128, 256]

function blockAtTopOfScreen(): Element | null {
  const x = window.innerWidth / 2
  for (const y of PROBE_OFFSETS) {
    if (y > window.innerHeight) break
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
  const before = anchor?.getBoundingClientRect().top
  update()
  if (!anchor || before === undefined) return
  const after = anchor.getBoundingClientRect().top
  window.scrollBy({ top: after - before, behavior: 'instant' })
}
