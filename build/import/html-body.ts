import { LIMITS } from '../../src/content/limits'
import type { DropReport } from './drop-report'
import { furnitureKind, isCallout, isNoteBox, isPullquote } from './html-classes'
import { BLOCK_LEVEL, isElement, textOf } from './html-dom'
import { formulaText } from './html-formula'
import { listFrom } from './html-lists'
import { embedFrom, mediaFrom } from './html-media'
import { noteFromText } from './html-notes'
import type { PhotoContext } from './html-photos'
import { photoFrom } from './html-photos'
import { SLOT_ATTRIBUTE } from './html-protect'
import { isLayoutTable, tableFrom } from './html-tables'
import type { InlineContext } from './inline'
import { inlineOf } from './inline'
import type { MainText } from './main-text'
import { holdsMainText } from './main-text'
import type { PhotoDraft } from './photo'
import { plainText } from './text'
import type { BlockData, CalloutPart } from './types'

/** A body block whose photos are not final yet: the lead image may still claim one. */
export type DraftBlock =
  | Exclude<BlockData, { type: 'image' | 'gallery' }>
  | { type: 'image'; draft: PhotoDraft }
  | { type: 'gallery'; title?: string; drafts: PhotoDraft[] }

export interface BodyContext extends InlineContext, PhotoContext {
  dropped: DropReport
  /** Elements lifted out before Readability ran (html-protect.ts), by placeholder id. */
  slots: ReadonlyMap<string, Element>
  seenSlots: Set<string>
  page: MainText
}

// Never text: code that runs, styles, icons, the document's head. Not worth a line in the report.
const SILENT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'br',
  'head',
  'link',
  'meta',
  'wbr',
])
// Page parts a reader could see that the format does not carry.
const REPORTED: Record<string, string> = {
  form: 'form',
  nav: 'navigation block',
  button: 'button',
  input: 'form field',
  select: 'form field',
  textarea: 'form field',
  canvas: 'canvas (drawn by script)',
  object: 'plug-in object',
  embed: 'plug-in object',
}
const EMBED_MARKUP =
  'iframe, lite-youtube, lite-vimeo, oembed, [data-oembed-url], blockquote.twitter-tweet, blockquote.twitter-video, blockquote.instagram-media, blockquote.tiktok-embed, blockquote.bluesky-embed, blockquote.text-post-media, div.fb-post, div.fb-video, figure.wp-block-embed'
const MATH = 'math, script[type^="math/tex"], .katex, .katex-display, mjx-container'
const GALLERY = /\b(?:wp-block-gallery|gallery|tiled-gallery|slideshow|carousel|photo-grid)\b/i

// "… what they came in for. — Tom Ellery": a quotation signed inline rather than with <cite>.
const SIGNED = /^(.*\S)\s+[—–]\s*([^—–]{2,120})$/

function quoteFrom(
  element: Element,
  context: BodyContext,
  type: 'quote' | 'pullquote' = 'quote',
): DraftBlock[] {
  const sources = [...element.querySelectorAll('cite, footer')]
  const cited = plainText(
    sources
      .map((source) => textOf(source))
      .join(' ')
      .replace(/^[—–-]\s*/, ''),
  )
  const text = inlineOf(element, context, new Set(sources))
  if (text === undefined) return []
  const signed = cited === '' && typeof text === 'string' ? SIGNED.exec(text) : null
  if (signed?.[1] !== undefined && signed[2] !== undefined)
    return [{ type, text: signed[1], attribution: signed[2].slice(0, LIMITS.shortText) }]
  return [
    { type, text, ...(cited === '' ? {} : { attribution: cited.slice(0, LIMITS.shortText) }) },
  ]
}

function hasBlockChild(element: Element): boolean {
  return [...element.children].some(
    (child) =>
      BLOCK_LEVEL.has(child.localName) ||
      child.hasAttribute(SLOT_ATTRIBUTE) ||
      ['img', 'picture', 'iframe', 'video', 'audio', 'pre', 'hr', 'math'].includes(child.localName),
  )
}

function paragraph(element: Element, context: BodyContext): DraftBlock[] {
  const photos = [...element.querySelectorAll('img')].flatMap((image) => {
    const draft = photoFrom(image, null, context)
    return draft ? [{ type: 'image' as const, draft }] : []
  })
  const text = inlineOf(element, context)
  return [...photos, ...(text === undefined ? [] : [{ type: 'paragraph' as const, text }])]
}

function codeFrom(pre: Element, context: BodyContext): DraftBlock[] {
  const raw = pre.textContent.replace(/^\n/, '').replace(/\s+$/, '')
  if (raw.trim() === '') return []
  const languageClass = `${pre.getAttribute('class') ?? ''} ${pre.querySelector('code')?.getAttribute('class') ?? ''}`
  const language = /\b(?:language|lang)-([A-Za-z0-9+#.-]{1,40})\b/.exec(languageClass)?.[1]
  if (raw.length > LIMITS.longText)
    context.dropped.add(
      'code listing',
      `cut at ${LIMITS.longText} characters`,
      undefined,
      'code listings',
    )
  return [{ type: 'code', text: raw.slice(0, LIMITS.longText), ...(language ? { language } : {}) }]
}

function formulaFrom(element: Element): DraftBlock[] {
  const formula = formulaText(element)
  if (formula === undefined) return []
  return [
    {
      type: 'formula',
      text: formula.text.slice(0, LIMITS.mediumText),
      ...(formula.notation ? { notation: formula.notation } : {}),
      display: true,
    },
  ]
}

function galleryFrom(element: Element, context: BodyContext): DraftBlock[] {
  const drafts = [...element.querySelectorAll('img')].flatMap((image) => {
    const own = image.closest('figure')
    const caption = own && own !== element ? own.querySelector('figcaption') : null
    const draft = photoFrom(image, caption, context)
    return draft ? [draft] : []
  })
  if (drafts.length < 2) return drafts.map((draft) => ({ type: 'image', draft }))
  if (drafts.length > LIMITS.galleryImages)
    context.dropped.add('gallery photo', `past the format's ${LIMITS.galleryImages} a gallery`)
  const outer = [...element.children].find((child) => child.localName === 'figcaption')
  const title = outer ? plainText(textOf(outer)).slice(0, LIMITS.shortText) : ''
  return [
    {
      type: 'gallery',
      ...(title === '' ? {} : { title }),
      drafts: drafts.slice(0, LIMITS.galleryImages),
    },
  ]
}

/** A gallery is several photos with little text of their own beside them. */
function looksLikeGallery(element: Element): boolean {
  const images = element.querySelectorAll('img').length
  if (images < 2) return false
  if (element.localName === 'figure' || GALLERY.test(element.getAttribute('class') ?? ''))
    return true
  const captions = [...element.querySelectorAll('figcaption')].reduce(
    (sum, caption) => sum + textOf(caption).length,
    0,
  )
  return (
    textOf(element).length - captions < 40 * images && element.querySelectorAll('p').length === 0
  )
}

function calloutFrom(element: Element, context: BodyContext): DraftBlock[] {
  const heading = element.querySelector(
    'h1, h2, h3, h4, h5, h6, header, .title, [class*="title"], [class*="heading"]',
  )
  const title = heading ? plainText(textOf(heading)).slice(0, LIMITS.shortText) : ''
  const parts: CalloutPart[] = []
  const walk = (node: Element) => {
    for (const child of node.children) {
      if (child === heading) continue
      if (['ul', 'ol'].includes(child.localName)) {
        const list = listFrom(child, context)
        if (list) parts.push(list)
      } else if (hasBlockChild(child)) walk(child)
      else if (child.localName === 'img' || child.localName === 'picture')
        context.dropped.add('photo inside a fact box', '')
      else {
        const text = inlineOf(child, context)
        if (text !== undefined) parts.push({ type: 'paragraph', text })
      }
    }
  }
  walk(element)
  if (parts.length === 0) return []
  if (parts.length > LIMITS.calloutParts)
    context.dropped.add('fact box part', `past the format's ${LIMITS.calloutParts}`)
  return [
    {
      type: 'callout',
      ...(title === '' ? {} : { title }),
      content: parts.slice(0, LIMITS.calloutParts),
    },
  ]
}

function noteBoxFrom(element: Element): DraftBlock[] {
  const text = plainText(textOf(element))
  if (text === '') return []
  const found = noteFromText(text)
  if (found) return [found]
  const names = `${element.getAttribute('class') ?? ''} ${element.id}`.toLowerCase()
  const kind = names.includes('correction')
    ? 'correction'
    : names.includes('clarification')
      ? 'clarification'
      : names.includes('editor')
        ? 'editors-note'
        : 'update'
  return [{ type: 'note', kind, text }]
}

function isLinkList(element: Element): boolean {
  const text = textOf(element).length
  const linked = [...element.querySelectorAll('a')].reduce(
    (sum, link) => sum + textOf(link).length,
    0,
  )
  return text === 0 || linked / text > 0.5
}

/** What a lifted element (an embed, a player, a formula, an aside or box) becomes where the story kept it. */
function liftedBlocks(element: Element, context: BodyContext): DraftBlock[] {
  if (element.matches(MATH)) return formulaFrom(element)
  const reported = REPORTED[element.localName]
  if (reported !== undefined) {
    context.dropped.add(reported, '')
    return []
  }
  if (
    element.matches('video, audio') ||
    (element.querySelector('video, audio') && !element.querySelector('iframe'))
  )
    return mediaFrom(element, context)
  if (
    element.matches(EMBED_MARKUP) ||
    (element.localName === 'figure' && element.querySelector(EMBED_MARKUP))
  )
    return embedFrom(element, context)
  if (isPullquote(element)) {
    const quote =
      element.localName === 'blockquote'
        ? element
        : (element.querySelector('blockquote') ?? element)
    return quoteFrom(quote, context, 'pullquote')
  }
  if (isNoteBox(element)) return noteBoxFrom(element)
  const furniture = furnitureKind(element)
  if (furniture) {
    context.dropped.add(furniture, 'by its class name')
    return []
  }
  if (isCallout(element)) return calloutFrom(element, context)
  if (element.localName === 'aside') {
    if (isLinkList(element)) {
      context.dropped.add(
        'aside of links',
        '(related stories or navigation)',
        undefined,
        'asides of links',
      )
      return []
    }
    return calloutFrom(element, context)
  }
  return element.localName === 'blockquote'
    ? quoteFrom(element, context)
    : childBlocks(element, context)
}

function figureBlocks(element: Element, context: BodyContext): DraftBlock[] {
  if (looksLikeGallery(element)) return galleryFrom(element, context)
  const image = element.querySelector('img')
  if (image) {
    const draft = photoFrom(image, element.querySelector('figcaption'), context)
    return draft ? [{ type: 'image', draft }] : []
  }
  const caption = element.querySelector('figcaption')
  const table = element.querySelector('table')
  if (table) {
    const named = caption ? plainText(textOf(caption)) : undefined
    const block = tableFrom(table, context, named === '' ? undefined : named)
    return block ? [block] : []
  }
  const pre = element.querySelector('pre')
  if (pre) return codeFrom(pre, context)
  const quote = element.querySelector('blockquote')
  if (quote) return quoteFrom(quote, context, isPullquote(element) ? 'pullquote' : 'quote')
  return childBlocks(element, context)
}

function blocksOf(element: Element, context: BodyContext): DraftBlock[] {
  const tag = element.localName
  const slot = element.getAttribute(SLOT_ATTRIBUTE)
  if (slot !== null) {
    context.seenSlots.add(slot)
    const lifted = context.slots.get(slot)
    return lifted ? liftedBlocks(lifted, context) : []
  }
  if (SILENT.has(tag)) return []
  const reported = REPORTED[tag]
  if (reported !== undefined) {
    context.dropped.add(reported, '')
    return []
  }
  const furniture = furnitureKind(element)
  if (furniture && !holdsMainText(element, context.page)) {
    context.dropped.add(furniture, 'by its class name')
    return []
  }
  switch (tag) {
    case 'p':
      return paragraph(element, context)
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6': {
      const text = plainText(textOf(element))
      return text === '' ? [] : [{ type: 'heading', text: text.slice(0, LIMITS.longText) }]
    }
    case 'blockquote':
      return quoteFrom(element, context, isPullquote(element) ? 'pullquote' : 'quote')
    case 'figure':
      return figureBlocks(element, context)
    case 'img':
    case 'picture': {
      const image = tag === 'img' ? element : element.querySelector('img')
      const draft = image ? photoFrom(image, null, context) : undefined
      return draft ? [{ type: 'image', draft }] : []
    }
    case 'ul':
    case 'ol': {
      if (looksLikeGallery(element)) return galleryFrom(element, context)
      const list = listFrom(element, context)
      return list ? [list] : []
    }
    case 'table': {
      if (isLayoutTable(element))
        return [...element.querySelectorAll('td, th')]
          .filter((cell) => cell.closest('table') === element)
          .flatMap((cell) =>
            hasBlockChild(cell) ? childBlocks(cell, context) : paragraph(cell, context),
          )
      const table = tableFrom(element, context)
      return table ? [table] : []
    }
    case 'pre':
      return codeFrom(element, context)
    case 'hr':
      return [{ type: 'break' }]
    default:
      if (GALLERY.test(element.getAttribute('class') ?? '') && looksLikeGallery(element))
        return galleryFrom(element, context)
      return hasBlockChild(element) ? childBlocks(element, context) : paragraph(element, context)
  }
}

function childBlocks(element: Element, context: BodyContext): DraftBlock[] {
  return [...element.childNodes].flatMap((child) =>
    isElement(child) ? blocksOf(child, context) : [],
  )
}

const paragraphText = (block: DraftBlock) =>
  block.type !== 'paragraph'
    ? undefined
    : typeof block.text === 'string'
      ? block.text
      : block.text.map((run) => run.text).join('')
const allEmphasis = (block: DraftBlock) =>
  block.type === 'paragraph' &&
  typeof block.text !== 'string' &&
  block.text.every((run) => run.emphasis === true || run.text.trim() === '')

/** Corrections and updates sit at the top or the bottom of the story, often in italics. */
function withNotes(blocks: DraftBlock[]): DraftBlock[] {
  const paragraphs = blocks.flatMap((block, index) => (block.type === 'paragraph' ? [index] : []))
  const edges = new Set([...paragraphs.slice(0, 2), ...paragraphs.slice(-3)])
  return blocks.map((block, index) => {
    const text = paragraphText(block)
    if (text === undefined || (!edges.has(index) && !allEmphasis(block))) return block
    return noteFromText(text) ?? block
  })
}

/** A section break only separates: never first, last or doubled. */
function tidyBreaks(blocks: DraftBlock[]): DraftBlock[] {
  const kept = blocks.filter(
    (block, index) => block.type !== 'break' || blocks[index - 1]?.type !== 'break',
  )
  while (kept[0]?.type === 'break') kept.shift()
  while (kept.at(-1)?.type === 'break') kept.pop()
  return kept
}

/** Readability's article element → the format's blocks, text only, in reading order. */
export function bodyBlocks(root: Element, context: BodyContext): DraftBlock[] {
  return tidyBreaks(withNotes(childBlocks(root, context)))
}

/** Lifted elements Readability left out with the page around them: a sidebar's embed, a footer's box. */
export function reportUnseenSlots(context: BodyContext): void {
  for (const [id, element] of context.slots) {
    // Furniture and forms outside the story are the page's own chrome, not something the article lost.
    if (
      context.seenSlots.has(id) ||
      element.localName === 'form' ||
      furnitureKind(element) !== undefined
    )
      continue
    const what = element.matches(MATH)
      ? 'formula'
      : element.matches(`${EMBED_MARKUP}, video, audio, figure`)
        ? 'embed or player'
        : 'aside or box'
    context.dropped.add(
      what,
      'outside the article text (in the page around it)',
      undefined,
      what === 'formula'
        ? 'formulas'
        : what === 'embed or player'
          ? 'embeds or players'
          : 'asides or boxes',
    )
  }
}
