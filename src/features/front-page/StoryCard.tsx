import { Link } from 'react-router'
import { PublishedDate } from '../../components/PublishedDate'
import { usePrefetchArticle } from '../../lib/content/use-prefetch-article'
import type { SummaryView } from '../../lib/content/view-model'
import styles from './front-page.module.css'

interface StoryCardProps {
  story: SummaryView
  /** The lead story's picture is the page's largest paint: fetched first. The rest wait for the scroll. */
  lead: boolean
}

export function StoryCard({ story, lead }: StoryCardProps) {
  const prefetch = usePrefetchArticle(story.slug)
  return (
    <li className={styles.card}>
      {story.image !== undefined ? (
        <img
          className={styles.thumbnail}
          src={story.image.src}
          alt=""
          width={story.image.width}
          height={story.image.height}
          loading={lead ? 'eager' : 'lazy'}
          fetchPriority={lead ? 'high' : 'auto'}
          decoding="async"
        />
      ) : null}
      <div className={styles.text}>
        <p className={styles.meta}>
          {story.section !== undefined ? (
            <span className={styles.section}>{story.section}</span>
          ) : null}
          {story.published !== undefined ? (
            <PublishedDate date={story.published} fallbackLocale="en" />
          ) : null}
        </p>
        {story.kicker !== undefined ? <p className={styles.kicker}>{story.kicker}</p> : null}
        <h2 className={styles.headline}>
          <Link to={story.to} onMouseEnter={prefetch} onFocus={prefetch} onTouchStart={prefetch}>
            {story.headline}
          </Link>
        </h2>
        {story.standfirst !== undefined ? (
          <p className={styles.standfirst}>{story.standfirst}</p>
        ) : null}
      </div>
    </li>
  )
}
