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
  // Without a lead, the first picture is the page's largest paint (on a phone it spans the screen): it must
  // not wait for layout, as a lazy one does. Lighthouse measured a section page's LCP 1.3 s later than a
  // static copy's, all of it the lazy picture's load delay.
  const firstPicture = stories.findIndex((story) => story.image !== undefined)
  return (
    <ol className={lead ? styles.leadList : styles.list} aria-label={label}>
      {stories.map((story, index) => (
        <StoryCard
          key={story.slug}
          story={story}
          lead={lead && index === 0}
          priority={!lead && index === firstPicture}
          savedOffline={offline.has(story.slug)}
        />
      ))}
    </ol>
  )
}
