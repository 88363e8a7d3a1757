import { slugify } from './slug'
import type { Author, ImportOptions } from './types'

const DEFAULT_SECTION = 'News'
const DEFAULT_AUTHOR = 'Staff'

export function chooseSlug(headline: string, options: ImportOptions, notes: string[]): string {
  if (options.slug !== undefined) return options.slug
  const slug = slugify(headline)
  if (slug !== '') return slug
  notes.push(
    'the headline has no a-z or 0-9 words to make a slug from: used "article"; pass --slug',
  )
  return 'article'
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
