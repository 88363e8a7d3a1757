import type { ReactNode } from 'react'
import type { ContentDate } from '../content/dates'
import type { ImageView } from '../content/image-view'
import { ListingLink } from './ListingLink'
import { PublishedDate } from './PublishedDate'
import { ResponsiveImage } from './ResponsiveImage'
import styles from './story-meta.module.css'

interface StoryMetaProps {
  /** With a slug, the label links to the section's page; without, it is a plain label (another site's name). */
  section?: { name: string; slug?: string }
  published?: ContentDate
  language: string
  children?: ReactNode
}

/** "WORLD  March 13, 2022" above a story's headline, on the front page and in related stories alike. */
export function StoryMeta({ section, published, language, children }: StoryMetaProps) {
  if (section === undefined && published === undefined && !children) return null
  return (
    <p className={styles.meta}>
      {section?.slug !== undefined ? (
        <ListingLink kind="section" slug={section.slug} className={styles.section}>
          {section.name}
        </ListingLink>
      ) : section !== undefined ? (
        <span className={styles.section}>{section.name}</span>
      ) : null}
      {published !== undefined ? (
        <PublishedDate date={published} fallbackLocale={language} />
      ) : null}
      {children}
    </p>
  )
}

interface StoryThumbnailProps {
  image: ImageView
  sizes: string
  priority?: boolean
}

/** A story's picture cropped to 3:2 beside its headline; decorative, since the headline link names the story. */
export function StoryThumbnail({ image, sizes, priority = false }: StoryThumbnailProps) {
  return (
    <ResponsiveImage
      image={image}
      className={styles.thumbnail}
      sizes={sizes}
      priority={priority}
      decorative
    />
  )
}
