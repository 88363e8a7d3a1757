import {
  droppingNames,
  furnitureKind,
  isCallout,
  isFootnote,
  isLinkCard,
  isNoteBox,
  isPullquote,
} from './html-classes'
import { holdsMainText, measureMainText } from './main-text'
import { formulaText } from './html-formula'
import { SLOT_ATTRIBUTE } from './html-dom'

// Readability keeps the story's text and throws away most of what is not a paragraph: every <aside>, every
// iframe it does not know, <math>, the scripts that hold TeX. Before it runs, each of those is lifted out of
// the page and a plain placeholder paragraph left in its place, so Readability decides only *where* the story
// is; the body walker then puts the lifted element back where its placeholder survived.

const EMBED_MARKUP =
  'iframe, video, audio, lite-youtube, lite-vimeo, oembed, [data-oembed-url], blockquote.twitter-tweet, blockquote.twitter-video, blockquote.instagram-media, blockquote.tiktok-embed, blockquote.bluesky-embed, blockquote.text-post-media, div.fb-post, div.fb-video, figure.wp-block-embed, figure.wp-block-video, figure.wp-block-audio'
const MATH = 'math, script[type^="math/tex"], .katex, .katex-display, mjx-container'
// Furniture and forms are lifted too, so the report can count those Readability would drop without a word.
const BOXES = 'aside, figure, div, section, blockquote, form, ul, ol, p'

export interface Protected {
  slots: Map<string, Element>
  /** Containers whose furniture-like names were taken off because they hold the story. */
  keptByWeight: string[]
}

function isDisplayFormula(element: Element): boolean {
  if (element.getAttribute('display') === 'block') return true
  if (element.classList.contains('katex-display')) return true
  if (/mode=display/.test(element.getAttribute('type') ?? '')) return true
  if (element.localName === 'mjx-container' && element.getAttribute('display') === 'true')
    return true
  const parent = element.parentElement
  return (
    parent !== null && ['div', 'figure', 'section', 'body', 'article'].includes(parent.localName)
  )
}

function slotFor(element: Element, slots: Map<string, Element>): Element {
  const id = String(slots.size + 1)
  const placeholder = element.ownerDocument.createElement('p')
  placeholder.setAttribute(SLOT_ATTRIBUTE, id)
  // Readability removes empty paragraphs; this text is never shown, only looked up.
  placeholder.textContent = `broadsheet-slot-${id}`
  slots.set(id, element)
  return placeholder
}

function lift(element: Element, slots: Map<string, Element>): void {
  if (!element.isConnected) return
  // The figure around a player holds its caption; they go together.
  const figure = element.closest('figure')
  const target =
    figure &&
    figure !== element &&
    !figure.closest(`[${SLOT_ATTRIBUTE}]`) &&
    figure.querySelectorAll('img').length <= 1
      ? figure
      : element
  target.replaceWith(slotFor(target, slots))
}

export function protectSpecials(document: Document): Protected {
  const slots = new Map<string, Element>()
  const keptByWeight: string[] = []
  const body = document.body
  const page = measureMainText(body)

  // 1. Names that would get a story-holding container dropped are taken off it.
  for (const element of body.querySelectorAll('[class], [id]')) {
    const names = droppingNames(element)
    if (names.length === 0 || !holdsMainText(element, page)) continue
    for (const name of names) {
      element.classList.remove(name)
      if (element.id === name) element.removeAttribute('id')
    }
    keptByWeight.push(names.join(' '))
  }

  // 2. Inline formulas become their text in the sentence; display formulas, embeds and boxes are lifted.
  for (const element of [...body.querySelectorAll(MATH)]) {
    if (!element.isConnected) continue
    const outer = element.parentElement?.closest(MATH)
    if (outer) continue
    if (isDisplayFormula(element)) lift(element, slots)
    else element.replaceWith(document.createTextNode(formulaText(element)?.text ?? ''))
  }
  for (const element of [...body.querySelectorAll(EMBED_MARKUP)]) {
    if (element.isConnected && !element.parentElement?.closest(EMBED_MARKUP)) lift(element, slots)
  }
  for (const element of [...body.querySelectorAll(BOXES)]) {
    if (!element.isConnected) continue
    const box =
      element.localName === 'aside' ||
      element.localName === 'form' ||
      furnitureKind(element) !== undefined ||
      isPullquote(element) ||
      isCallout(element) ||
      isNoteBox(element) ||
      // Readability rewrites a link card's and a footnote's inner boxes, losing which line is which.
      isLinkCard(element) ||
      isFootnote(element) ||
      // Readability drops a quotation's <footer>, and with it who said it.
      (element.localName === 'blockquote' && element.querySelector('footer, cite') !== null)
    // A photo's figure: Readability drops figures in boxes named "media" or "image", or with little text.
    const photo =
      element.localName === 'figure' &&
      element.querySelector('img') !== null &&
      element.querySelector('p, ul, ol, table') === null &&
      // In a list, a table or a gallery the photo is part of that structure, which is read whole.
      element.closest('li, td, th') === null &&
      element.parentElement?.closest(
        '[class*="gallery"], [class*="slideshow"], [class*="carousel"]',
      ) == null
    // A box that holds the story is not a box: it is walked as the story.
    if ((box || photo) && !holdsMainText(element, page)) lift(element, slots)
  }
  return { slots, keptByWeight }
}
