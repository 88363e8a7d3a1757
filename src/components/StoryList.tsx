import type { SummaryView } from '../content/view-model'
import { StoryCard } from './StoryCard'
import styles from './story-list.module.css'
import { useOfflineStories } from './use-offline-stories'

interface StoryListProps {
  stories: SummaryView[]
  /** The list's accessible name: the page's heading. */
  label: string
  /** The newest story leads across the page, as on a printed front (page 1 of the front page). */
  lead?: boolean
}

/** One page of stories, newest first, each marked when the service worker has kept it for offline reading. */
export function StoryList({ stories, label, lead = false }: StoryListProps) {
  const offline = useOfflineStories(stories.map((story) => story.slug))
  return (
    <ol className={lead ? styles.leadList : styles.list} aria-label={label}>
      {stories.map((story, index) => (
        <StoryCard
          key={story.slug}
          story={story}
          lead={lead && index === 0}
          savedOffline={offline.has(story.slug)}
        />
      ))}
    </ol>
  )
}
