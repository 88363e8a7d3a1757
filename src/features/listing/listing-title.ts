import { pagePosition } from '../../components/page-position'
import type { ListingKind, ListingView } from '../../content/listing-view'

/** The document title: the name, and after the first page which page it is ("World, page 2 of 3"). */
export function listingTitle(listing: ListingView): string {
  return listing.page === 1 ? listing.name : `${listing.name}, page ${pagePosition(listing)}`
}

/** What the page is, in the reader's words, for its loading and problem pages. */
export function listingWhat(kind: ListingKind): string {
  switch (kind) {
    case 'section':
      return 'section'
    case 'author':
      return 'author’s page'
    case 'topic':
      return 'topic'
  }
}

/** The label above a section's or topic's name; an author's page has their role there instead. */
export function listingKindLabel(kind: ListingKind): string | undefined {
  switch (kind) {
    case 'section':
      return 'Section'
    case 'topic':
      return 'Topic'
    case 'author':
      return undefined
  }
}
