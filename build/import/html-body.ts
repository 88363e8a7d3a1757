import { BLOCK_LEVEL, isElement, textOf } from './html-dom'
import type { PhotoContext } from './html-photos'
import { photoFrom } from './html-photos'
import type { InlineContext } from './inline'
import { inlineOf } from './inline'
import type { PhotoDraft } from './photo'
import { plainText } from './text'
import type { BlockData } from './types'

/** A body block whose photo is not final yet: the lead image may still claim it. */
export type DraftBlock =
  Exclude<BlockData, { type: 'image' }> | { type: 'image'; draft: PhotoDraft }

export interface BodyContext extends InlineContext, PhotoContext {
  dropped: { embeds: number; tables: number }
}

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'nav',
  'hr',
  'br',
  'head',
  'link',
  'meta',
  'canvas',
])
const EMBEDS = new Set(['iframe', 'video', 'audio', 'object', 'embed'])
const SOCIAL_EMBED = /\b(?:twitter-tweet|instagram-media|tiktok-embed|reddit-card|fb-post)\b/
// Page furniture Readability sometimes leaves inside the article: sign-up boxes, ads, share bars, read-next lists.
const FURNITURE =
  /(?:^|[\s_-])(?:newsletter|signup|sign-up|subscribe|subscription|promo|advert|advertisement|ad|ads|ad-slot|share|sharing|social|related|recirc|read-more|read-next|paywall)(?:$|[\s_-])/i

// "… what they came in for. — Tom Ellery": a quotation signed inline rather than with <cite>.
const SIGNED = /^(.*\S)\s+[—–]\s*([^—–]{2,120})$/

function quoteFrom(element: Element, context: BodyContext): DraftBlock[] {
  const sources = [...element.querySelectorAll('cite, footer')]
  const cited = sources
    .map((source) => textOf(source))
    .join(' ')
    .replace(/^[—–-]\s*/, '')
  const text = inlineOf(element, context, new Set(sources))
  if (text === undefined) return []
  const signed = cited === '' && typeof text === 'string' ? SIGNED.exec(text) : null
  if (signed?.[1] !== undefined && signed[2] !== undefined)
    return [{ type: 'quote', text: signed[1], attribution: signed[2] }]
  return [{ type: 'quote', text, ...(cited === '' ? {} : { attribution: cited }) }]
}

function hasBlockChild(element: Element): boolean {
  return [...element.children].some(
    (child) =>
      BLOCK_LEVEL.has(child.localName) ||
      EMBEDS.has(child.localName) ||
      ['img', 'picture'].includes(child.localName),
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

function isFurniture(element: Element): boolean {
  return FURNITURE.test(element.getAttribute('class') ?? '') || FURNITURE.test(element.id)
}

function blocksOf(element: Element, context: BodyContext): DraftBlock[] {
  const tag = element.localName
  if (SKIPPED.has(tag) || isFurniture(element)) return []
  if (EMBEDS.has(tag)) {
    context.dropped.embeds += 1
    return []
  }
  switch (tag) {
    case 'p':
      return paragraph(element, context)
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4': {
      const text = textOf(element)
      return text === '' ? [] : [{ type: 'heading', text: plainText(text) }]
    }
    case 'blockquote':
      if (SOCIAL_EMBED.test(element.getAttribute('class') ?? '')) {
        context.dropped.embeds += 1
        return []
      }
      return quoteFrom(element, context)
    case 'figure': {
      const image = element.querySelector('img')
      if (image) {
        const draft = photoFrom(image, element.querySelector('figcaption'), context)
        return draft ? [{ type: 'image', draft }] : []
      }
      const quote = element.querySelector('blockquote')
      if (quote) return quoteFrom(quote, context)
      return childBlocks(element, context)
    }
    case 'img':
    case 'picture': {
      const image = tag === 'img' ? element : element.querySelector('img')
      const draft = image ? photoFrom(image, null, context) : undefined
      return draft ? [{ type: 'image', draft }] : []
    }
    case 'ul':
    case 'ol':
      return [...element.children].flatMap((item) => paragraph(item, context))
    case 'table':
      context.dropped.tables += 1
      return []
    default:
      return hasBlockChild(element) ? childBlocks(element, context) : paragraph(element, context)
  }
}

function childBlocks(element: Element, context: BodyContext): DraftBlock[] {
  return [...element.childNodes].flatMap((child) =>
    isElement(child) ? blocksOf(child, context) : [],
  )
}

/** Readability's article element → the format's blocks, text only, in reading order. */
export function bodyBlocks(root: Element, context: BodyContext): DraftBlock[] {
  return childBlocks(root, context)
}
