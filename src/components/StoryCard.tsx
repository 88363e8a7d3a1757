import type { SummaryView } from '../content/view-model'
import { ArticleLink } from './ArticleLink'
import { StoryMeta, StoryThumbnail } from './StoryMeta'
import styles from './story-list.module.css'
import { interfaceLocale, t } from '../i18n/interface'

// The lead story spans the page at three fifths of 72rem; the others sit three or more to a row.
const LEAD_SIZES = '(min-width: 48rem) 43rem, 100vw'
const CARD_SIZES = '(min-width: 60rem) 22rem, (min-width: 40rem) 50vw, 100vw'

interface StoryCardProps {
  story: SummaryView
  /** The lead story's picture is the page's largest paint: fetched first. The rest wait for the scroll. */
  lead: boolean
  /** Another card's picture that is the page's largest paint (the first, on a list with no lead). */
  priority?: boolean
  /** The service worker has this story: it opens without a connection. */
  savedOffline: boolean
}

export function StoryCard({ story, lead, priority = false, savedOffline }: StoryCardProps) {
  return (
    <li className={styles.card}>
      {story.image !== undefined ? (
        <StoryThumbnail
          image={story.image}
          sizes={lead ? LEAD_SIZES : CARD_SIZES}
          priority={lead || priority}
        />
      ) : null}
      <div className={styles.text}>
        <StoryMeta section={story.section} published={story.published} language={interfaceLocale}>
          {savedOffline ? (
            <span className={styles.offline}>{t('frontPage.availableOffline')}</span>
          ) : null}
        </StoryMeta>
        {story.kicker !== undefined ? <p className={styles.kicker}>{story.kicker}</p> : null}
        <h2 className={styles.headline}>
          <ArticleLink slug={story.slug}>{story.headline}</ArticleLink>
        </h2>
        {story.standfirst !== undefined ? (
          <p className={styles.standfirst}>{story.standfirst}</p>
        ) : null}
      </div>
    </li>
  )
}
