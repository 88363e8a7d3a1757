import type { ListingKind, ListingView } from '../../content/listing-view'
import { t } from '../../i18n/interface'

/** The document title: the name, and after the first page which page it is ("World, page 2 of 3"). */
export function listingTitle(listing: ListingView): string {
  return listing.page === 1
    ? listing.name
    : t('listing.pageTitle', {
        name: listing.name,
        page: listing.page,
        pageCount: listing.pageCount,
      })
}

/** What the page is, in the reader's words, for its loading and problem pages. */
export function listingWhat(kind: ListingKind): string {
  switch (kind) {
    case 'section':
      return t('what.section')
    case 'author':
      return t('what.author')
    case 'topic':
      return t('what.topic')
  }
}

/** The label above a section's or topic's name; an author's page has their role there instead. */
export function listingKindLabel(kind: ListingKind): string | undefined {
  switch (kind) {
    case 'section':
      return t('listing.section')
    case 'topic':
      return t('listing.topic')
    case 'author':
      return undefined
  }
}
