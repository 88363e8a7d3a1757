import { useId } from 'react'
import type { Ref } from 'react'
import { PageNavigation } from '../../components/PageNavigation'
import { StoryList } from '../../components/StoryList'
import { listingPath } from '../../content/listing-paths'
import type { ListingView } from '../../content/listing-view'
import { listingQueryOptions } from '../../data/queries'
import { AuthorProfile } from './AuthorProfile'
import { listingKindLabel } from './listing-title'
import styles from './listing.module.css'
import { t } from '../../i18n/interface'

interface ListingPageProps {
  listing: ListingView
  headingRef?: Ref<HTMLHeadingElement>
}

/** The role bylines give the author, when the profile does not say. */
function authorRole(listing: ListingView): string | undefined {
  if (listing.kind !== 'author') return undefined
  if (listing.profile?.title !== undefined) return listing.profile.title
  for (const story of listing.stories) {
    const title = story.byline.find((author) => author.slug === listing.slug)?.title
    if (title !== undefined) return title
  }
  return undefined
}

/** A section's, author's or topic's stories, newest first, in pages like the front page. */
export function ListingPage({ listing, headingRef }: ListingPageProps) {
  const listHeadingId = useId()
  const { kind, slug, name, stories, page, pageCount } = listing
  const kindLabel = listingKindLabel(kind)
  const role = authorRole(listing)
  const listHeading = t(kind === 'author' ? 'listing.storiesBy' : 'listing.latestIn', { name })
  return (
    <div className={styles.listing}>
      <header className={listing.profile?.photo ? styles.headerWithPhoto : styles.header}>
        <div className={styles.heading}>
          {kindLabel !== undefined ? <p className={styles.kind}>{kindLabel}</p> : null}
          <h1 className={styles.title} ref={headingRef} tabIndex={-1}>
            {name}
          </h1>
          {role !== undefined ? <p className={styles.role}>{role}</p> : null}
        </div>
        {listing.profile !== undefined ? <AuthorProfile profile={listing.profile} /> : null}
      </header>
      <section aria-labelledby={listHeadingId} className={styles.stories}>
        <h2 id={listHeadingId} className="visually-hidden">
          {listHeading}
        </h2>
        {stories.length === 0 ? (
          <p className={styles.empty}>{t('listing.empty')}</p>
        ) : (
          <StoryList stories={stories} label={listHeading} />
        )}
      </section>
      <PageNavigation
        page={page}
        pageCount={pageCount}
        pathOf={(target) => listingPath(kind, slug, target)}
        queryOf={(target) => listingQueryOptions(kind, slug, target)}
      />
    </div>
  )
}
