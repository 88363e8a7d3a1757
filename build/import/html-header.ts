import { LIMITS } from '../../src/content/limits'
import { toContentDate } from './dates'
import { textOf } from './html-dom'
import type { PhotoContext } from './html-photos'
import { captionsNear, photoFrom, visibleImages } from './html-photos'
import { holdsMainText, measureMainText } from './main-text'
import type { PhotoDraft } from './photo'
import { emptyTally } from './photo'
import { looseKey, plainText } from './text'

// An article's own <header> holds the kicker, headline, standfirst, byline, date, share buttons and often the
// lead photo. The headline, byline and date are read from the metadata; left in the page, Readability keeps the
// rest as body lines ("June 4, 2024", "342", the standfirst twice). So the header is read here, then removed.

export interface PageHeader {
  lead?: PhotoDraft
  kicker?: string
  standfirst?: string
}

const KICKER_NAME = /kicker|eyebrow|overline|rubric|label|flag|section|category|tag/i
const STANDFIRST_NAME =
  /summary|standfirst|dek\b|deck|subhead|sub-head|subtitle|description|lede|intro|strap|teaser|excerpt/i
const isNamed = (element: Element, pattern: RegExp) =>
  pattern.test(`${element.getAttribute('class') ?? ''} ${element.id}`)

function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) !== 0
}

/** Texts of the smallest elements holding text (a leaf line) in document order, inside `root`. */
function lines(root: Element): Element[] {
  return [...root.querySelectorAll('p, span, div, a, h2, h3, h4, h5, h6, time')].filter(
    (element) =>
      textOf(element) !== '' &&
      ![...element.children].some((child) => textOf(child) === textOf(element)),
  )
}

function headerPhoto(header: Element, context: PhotoContext): PhotoDraft | undefined {
  for (const image of visibleImages(header)) {
    const width = Number(image.getAttribute('width'))
    // A byline's portrait or a logo is not the lead photo.
    if (width > 0 && width < 200) continue
    if (image.closest('[class*="avatar"], [class*="author"], [class*="byline"], [class*="logo"]'))
      continue
    const draft = photoFrom(image, captionsNear(image, header), context)
    if (draft) return draft
  }
  return undefined
}

/** The article's header: read, then taken out of the page before Readability runs. */
export function takeArticleHeader(document: Document, context: PhotoContext): PageHeader {
  // The story's headline, not a masthead's <h1> logo above it.
  const heading =
    document.querySelector('article h1') ??
    document.querySelector('main h1') ??
    document.querySelector('h1')
  const header = heading?.closest('header')
  if (!heading || !header || header.closest('nav') || header.getAttribute('role') === 'banner')
    return {}
  if (holdsMainText(header, measureMainText(document.body))) return {}
  const quiet = { ...context, tally: emptyTally() }
  const found: PageHeader = {}
  const lead = headerPhoto(header, quiet)
  if (lead) found.lead = lead
  for (const line of lines(header)) {
    const text = plainText(textOf(line))
    if (line.closest('figure, figcaption, button, nav, time, address') || heading.contains(line))
      continue
    if (precedes(line, heading)) {
      if (found.kicker === undefined && text.length <= 60 && toContentDate(text) === undefined)
        if (isNamed(line, KICKER_NAME) || line.localName === 'p')
          found.kicker = text.slice(0, LIMITS.shortText)
    } else if (
      found.standfirst === undefined &&
      text.length >= 40 &&
      (isNamed(line, STANDFIRST_NAME) || line.localName === 'p') &&
      !/^by\s/i.test(text)
    )
      found.standfirst = text.slice(0, LIMITS.mediumText)
  }
  header.remove()
  return found
}

/**
 * A page without a lead photo in its metadata often shows one above the story, outside the text Readability
 * keeps: the first sizeable photo inside the article, before its first story paragraph.
 */
export function photoBeforeStory(
  document: Document,
  context: PhotoContext,
  standfirst: string | undefined,
): PhotoDraft | undefined {
  const scope = document.querySelector('article') ?? document.querySelector('main') ?? document.body
  const summary = looseKey(standfirst ?? '')
  const firstStory = [...scope.querySelectorAll('p')].find((paragraph) => {
    const text = textOf(paragraph)
    const key = looseKey(text)
    // The standfirst printed above the photo is not the story's start.
    return (
      text.length >= 80 && !(summary !== '' && (summary.startsWith(key) || key.startsWith(summary)))
    )
  })
  const quiet = { ...context, tally: emptyTally() }
  for (const image of visibleImages(scope)) {
    if (firstStory && !precedes(image, firstStory)) return undefined
    const width = Number(image.getAttribute('width'))
    if (width > 0 && width < 200) continue
    if (
      image.closest('nav, [class*="avatar"], [class*="author"], [class*="byline"], [class*="logo"]')
    )
      continue
    const draft = photoFrom(image, captionsNear(image, scope), quiet)
    if (draft) return draft
  }
  return undefined
}
