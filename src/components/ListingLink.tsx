import type { ReactNode } from 'react'
import { listingPath } from '../content/listing-paths'
import type { ListingKind } from '../content/listing-view'
import { listingQueryOptions } from '../data/queries'
import { PrefetchLink } from './PrefetchLink'

interface ListingLinkProps {
  kind: ListingKind
  slug: string
  children: ReactNode
  className?: string
}

/** A section label, byline name or topic tag that opens its page, loading it as soon as the reader shows interest. */
export function ListingLink({ kind, slug, children, className }: ListingLinkProps) {
  return (
    <PrefetchLink
      to={listingPath(kind, slug)}
      query={listingQueryOptions(kind, slug)}
      className={className}
    >
      {children}
    </PrefetchLink>
  )
}
