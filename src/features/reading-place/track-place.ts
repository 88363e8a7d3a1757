// Finding the reader's place in the rendered article, and going back to it. DOM only, no React.

/** The article's body blocks in reading order (the body marks itself; long bodies nest them in chunks). */
export function bodyBlocks(): HTMLElement[] {
  const body = document.querySelector('[data-article-body]')
  if (!body) return []
  return [...body.querySelectorAll<HTMLElement>(':scope > :not(div), :scope > div > *')]
}

/** How much of the top of the screen the sticky toolbar covers (its scroll padding). */
function coveredTop(): number {
  return parseFloat(getComputedStyle(document.documentElement).scrollPaddingBlockStart) || 0
}

/** The first block not yet scrolled past, and how far through the article the reader is. */
export function currentPlace(): { block: number; progress: number } | undefined {
  const blocks = bodyBlocks()
  const article = document.querySelector('main article')
  if (blocks.length === 0 || !article) return undefined
  const top = coveredTop()
  const index = blocks.findIndex((block) => block.getBoundingClientRect().bottom > top + 1)
  const box = article.getBoundingClientRect()
  const scrollable = box.height - window.innerHeight
  const progress = scrollable <= 0 ? 1 : Math.min(1, Math.max(0, -box.top / scrollable))
  return { block: index === -1 ? blocks.length - 1 : index, progress }
}

/** Scrolls the block to the top of the screen and gives it focus, so screen readers continue from there. */
export function goToBlock(index: number): boolean {
  const block = bodyBlocks()[Math.min(index, bodyBlocks().length - 1)]
  if (!block) return false
  block.scrollIntoView({ block: 'start', behavior: 'instant' })
  if (!block.hasAttribute('tabindex')) block.setAttribute('tabindex', '-1')
  block.focus({ preventScroll: true })
  return true
}
