import { Navigate, useParams } from 'react-router'
import { isSlug } from '../../content/safe-url'
import { listingPath } from '../../content/listing-paths'
import type { ListingKind } from '../../content/listing-view'
import { listingQueryOptions } from '../../data/queries'
import { ListingPage } from '../../features/listing/ListingPage'
import { listingTitle, listingWhat } from '../../features/listing/listing-title'
import { QueryPage } from '../QueryPage'
import { NotFoundRoute } from './NotFoundRoute'
import { pageNumber } from './page-number'
import { t } from '../../i18n/interface'

/** /sections/<slug>, /authors/<slug>, /topics/<slug>, and their older pages (…/page/2). */
export function ListingRoute({ kind }: { kind: ListingKind }) {
  const { slug = '', page: param } = useParams()
  const page = pageNumber(param)
  // A malformed slug or page number can't name a file: "not found" without asking the server.
  if (!isSlug(slug) || page === undefined) return <NotFoundRoute />
  // One address per page: …/page/1 is the listing itself.
  if (page === 1 && param !== undefined) return <Navigate to={listingPath(kind, slug)} replace />
  const what = listingWhat(kind)
  return (
    <QueryPage
      key={`${kind}/${slug}/${page}`}
      query={listingQueryOptions(kind, slug, page)}
      what={what}
      loading={t('listing.loading', { what })}
      title={listingTitle}
    >
      {(listing, headingRef) => <ListingPage listing={listing} headingRef={headingRef} />}
    </QueryPage>
  )
}
