import { cleanText } from '../../src/content/text'

// Saved pages and CMS exports often carry markup that was escaped once too often ("&lt;b&gt;"): once decoded
// it is still markup, and the format shows text literally, so it would print as tags.
const TAG_LIKE = /<\/?[a-z][^<>]*>/gi

export function collapseSpace(value: string): string {
  return cleanText(value.replace(/\s+/g, ' '))
}

/** Visible text with any leftover tag-like sequences removed. */
export function plainText(value: string): string {
  return collapseSpace(value.replace(TAG_LIKE, ' '))
}

export function hasTagLikeText(value: string): boolean {
  return new RegExp(TAG_LIKE.source, 'i').test(value)
}

/** Two renderings of the same sentence compare equal whatever their quotes, dashes and spacing. */
export function looseKey(value: string): string {
  return collapseSpace(
    value
      .normalize('NFKC')
      .replace(/[‘’‛′`´]/g, "'")
      .replace(/[“”„″]/g, '"')
      .replace(/[‐‑‒–—―]/g, '-')
      .replace(/…/g, '...'),
  ).toLowerCase()
}

/** How much care a rendering shows: curly quotes and real dashes are the edited version of a line. */
export function typographicScore(value: string): number {
  return (value.match(/[‘’“”–—…]/g) ?? []).length
}

const ABBREVIATION =
  /(?:\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Prof|No|Vol|vs|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec)\.)$/

/** The first sentence, not fooled by "U.S." or "Mr.". */
export function firstSentence(value: string): string {
  const boundary = /[.!?]["”’]?\s+(?=["“‘]?[A-Z0-9])/g
  for (const match of value.matchAll(boundary)) {
    const end = match.index + match[0].trimEnd().length
    const before = value.slice(0, end).replace(/["”’]$/, '')
    if (!ABBREVIATION.test(before)) return value.slice(0, end)
  }
  return value
}

export function titleCaseWord(word: string): string {
  return word
    .toLowerCase()
    .replace(
      /(^|[-'’])(\p{Ll})/gu,
      (_match, prefix: string, letter: string) => prefix + letter.toUpperCase(),
    )
}

export function isAllCaps(word: string): boolean {
  return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word)
}

export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`
}
