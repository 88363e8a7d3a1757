import type { Ref } from 'react'
import type { SummaryView } from '../../lib/content/view-model'
import styles from './front-page.module.css'
import { StoryCard } from './StoryCard'
import { useOfflineStories } from './use-offline-stories'

interface FrontPageProps {
  stories: SummaryView[]
  title: string
  headingRef?: Ref<HTMLHeadingElement>
}

export function FrontPage({ stories, title, headingRef }: FrontPageProps) {
  const offline = useOfflineStories(stories.map((story) => story.slug))
  return (
    <div className={styles.frontPage}>
      <h1 className={styles.title} ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {stories.length === 0 ? (
        <p className={styles.empty}>There are no stories yet.</p>
      ) : (
        <ol className={styles.list} aria-label="Latest stories">
          {stories.map((story, index) => (
            <StoryCard
              key={story.slug}
              story={story}
              lead={index === 0}
              savedOffline={offline.has(story.slug)}
            />
          ))}
        </ol>
      )}
    </div>
  )
}
