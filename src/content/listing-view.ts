import type { AuthorProfileData } from './author-format'
import type { ListingKind } from './content-files'
import type { ContentPolicy } from './content-policy'
import type { FrontPageData } from './format'
import { toImageView } from './image-view'
import type { ImageView } from './image-view'
import { cleanText, optionalText } from './text'
import { toFrontPageView } from './view-model'
import type { FrontPageView, SummaryView } from './view-model'

export type { ListingKind } from './content-files'

interface AuthorLinkView {
  href: string
  label: string
}

/** What an author page shows about its writer (authors/<slug>.json). */
export interface AuthorProfileView {
  name: string
  title?: string
  bio: string[]
  photo?: ImageView
  links: AuthorLinkView[]
}

/** One page of a section's, an author's or a topic's stories, and what the page is called. */
export interface ListingView extends FrontPageView {
  kind: ListingKind
  slug: string
  /** "World", "Shelby Talcott", "Ukraine": the page's h1. */
  name: string
  /** Only on an author's first page, and only when the publisher wrote one. */
  profile?: AuthorProfileView
}

export function toAuthorProfileView(
  data: AuthorProfileData,
  policy: ContentPolicy,
): AuthorProfileView {
  return {
    name: cleanText(data.name),
    title: optionalText(data.title),
    bio: (data.bio ?? []).map(cleanText).filter((paragraph) => paragraph !== ''),
    photo: data.photo && toImageView(data.photo, policy),
    links: (data.links ?? []).map((link) => ({ href: link.url, label: cleanText(link.label) })),
  }
}

/** The name the stories themselves give what the page lists: the newest story's spelling wins. */
function nameInStories(
  kind: ListingKind,
  slug: string,
  stories: readonly SummaryView[],
): string | undefined {
  for (const story of stories) {
    const name =
      kind === 'section'
        ? story.section?.slug === slug
          ? story.section.name
          : undefined
        : kind === 'author'
          ? story.byline.find((author) => author.slug === slug)?.name
          : story.topics.find((topic) => topic.slug === slug)?.name
    if (name !== undefined) return name
  }
  return undefined
}

/** A readable stand-in when no story names it (an empty or broken page): "middle-east" → "Middle east". */
function nameFromSlug(slug: string): string {
  const words = slug.replace(/-/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

export function toListingView(
  data: FrontPageData,
  listing: { kind: ListingKind; slug: string; page: number },
  policy: ContentPolicy,
  profile?: AuthorProfileView,
): ListingView {
  const page = toFrontPageView(data, listing.page, policy)
  return {
    ...page,
    kind: listing.kind,
    slug: listing.slug,
    name:
      profile?.name ??
      nameInStories(listing.kind, listing.slug, page.stories) ??
      nameFromSlug(listing.slug),
    profile,
  }
}
