import { config } from '../config/config'
import { listingPath } from '../content/listing-paths'
import type { ListingView } from '../content/listing-view'
import { listingTitle } from '../features/listing/listing-title'
import { pageTitle } from '../lib/use-document-title'
import { scriptJson } from '../content/html-escape'
import {
  absoluteUrl,
  commonTags,
  DESCRIPTION_LENGTH,
  imageObject,
  meta,
  pageUrl,
  truncate,
} from './page-head'
import { publisherJsonLd } from './publisher'
import type { ServerMessageId } from '../i18n/server-words'
import { t } from '../i18n/server-words'

// The head of a section's, author's or topic's page. An author's first page is a schema.org ProfilePage about
// a Person: name, role, bio, photo, the links they gave (sameAs), and the publication they write for.

const DESCRIPTIONS = {
  section: 'site.description.section',
  author: 'site.description.author',
  topic: 'site.description.topic',
} as const satisfies Record<ListingView['kind'], ServerMessageId>

function listingDescription(listing: ListingView): string {
  const bio = listing.profile?.bio[0]
  if (bio !== undefined) return truncate(bio, DESCRIPTION_LENGTH)
  const what = t(DESCRIPTIONS[listing.kind], { name: listing.name })
  const site = config.siteName
  return listing.page === 1
    ? t('site.description.firstPage', { what, site })
    : t('site.description.page', { what, page: listing.page, site })
}

function profilePageJsonLd(listing: ListingView, url: string, description: string) {
  const profile = listing.profile
  const title =
    profile?.title ??
    listing.stories.flatMap((story) => story.byline).find((author) => author.slug === listing.slug)
      ?.title
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url,
    name: pageTitle(listing.name),
    description,
    mainEntity: {
      '@type': 'Person',
      name: listing.name,
      url,
      ...(title !== undefined && { jobTitle: title }),
      ...(profile?.bio[0] !== undefined && { description: profile.bio[0] }),
      ...(profile?.photo && { image: imageObject(profile.photo) }),
      ...(profile &&
        profile.links.length > 0 && { sameAs: profile.links.map((link) => link.href) }),
      worksFor: publisherJsonLd(),
    },
  }
}

export function listingHead(listing: ListingView): string {
  const url = pageUrl(listingPath(listing.kind, listing.slug, listing.page))
  const description = listingDescription(listing)
  const photo = listing.profile?.photo
  return [
    ...commonTags(pageTitle(listingTitle(listing)), description, url),
    meta('property', 'og:type', listing.kind === 'author' ? 'profile' : 'website'),
    meta('name', 'twitter:card', 'summary'),
    ...(photo ? [meta('property', 'og:image', absoluteUrl(photo.src))] : []),
    ...(listing.kind === 'author'
      ? [
          `<script type="application/ld+json">${scriptJson(profilePageJsonLd(listing, url, description))}</script>`,
        ]
      : []),
  ]
    .filter(Boolean)
    .join('\n    ')
}
