import type { ReactNode, Ref } from 'react'
import type { FrontPageView } from '../../content/view-model'
import styles from './front-page.module.css'
import { frontPageTitle } from './front-page-title'
import { PageNavigation } from './PageNavigation'
import { StoryCard } from './StoryCard'
import { useOfflineStories } from './use-offline-stories'

interface FrontPageProps {
  frontPage: FrontPageView
  headingRef?: Ref<HTMLHeadingElement>
  /** Shown under the title (the reader's "Continue reading" row). */
  lead?: ReactNode
}

/** One page of stories, newest first. Page 1 leads with its newest story, as a printed front does. */
export function FrontPage({ frontPage, headingRef, lead }: FrontPageProps) {
  const { stories, page, pageCount } = frontPage
  const offline = useOfflineStories(stories.map((story) => story.slug))
  const title = frontPageTitle(frontPage)
  return (
    <div className={styles.frontPage}>
      <h1 className={styles.title} ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {lead}
      {stories.length === 0 ? (
        <p className={styles.empty}>There are no stories yet.</p>
      ) : (
        <ol className={page === 1 ? styles.leadList : styles.list} aria-label={title}>
          {stories.map((story, index) => (
            <StoryCard
              key={story.slug}
              story={story}
              lead={page === 1 && index === 0}
              savedOffline={offline.has(story.slug)}
            />
          ))}
        </ol>
      )}
      <PageNavigation page={page} pageCount={pageCount} />
    </div>
  )
}
