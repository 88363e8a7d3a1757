import { textOf } from './html-dom'

// A "read-more", "share-…" or "related" class says what a container usually is, not what this one holds: some
// CMSs wrap the second half of the story in one (a "read more" expander, a share-tracking wrapper). Before any
// rule drops a container by its name, it is weighed: one that holds the story's paragraphs is kept.

/** A paragraph that reads as body text: long enough, and not mostly a link (a teaser in a read-next list). */
function storyParagraphLength(paragraph: Element): number {
  const text = textOf(paragraph)
  if (text.length < 80) return 0
  const linked = [...paragraph.querySelectorAll('a')].reduce(
    (sum, link) => sum + textOf(link).length,
    0,
  )
  return linked > text.length / 2 ? 0 : text.length
}

export interface MainText {
  /** Characters of story paragraphs on the whole page (or in Readability's article). */
  total: number
}

export function measureMainText(root: Element): MainText {
  let total = 0
  for (const paragraph of root.querySelectorAll('p')) total += storyParagraphLength(paragraph)
  return { total }
}

/**
 * Whether an element holds part of the story: three or more story paragraphs, or at least a fifth of the page's
 * story text (a long paragraph or two in a short piece).
 */
export function holdsMainText(element: Element, page: MainText): boolean {
  let paragraphs = 0
  let length = 0
  const own = element.localName === 'p' ? [element] : [...element.querySelectorAll('p')]
  for (const paragraph of own) {
    const size = storyParagraphLength(paragraph)
    if (size === 0) continue
    paragraphs += 1
    length += size
  }
  if (paragraphs >= 3) return true
  return length >= 160 && page.total > 0 && length / page.total >= 0.2
}
