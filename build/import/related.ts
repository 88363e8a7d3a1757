import { slugify } from './slug'
import { collapseSpace, looseKey } from './text'
import type { KnownArticle } from './types'

const RELATED_AT_END = /\s*\(\s*RELATED\s*:\s*([^()]+?)\s*\)\s*$/i
const RELATED_LINE = /^\(?\s*RELATED\s*:\s*([^()]+?)\s*\)?$/i

export interface RelatedSplit {
  text: string
  headline?: string
}

/** "REPORT: Russia Had…" → "Report: Russia Had…": the label is shouted on the page, not in a headline. */
function relatedHeadline(raw: string): string {
  return collapseSpace(raw).replace(
    /^(\p{Lu}{2,})(?=:)/u,
    (label) => label.charAt(0) + label.slice(1).toLowerCase(),
  )
}

/** Splits a trailing "(RELATED: …)" off a paragraph; a line that is only a related link keeps no text. */
export function splitRelated(paragraph: string): RelatedSplit {
  const whole = RELATED_LINE.exec(paragraph)
  if (whole?.[1] !== undefined) return { text: '', headline: relatedHeadline(whole[1]) }
  const end = RELATED_AT_END.exec(paragraph)
  if (end?.[1] === undefined) return { text: paragraph }
  return { text: paragraph.slice(0, end.index).trim(), headline: relatedHeadline(end[1]) }
}

/** The slug of the published article with this headline, else one made from it (reported as a guess). */
export function relatedSlug(
  headline: string,
  known: readonly KnownArticle[],
): { slug: string; guessed: boolean } {
  const match = known.find((article) => looseKey(article.headline) === looseKey(headline))
  return match ? { slug: match.slug, guessed: false } : { slug: slugify(headline), guessed: true }
}
