// Where the content files live, relative to the content base (docs/article-format.md, "Where the files live").
// No imports: the build scripts write these files by the same names the reader fetches.

export function articleFile(slug: string): string {
  return `articles/${slug}.json`
}

/** Page 1 of the front page is index.json; older pages are pages/<n>.json. */
export function frontPageFile(page: number): string {
  return page === 1 ? 'index.json' : `pages/${String(page)}.json`
}

/** The pages that list stories by section, author or topic: one folder each, paged like the front page. */
export type ListingKind = 'section' | 'author' | 'topic'

const LISTING_FOLDERS: Record<ListingKind, string> = {
  section: 'sections',
  author: 'authors',
  topic: 'topics',
}

export function listingFolder(kind: ListingKind): string {
  return LISTING_FOLDERS[kind]
}

/** sections/<slug>/index.json is page 1; older pages are sections/<slug>/pages/<n>.json. */
export function listingFile(kind: ListingKind, slug: string, page: number): string {
  return `${LISTING_FOLDERS[kind]}/${slug}/${frontPageFile(page)}`
}

/** An author's profile (name, bio, photo, links), written by the publisher beside the generated listing. */
export function authorProfileFile(slug: string): string {
  return `authors/${slug}.json`
}

/** The publisher's order of sections for the masthead. */
export const SECTIONS_FILE = 'sections.json'
