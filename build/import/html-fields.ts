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
export function withoutPageLines(
  blocks: DraftBlock[],
  headline: string,
  authors: readonly Author[],
): DraftBlock[] {
  const repeats = new Set([
    looseKey(headline),
    ...authors.flatMap((author) => [looseKey(author.name), looseKey(`by ${author.name}`)]),
  ])
  const roles = authors.flatMap((author) =>
    author.title === undefined || looseKey(author.title) === '' ? [] : [looseKey(author.title)],
  )
  return blocks.filter((block, index) => {
    if (block.type === 'heading') return !repeats.has(looseKey(block.text))
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
    if (index < 3 && (repeats.has(looseKey(text)) || dateLine || roleLine || nameLine)) return false
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
    .replace(/(?:\.\.\.|…)$/, '')
    .trim()
  const opening = looseKey(withoutDateline(text))
  const repeats =
    key !== '' &&
    (opening.startsWith(key) ||
      looseKey(text).startsWith(key) ||
      (opening.length >= 40 && key.startsWith(opening)))
  return repeats ? undefined : description
}
