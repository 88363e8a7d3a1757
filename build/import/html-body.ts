import { LIMITS } from '../../src/content/limits'
import type { DropReport } from './drop-report'
import {
  furnitureKind,
  isCallToAction,
  isCallout,
  isFootnote,
  isLinkCard,
  isNoteBox,
  isPullquote,
} from './html-classes'
import { BLOCK_LEVEL, SLOT_ATTRIBUTE, isElement, isText, textOf } from './html-dom'
import { formulaText } from './html-formula'
import { definitionListFrom, listFrom, listSegments } from './html-lists'
import { embedFrom, mediaFrom } from './html-media'
import { noteFromText } from './html-notes'
import type { PhotoContext } from './html-photos'
import { captionsNear, photoFrom, visibleImages } from './html-photos'
import { isLayoutTable, tableFrom } from './html-tables'
import type { InlineContext } from './inline'
import { inlineOf } from './inline'
import type { MainText } from './main-text'
import { holdsMainText } from './main-text'
import type { PhotoDraft } from './photo'
import { plainText } from './text'
import type { BlockData, CalloutPart, Run } from './types'
import { linkHref } from './images'

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
  /** Every <img> a block took or refused with a counted reason (see reportUnplacedPhotos). */
  placed: Set<Element>
  /** Elements already read (a photo's caption beside it) or dropped with a counted reason. */
  handled: Set<Element>
  /** The story's root element, the furthest a photo's caption is looked for. */
  root?: Element
}

/** A fresh body context's bookkeeping, for the importers that build one. */
export const emptyBookkeeping = () => ({
  seenSlots: new Set<string>(),
  placed: new Set<Element>(),
  handled: new Set<Element>(),
})

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
  const { photos, captions } = photosIn(element, context)
  const text = inlineOf(element, context, new Set([...sources, ...captions]))
  if (text === undefined) return photos
  const signed = cited === '' && typeof text === 'string' ? SIGNED.exec(text) : null
  if (signed?.[1] !== undefined && signed[2] !== undefined)
    return [{ type, text: signed[1], attribution: signed[2].slice(0, LIMITS.shortText) }, ...photos]
  return [
    { type, text, ...(cited === '' ? {} : { attribution: cited.slice(0, LIMITS.shortText) }) },
    ...photos,
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

/**
 * The photos inside an element the format reads as text (a list item, a quotation, a fact box, a paragraph),
 * as image blocks of their own, with the captions they took, which the element's text then leaves out.
 */
function photosIn(
  element: Element,
  context: BodyContext,
  scope: Element = element,
): { photos: DraftBlock[]; captions: Element[] } {
  const captions: Element[] = []
  const photos = visibleImages(element).flatMap((image): DraftBlock[] => {
    if (context.placed.has(image)) return []
    const near = captionsNear(image, scope)
    captions.push(...near)
    const draft = photoFrom(image, near, context)
    return draft ? [{ type: 'image', draft }] : []
  })
  for (const caption of captions) context.handled.add(caption)
  // An embed, player or box lifted out of this text (html-protect.ts) follows it too.
  const lifted = [...element.querySelectorAll(`[${SLOT_ATTRIBUTE}]`)].filter(
    (slot) => !context.handled.has(slot),
  )
  const liftedBlocks = lifted.flatMap((slot) => blocksOf(slot, context))
  for (const slot of lifted) context.handled.add(slot)
  return { photos: [...photos, ...liftedBlocks], captions: [...captions, ...lifted] }
}

function paragraph(element: Element, context: BodyContext): DraftBlock[] {
  // A paragraph that holds only a photo is often followed by the photo's caption.
  const { photos, captions } = photosIn(element, context, context.root ?? element)
  const text = inlineOf(element, context, new Set(captions))
  return [...photos, ...(text === undefined ? [] : [{ type: 'paragraph' as const, text }])]
}

/** A link preview as one paragraph: its title, linked, then its description. Its thumbnail is decoration. */
function linkCardFrom(element: Element, context: BodyContext): DraftBlock[] {
  const link = element.localName === 'a' ? element : element.querySelector('a[href]')
  const href = linkHref(link?.getAttribute('href') ?? undefined, context.pageUrl)
  const title = plainText(
    textOf(element.querySelector('[class*="title"], h2, h3, h4, strong') ?? link ?? element),
  )
  const description = plainText(
    textOf(
      element.querySelector('[class*="description"], p') ??
        element.ownerDocument.createElement('span'),
    ),
  )
  const images = visibleImages(element)
  for (const image of images) context.placed.add(image)
  if (images.length > 0)
    context.dropped.add(
      'link preview thumbnail',
      '(the link is kept)',
      undefined,
      'link preview thumbnails',
    )
  context.handled.add(element)
  if (title === '') return []
  const runs: Run[] = [
    { text: title, ...(href ? { href } : {}) },
    ...(description !== '' && description !== title ? [{ text: ` — ${description}` }] : []),
  ]
  return [
    {
      type: 'paragraph',
      text: runs.every((run) => run.href === undefined)
        ? runs.map((run) => run.text).join('')
        : runs,
    },
  ]
}

function footnoteFrom(element: Element, context: BodyContext): DraftBlock[] {
  const number = element.querySelector('[class*="footnote-number"]')
  const content = element.querySelector('[class*="footnote-content"]') ?? element
  const text = inlineOf(content, context, new Set(number ? [number] : []))
  context.handled.add(element)
  if (text === undefined) return []
  const mark = number ? `[${plainText(textOf(number))}] ` : ''
  return [
    {
      type: 'paragraph',
      text: typeof text === 'string' ? `${mark}${text}` : [{ text: mark }, ...text],
    },
  ]
}

function listBlocks(list: Element, context: BodyContext): DraftBlock[] {
  return listSegments<DraftBlock>(list, context, (item) => {
    const { photos, captions } = photosIn(item, context)
    return { after: photos, skip: captions }
  })
}

function definitionBlocks(dl: Element, context: BodyContext): DraftBlock[] {
  const { photos, captions } = photosIn(dl, context)
  const list = definitionListFrom(dl, context, new Set(captions))
  return [...(list ? [list] : []), ...photos]
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
  const outer = [...element.children].find((child) => child.localName === 'figcaption')
  const used = new Set<Element>(outer ? [outer] : [])
  const drafts = visibleImages(element).flatMap((image) => {
    const own = image.closest('figure')
    // Inside the gallery's own figure, only captions beside the photo belong to it (the figcaption is the title).
    const captions = captionsNear(image, own && own !== element ? own : element).filter(
      (caption) => caption !== outer,
    )
    for (const caption of captions) used.add(caption)
    const draft = photoFrom(image, captions, context)
    return draft ? [draft] : []
  })
  for (const caption of used) context.handled.add(caption)
  // A slideshow's words beside its photos (a slide's paragraph, a heading) are read after it, not lost.
  const words = [...element.querySelectorAll('p, h2, h3, h4, h5, h6, li, blockquote')].filter(
    (found) =>
      ![...used].some((caption) => caption.contains(found)) &&
      visibleImages(found).length === 0 &&
      found.parentElement?.closest('p, li, blockquote') == null,
  )
  const after = words.flatMap((found) => blocksOf(found, context))
  if (drafts.length < 2)
    return [...drafts.map((draft) => ({ type: 'image' as const, draft })), ...after]
  if (drafts.length > LIMITS.galleryImages)
    context.dropped.add('gallery photo', `past the format's ${LIMITS.galleryImages} a gallery`)
  const title = outer ? plainText(textOf(outer)).slice(0, LIMITS.shortText) : ''
  return [
    {
      type: 'gallery',
      ...(title === '' ? {} : { title }),
      drafts: drafts.slice(0, LIMITS.galleryImages),
    },
    ...after,
  ]
}

/** A gallery is several photos with little text of their own beside them. */
function looksLikeGallery(element: Element): boolean {
  const images = visibleImages(element).length
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

const TITLE_SELECTOR =
  'h1, h2, h3, h4, h5, h6, header, summary, legend, .title, [class*="title"], [class*="heading"], [class*="label"], [class*="header"], [class*="kicker"]'
const TITLE_LENGTH = 120

/**
 * A fact box's own title, whatever it says ("Timeline", "The numbers", "Who is Jane Roe?"): a heading, a
 * <summary>, an element named as a title or label, or a short first line set in bold.
 */
function calloutTitle(element: Element): Element | undefined {
  const named = [...element.querySelectorAll(TITLE_SELECTOR)].find(
    (found) =>
      textOf(found) !== '' &&
      textOf(found).length <= LIMITS.shortText &&
      // A title names the box; a list of titled items (a timeline's entries) is content.
      found.closest('li, table') === null,
  )
  if (named) return named
  const first = [...element.children].find((child) => textOf(child) !== '')
  if (first === undefined || textOf(first).length > TITLE_LENGTH) return undefined
  if (['strong', 'b'].includes(first.localName)) return first
  const only = [...first.children]
  const bold =
    first.localName === 'p' &&
    only.length === 1 &&
    ['strong', 'b'].includes(only[0]?.localName ?? '') &&
    textOf(only[0] ?? first) === textOf(first)
  return bold ? first : undefined
}

function calloutFrom(element: Element, context: BodyContext): DraftBlock[] {
  const heading = calloutTitle(element)
  const title = heading ? plainText(textOf(heading)).slice(0, LIMITS.shortText) : ''
  // A fact box holds text and lists only: its photos are placed right after it, with their captions.
  const { photos, captions } = photosIn(element, context)
  const skip = new Set(captions)
  const parts: CalloutPart[] = []
  const walk = (node: Element) => {
    for (const child of node.children) {
      if (child === heading || skip.has(child) || SILENT.has(child.localName)) continue
      if (heading && child.contains(heading) && textOf(child) === textOf(heading)) continue
      if (['ul', 'ol'].includes(child.localName)) {
        const list = listFrom(child, context)
        if (list) parts.push(list)
      } else if (child.localName === 'dl') {
        const list = definitionListFrom(child, context, skip)
        if (list) parts.push(list)
      } else if (hasBlockChild(child) || (heading && child.contains(heading))) walk(child)
      else {
        const text = inlineOf(child, context, skip)
        // A box's icon ("💡", "ℹ️") is decoration, not a line of the box.
        const iconOnly = !/[\p{L}\p{N}]/u.test(textOf(child))
        if (text !== undefined && !iconOnly) parts.push({ type: 'paragraph', text })
      }
    }
  }
  walk(element)
  if (parts.length === 0)
    return title === '' ? photos : [{ type: 'heading', text: title }, ...photos]
  if (parts.length > LIMITS.calloutParts)
    context.dropped.add('fact box part', `past the format's ${LIMITS.calloutParts}`)
  return [
    {
      type: 'callout',
      ...(title === '' ? {} : { title }),
      content: parts.slice(0, LIMITS.calloutParts),
    },
    ...photos,
  ]
}

function noteBoxFrom(element: Element, context: BodyContext): DraftBlock[] {
  const { photos, captions } = photosIn(element, context)
  const text = plainText(textOf(element, new Set(captions)))
  if (text === '') return photos
  const found = noteFromText(text)
  if (found) return [found, ...photos]
  const names = `${element.getAttribute('class') ?? ''} ${element.id}`.toLowerCase()
  const kind = names.includes('correction')
    ? 'correction'
    : names.includes('clarification')
      ? 'clarification'
      : names.includes('editor')
        ? 'editors-note'
        : 'update'
  return [{ type: 'note', kind, text }, ...photos]
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
    context.handled.add(element)
    return []
  }
  if (
    element.matches('video, audio') ||
    (element.querySelector('video, audio') && !element.querySelector('iframe'))
  ) {
    // A player's fallback picture is the poster the block keeps, not a photo of its own.
    context.handled.add(element)
    return mediaFrom(element, context)
  }
  if (
    element.matches(EMBED_MARKUP) ||
    (element.localName === 'figure' && element.querySelector(EMBED_MARKUP))
  ) {
    // An embedded post's avatars and previews are the provider's, shown when the embed loads.
    context.handled.add(element)
    return embedFrom(element, context)
  }
  if (isLinkCard(element)) return linkCardFrom(element, context)
  if (isFootnote(element)) return footnoteFrom(element, context)
  if (isPullquote(element)) {
    const quote =
      element.localName === 'blockquote'
        ? element
        : (element.querySelector('blockquote') ?? element)
    return quoteFrom(quote, context, 'pullquote')
  }
  if (isNoteBox(element)) return noteBoxFrom(element, context)
  const furniture = furnitureKind(element)
  if (furniture) {
    context.dropped.add(furniture, 'by its class name')
    context.handled.add(element)
    return []
  }
  if (isCallout(element)) return calloutFrom(element, context)
  if (element.localName === 'figure') return figureBlocks(element, context)
  if (element.localName === 'aside') {
    if (isLinkList(element)) {
      context.handled.add(element)
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
  const caption = [...element.querySelectorAll('figcaption')].find(
    (found) => found.closest('figure') === element,
  )
  const table = element.querySelector('table')
  if (table) {
    const named = caption ? plainText(textOf(caption)) : undefined
    const block = tableFrom(table, context, named === '' ? undefined : named)
    return block ? [block] : []
  }
  const pre = element.querySelector('pre')
  if (pre) return codeFrom(pre, context)
  // A quotation set as a figure (often with the speaker's portrait): the quote, then the portrait.
  const quote = element.querySelector('blockquote')
  if (quote) return quoteFrom(quote, context, isPullquote(element) ? 'pullquote' : 'quote')
  const image = visibleImages(element)[0]
  if (image) {
    const draft = photoFrom(image, captionsNear(image, element), context)
    if (caption) context.handled.add(caption)
    // Text a CMS put in the figure besides the photo and its caption (a paragraph, a credit line) is kept.
    const rest = [...element.children].filter(
      (child) =>
        child !== caption &&
        !child.contains(image) &&
        !context.handled.has(child) &&
        textOf(child) !== '',
    )
    return [
      ...(draft ? [{ type: 'image' as const, draft }] : []),
      ...rest.flatMap((child) => blocksOf(child, context)),
    ]
  }
  return childBlocks(element, context)
}

function blocksOf(element: Element, context: BodyContext): DraftBlock[] {
  if (context.handled.has(element)) return []
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
    context.handled.add(element)
    return []
  }
  const furniture = furnitureKind(element)
  if (furniture && !holdsMainText(element, context.page)) {
    context.dropped.add(furniture, 'by its class name')
    context.handled.add(element)
    return []
  }
  if (isCallToAction(element)) {
    context.dropped.add('call-to-action button', '(subscribe, support, share)')
    context.handled.add(element)
    return []
  }
  if (isLinkCard(element)) return linkCardFrom(element, context)
  if (isFootnote(element)) return footnoteFrom(element, context)
  switch (tag) {
    case 'p':
      // Readability turns a <div> into a <p> even when it holds a heading or a list.
      return [...element.children].some((child) => child.matches(STRUCTURAL))
        ? childBlocks(element, context)
        : paragraph(element, context)
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6': {
      const { photos, captions } = photosIn(element, context)
      const text = plainText(textOf(element, new Set(captions)))
      return text === ''
        ? photos
        : [...photos, { type: 'heading', text: text.slice(0, LIMITS.longText) }]
    }
    case 'blockquote':
      return quoteFrom(element, context, isPullquote(element) ? 'pullquote' : 'quote')
    case 'figure':
      return figureBlocks(element, context)
    case 'img':
    case 'picture':
      return photosIn(element, context, context.root ?? element).photos
    case 'ul':
    case 'ol':
      return looksLikeGallery(element)
        ? galleryFrom(element, context)
        : listBlocks(element, context)
    case 'dl':
      return definitionBlocks(element, context)
    case 'details':
      // "What to do if your home floods" and its answer: a box with its own title, open for good.
      return calloutFrom(element, context)
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

// Elements that stand on their own line; anything else beside loose text is part of that text's paragraph.
const STANDS_ALONE = new Set([
  ...BLOCK_LEVEL,
  'details',
  'iframe',
  'video',
  'audio',
  'math',
  'picture',
  'img',
  'nav',
  'form',
  'menu',
])
const STRUCTURAL =
  'h1, h2, h3, h4, h5, h6, ul, ol, dl, table, blockquote, figure, pre, div, section, p, aside, details, hr'

const isLooseText = (node: Node) => isText(node) && node.data.trim() !== ''

/**
 * Text written straight into a container beside block elements ("<div>Text <b>bold</b><p>…</p></div>", a
 * Readability <p> wrapped around an <h2>) is put in a paragraph of its own, in place, so it is read, not lost.
 */
function wrapLooseText(element: Element): void {
  if (![...element.childNodes].some(isLooseText)) return
  let run: ChildNode[] = []
  const flush = () => {
    if (run.some((node) => isLooseText(node) || isElement(node))) {
      const paragraph = element.ownerDocument.createElement('p')
      run[0]?.before(paragraph)
      paragraph.append(...run)
    }
    run = []
  }
  for (const child of [...element.childNodes]) {
    if (
      isElement(child) &&
      (STANDS_ALONE.has(child.localName) || child.hasAttribute(SLOT_ATTRIBUTE))
    )
      flush()
    else run.push(child)
  }
  flush()
}

function childBlocks(element: Element, context: BodyContext): DraftBlock[] {
  wrapLooseText(element)
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
  context.root = root
  const blocks = tidyBreaks(withNotes(childBlocks(root, context)))
  reportUnplacedPhotos(root, context)
  return blocks
}

/** Whether an element or one around it was dropped with a counted reason (or read already). */
function isAccounted(element: Element, context: BodyContext): boolean {
  for (let at: Element | null = element; at; at = at.parentElement)
    if (context.handled.has(at) || SILENT.has(at.localName)) return true
  return false
}

/**
 * The safety net: a photo no block took and no counted drop covered (inside markup the mapper reads as text)
 * is named in the report with where it sat, never lost without a word.
 */
function reportUnplacedPhotos(root: Element, context: BodyContext): void {
  const lifted = [...context.seenSlots].flatMap((id) => context.slots.get(id) ?? [])
  for (const scope of [root, ...lifted])
    for (const image of visibleImages(scope)) {
      if (context.placed.has(image) || isAccounted(image, context)) continue
      const around = image.parentElement?.closest(
        'pre, li, td, th, blockquote, aside, dd, dt, h1, h2, h3, h4, h5, h6, a, p, div, figure',
      )
      context.dropped.add(
        'photo',
        'inside text the format cannot place a photo in',
        `<${around?.localName ?? image.parentElement?.localName ?? 'body'}>`,
      )
    }
}

/** Lifted elements Readability left out with the page around them: a sidebar's embed, a footer's box. */
export function reportUnseenSlots(
  context: BodyContext,
  isLead: (image: Element) => boolean = () => false,
): void {
  for (const [id, element] of context.slots) {
    // Furniture and forms outside the story are the page's own chrome, not something the article lost.
    if (
      context.seenSlots.has(id) ||
      element.localName === 'form' ||
      furnitureKind(element) !== undefined
    )
      continue
    const photos = element.localName === 'figure' ? visibleImages(element) : []
    // The lead photo, printed above the story, is the article's lead image.
    if (photos.length > 0 && photos.every(isLead)) continue
    const what = element.matches(MATH)
      ? 'formula'
      : photos.length > 0 && element.querySelector(EMBED_MARKUP) === null
        ? 'photo'
        : element.matches(`${EMBED_MARKUP}, video, audio, figure`)
          ? 'embed or player'
          : 'aside or box'
    context.dropped.add(
      what,
      'outside the article text (in the page around it)',
      undefined,
      what === 'formula'
        ? 'formulas'
        : what === 'photo'
          ? 'photos'
          : what === 'embed or player'
            ? 'embeds or players'
            : 'asides or boxes',
    )
  }
}
