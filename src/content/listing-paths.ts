import type { ListingKind } from './content-files'
import { authorPath, sectionPath, topicPath } from './site-paths'

// Apart from listing-view.ts so that links to these pages (in every masthead and byline) don't bring the view
// model's transforms into the first view's JavaScript.

/** The app path of a page of a listing: /sections/world, /authors/shelby-talcott/page/2. */
export function listingPath(kind: ListingKind, slug: string, page = 1): string {
  switch (kind) {
    case 'section':
      return sectionPath(slug, page)
    case 'author':
      return authorPath(slug, page)
    case 'topic':
      return topicPath(slug, page)
  }
}
