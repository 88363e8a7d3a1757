import type { BlockView } from '../../content/block-view'

export interface ContentsEntry {
  /** The heading block's key. */
  key: string
  text: string
  /** The heading's id, a link target that stays the same while its words do. */
  id: string
}

/** Fewer sub-headings than this and a table of contents is only in the way. */
export const CONTENTS_FROM = 3

// Ids the page already uses, or that the photo viewer reads from the #hash.
const TAKEN = /^(main|photo-\d+)$/

/** "Seeing the invisible" → "seeing-the-invisible"; letters of any script are kept ("كيف-بدأت-الفكرة"). */
export function slugOf(text: string): string {
  const slug = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return slug === '' ? 'section' : slug
}

/** Every sub-heading with a unique id: the same heading text twice gets "-2", "-3" after the first. */
export function contentsOf(blocks: readonly BlockView[]): ContentsEntry[] {
  const used = new Set<string>()
  const entries: ContentsEntry[] = []
  for (const block of blocks) {
    if (block.type !== 'heading') continue
    const base = TAKEN.test(slugOf(block.text))
      ? `section-${slugOf(block.text)}`
      : slugOf(block.text)
    let id = base
    for (let n = 2; used.has(id); n += 1) id = `${base}-${String(n)}`
    used.add(id)
    entries.push({ key: block.key, text: block.text, id })
  }
  return entries
}
