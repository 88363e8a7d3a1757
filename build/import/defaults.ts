import { slugify } from './slug'
import { hasNonLatinLetters } from './transliterate'
import type { Author, ImportOptions } from './types'

const DEFAULT_SECTION = 'News'
const DEFAULT_AUTHOR = 'Staff'

/** FNV-1a, 32 bits: a short name that is the same for the same headline on every run. */
function stableHash(text: string): string {
  let hash = 0x811c9dc5
  for (const unit of new TextEncoder().encode(text)) hash = Math.imul(hash ^ unit, 0x01000193) >>> 0
  return hash.toString(16).padStart(8, '0')
}

export function chooseSlug(headline: string, options: ImportOptions, notes: string[]): string {
  if (options.slug !== undefined) return options.slug
  const slug = slugify(headline)
  if (slug !== '' && hasNonLatinLetters(headline))
    notes.push(`slug "${slug}" transliterated from the headline; pass --slug to choose another`)
  if (slug !== '') return slug
  if (headline.trim() === '') {
    notes.push('no headline to make a slug from: used "article"; pass --slug')
    return 'article'
  }
  const named = `article-${stableHash(headline.trim())}`
  notes.push(
    `the headline has no letters that can be written in a-z: used "${named}" (the same on every run); pass --slug`,
  )
  return named
}

export function sectionOrDefault(section: string | undefined, notes: string[]): string {
  if (section !== undefined && section !== '') return section
  notes.push(`no section found: used "${DEFAULT_SECTION}"`)
  return DEFAULT_SECTION
}

/** The format needs an author; a publication's name is a truthful stand-in, a made-up person is not. */
export function bylineOrDefault(
  authors: Author[],
  publication: string | undefined,
  notes: string[],
): Author[] {
  if (authors.length > 0) return authors
  const name = publication ?? DEFAULT_AUTHOR
  notes.push(`no byline found: used "${name}"`)
  return [{ name }]
}

export function dateNotes(
  published: { value: string; droppedTime: boolean } | undefined,
  notes: string[],
): void {
  if (published === undefined) notes.push('no publication date found: add publishedAt by hand')
  else if (published.droppedTime)
    notes.push(`the publication time has no time zone: kept the date only (${published.value})`)
}
