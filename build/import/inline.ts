import { cleanText } from '../../src/content/text'
import { BLOCK_LEVEL, NOT_TEXT, SLOT_ATTRIBUTE, isElement, isText } from './html-dom'
import { linkHref } from './images'
import { hasTagLikeText, plainText } from './text'
import type { InlineData, Run } from './types'

interface Marks {
  href?: string
  emphasis?: true
  strong?: true
  code?: true
}

export interface InlineContext {
  pageUrl?: string
  /** Counts text that still looked like markup after parsing, to report it once. */
  markupInText: { count: number }
}

function marksOf(element: Element, outer: Marks, context: InlineContext): Marks {
  switch (element.localName) {
    case 'em':
    case 'i':
      return { ...outer, emphasis: true }
    case 'strong':
    case 'b':
      return { ...outer, strong: true }
    case 'code':
    case 'kbd':
    case 'samp':
    case 'tt':
      return { ...outer, code: true }
    case 'a': {
      // A link inside a link is not valid HTML; the inner one wins, as in browsers' repair of it.
      const href = linkHref(element.getAttribute('href') ?? undefined, context.pageUrl)
      const inner: Marks = href === undefined ? {} : { href }
      if (outer.emphasis) inner.emphasis = true
      if (outer.strong) inner.strong = true
      if (outer.code) inner.code = true
      return inner
    }
    default:
      return outer
  }
}

/** <sup><a href="#fn1">1</a></sup>, WordPress's <sup data-fn>, and the like: a short mark linking into the page. */
function isNoteMarker(element: Element): boolean {
  const text = element.textContent.trim()
  // Substack's footnote mark is a bare link: <a class="footnote-anchor" href="#footnote-1">1</a>.
  if (element.localName === 'a')
    return (
      /^\d{1,3}$/.test(text) &&
      /^#(?:fn|footnote|note|cite)/i.test(element.getAttribute('href') ?? '') &&
      element.closest('sup') === null
    )
  if (element.localName !== 'sup') return false
  return (
    text.length > 0 &&
    text.length <= 6 &&
    (element.hasAttribute('data-fn') ||
      element.querySelector('a[href^="#"]') !== null ||
      /\b(?:fn|footnote|reference)\b/i.test(element.getAttribute('class') ?? ''))
  )
}

const isBackLink = (element: Element) =>
  element.localName === 'a' &&
  (element.getAttribute('href') ?? '').startsWith('#') &&
  /^[\s↩↑^⤴]+$/u.test(element.textContent.replace(/\uFE0E|\uFE0F/g, ''))

function collect(
  node: Node,
  marks: Marks,
  context: InlineContext,
  skip: ReadonlySet<Element>,
  out: Run[],
) {
  for (const child of node.childNodes) {
    if (isText(child)) {
      if (hasTagLikeText(child.data)) context.markupInText.count += 1
      // Keep edge spaces: they separate this run from its neighbours.
      const text = child.data.replace(/\s+/g, ' ')
      const cleaned = hasTagLikeText(text) ? ` ${plainText(text)} ` : text
      out.push({ text: cleaned, ...marks })
    } else if (isElement(child) && child.hasAttribute(SLOT_ATTRIBUTE)) {
      // A lifted element's placeholder: its block is placed by the body walker, never read as text.
    } else if (isElement(child) && isBackLink(child)) {
      // "↩": a footnote's link back to its mark, which points at nothing here.
    } else if (isElement(child) && isNoteMarker(child)) {
      // A footnote mark ("¹", linked to the note) cannot be raised here: written "[1]", it still reads as one.
      out.push({ text: `[${child.textContent.trim().replace(/^\[|\]$/g, '')}]`, ...marks })
    } else if (isElement(child) && !NOT_TEXT.has(child.localName) && !skip.has(child)) {
      const separate = BLOCK_LEVEL.has(child.localName)
      if (separate) out.push({ text: ' ' })
      collect(child, marksOf(child, marks, context), context, skip, out)
      if (separate) out.push({ text: ' ' })
    }
  }
}

const sameMarks = (a: Run, b: Run) =>
  a.href === b.href && a.emphasis === b.emphasis && a.strong === b.strong && a.code === b.code
const isPlain = (run: Run) => run.href === undefined && !run.emphasis && !run.strong && !run.code

/** Edge spaces belong outside a link or emphasis, or the reader would see an underlined space. */
function spacesOutside(runs: readonly Run[]): Run[] {
  return runs.flatMap((run) => {
    if (isPlain(run)) return [run]
    const lead = /^ +/.exec(run.text)?.[0] ?? ''
    const trail = / +$/.exec(run.text)?.[0] ?? ''
    const core = run.text.slice(lead.length, run.text.length - trail.length)
    return [{ text: lead }, { ...run, text: core }, { text: trail }]
  })
}

function joinSpaces(runs: readonly Run[]): Run[] {
  let spaceBefore = true
  const joined = runs.map((run) => {
    const text = spaceBefore ? run.text.replace(/^ +/, '') : run.text
    if (text !== '') spaceBefore = text.endsWith(' ')
    return { ...run, text }
  })
  const lastWithText = joined.findLastIndex((run) => run.text !== '')
  const trimmed = joined.slice(0, lastWithText + 1)
  const last = trimmed.at(-1)
  if (last) trimmed[trimmed.length - 1] = { ...last, text: last.text.replace(/ +$/, '') }
  return trimmed.filter((run) => run.text !== '')
}

function merge(runs: readonly Run[]): Run[] {
  const merged: Run[] = []
  for (const run of runs) {
    const previous = merged.at(-1)
    if (previous && sameMarks(previous, run))
      merged[merged.length - 1] = { ...previous, text: previous.text + run.text }
    else merged.push(run)
  }
  return merged
}

/** An element's content as the format's inline text: a string, or runs when links or emphasis survive. */
export function inlineOf(
  element: Element,
  context: InlineContext,
  skip: ReadonlySet<Element> = new Set(),
): InlineData | undefined {
  const raw: Run[] = []
  collect(element, {}, context, skip, raw)
  const runs = merge(joinSpaces(spacesOutside(raw)))
  if (runs.every((run) => cleanText(run.text) === '')) return undefined
  if (runs.every(isPlain)) return cleanText(runs.map((run) => run.text).join(''))
  return runs
}
