import { LIMITS } from '../../src/content/limits'
import { toContentDate } from './dates'
import type { DraftBlock } from './html-body'
import type { PageMetadata } from './html-metadata'
import { looseKey } from './text'
import type { Author, BlockData } from './types'

/** "Headline | Site" → "Headline", when the site's name is known or the separator is a pipe. */
function withoutSiteName(
  title: string | undefined,
  siteName: string | undefined,
): string | undefined {
  if (title === undefined) return undefined
  const separators = /\s+[|–—-]\s+/
  const parts = title.split(separators)
  const last = parts.at(-1)
  if (
    parts.length > 1 &&
    siteName !== undefined &&
    last !== undefined &&
    looseKey(last) === looseKey(siteName)
  )
    return parts.slice(0, -1).join(' - ')
  const piped = title.split(/\s+\|\s+/)
  return piped.length > 1 ? piped[0] : title
}

export function chooseHeadline(meta: PageMetadata, readabilityTitle: string | undefined): string {
  const candidates = [
    withoutSiteName(meta.headline, meta.siteName),
    meta.firstHeading,
    withoutSiteName(readabilityTitle, meta.siteName),
    withoutSiteName(meta.documentTitle, meta.siteName),
  ]
  return candidates.find((candidate) => candidate !== undefined && candidate !== '') ?? ''
}

const textOfBlock = (block: DraftBlock) =>
  block.type === 'paragraph'
    ? typeof block.text === 'string'
      ? block.text
      : block.text.map((run) => run.text).join('')
    : undefined

/**
 * The headline, byline and date line that Readability left at the top of the text are not body text, and
 * neither is a copyright line at the end of a bare page.
 */
// "6 min read", "Lecture 3 min.", "1.2K" (claps, shares, comments): the header's counters, not the story.
const READING_TIME =
  /^(?:\d+\s*(?:min(?:ute)?s?|mn)\.?\s*(?:read|de lecture)(?:\s*[·|•-].{0,30})?|(?:temps de\s+)?lecture\s*:?\s*\d+\s*min\.?)$/i
const COUNTER = /^\d+(?:[.,]\d+)?\s*[km]?$/i

/** A line of rule characters ("___", "* * *", "---") is a section break the page typed. */
export function typedRulesAsBreaks(blocks: readonly DraftBlock[]): DraftBlock[] {
  return blocks.map((block) => {
    const text = block.type === 'paragraph' ? textOfBlock(block) : undefined
    return text !== undefined && /^[_*\-–—~•·=#\s]{3,}$/.test(text) && !/^\s*$/.test(text)
      ? { type: 'break' }
      : block
  })
}

export function withoutPageLines(
  blocks: DraftBlock[],
  headline: string,
  authors: readonly Author[],
  description?: string,
): DraftBlock[] {
  const repeats = new Set([
    looseKey(headline),
    ...authors.flatMap((author) => [looseKey(author.name), looseKey(`by ${author.name}`)]),
  ])
  const roles = authors.flatMap((author) =>
    author.title === undefined || looseKey(author.title) === '' ? [] : [looseKey(author.title)],
  )
  return blocks.filter((block, index) => {
    // The author's headshot beside the byline, its alt text their name.
    if (block.type === 'image' && index < 4) return !repeats.has(looseKey(block.draft.alt ?? ''))
    // A subtitle printed as a heading above the story is the standfirst; a paragraph that says the same is
    // the story's opening, and the standfirst gives way to it instead.
    if (block.type === 'heading')
      return !(
        repeats.has(looseKey(block.text)) ||
        (index < 3 && description !== undefined && looseKey(description) === looseKey(block.text))
      )
    const text = textOfBlock(block)
    if (text === undefined) return true
    const dateLine = text.length <= 50 && toContentDate(text) !== undefined
    // "Transport correspondent, Valley News": the byline's second line.
    const roleLine = text.length <= 100 && roles.some((role) => looseKey(text).startsWith(role))
    // "Ana Ruiz Tue, 06/04/2024 - 10:00": the byline and the date on one line.
    const nameLine =
      text.length <= 100 &&
      authors.some((author) => looseKey(text).startsWith(looseKey(author.name))) &&
      /\d/.test(text)
    const counter = text.length <= 40 && (READING_TIME.test(text) || COUNTER.test(text))
    if (index < 4 && (repeats.has(looseKey(text)) || dateLine || roleLine || nameLine || counter))
      return false
    return !(index === blocks.length - 1 && /^(?:copyright\b|©|\(c\)\s)/i.test(text))
  })
}

// "WASHINGTON (AP) — ", "LONDON, May 2 (Reuters) - ", "KYIV, Ukraine — ": the wire's place line before the first sentence.
const DATELINE =
  /^[\p{Lu}][\p{Lu}\p{M}'’. -]{1,40}(?:,\s*[\p{L}\p{M}'’. ]{1,40}?)?(?:,?\s*[A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:\([^)]{1,40}\))?\s*[—–-]{1,2}\s+/u

export function withoutDateline(text: string): string {
  const match = DATELINE.exec(text)
  return match ? text.slice(match[0].length) : text
}

/** A description that only repeats the opening paragraph adds nothing above it. */
export function standfirstOf(
  description: string | undefined,
  blocks: readonly BlockData[],
): string | undefined {
  // Past the standfirst limit it is not a summary but a copy of the text.
  if (description === undefined || description.length > LIMITS.mediumText) return undefined
  const first = blocks.find((block) => block.type === 'paragraph')
  if (first?.type !== 'paragraph') return description
  const text =
    typeof first.text === 'string' ? first.text : first.text.map((run) => run.text).join('')
  const key = looseKey(withoutDateline(description))
    // A description cut to the paragraph's first clause ends with a full stop the paragraph does not have.
    .replace(/(?:\.\.\.|…|[.!?])$/, '')
    .trim()
  const opening = looseKey(withoutDateline(text))
  const repeats =
    key !== '' &&
    (opening.startsWith(key) ||
      looseKey(text).startsWith(key) ||
      (opening.length >= 40 && key.startsWith(opening)))
  return repeats ? undefined : description
}
