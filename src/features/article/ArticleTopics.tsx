import { useId } from 'react'
import { ListingLink } from '../../components/ListingLink'
import type { TopicView } from '../../content/view-model'
import styles from './article-topics.module.css'
import { interfaceLocale, t } from '../../i18n/interface'

/** The story's topics as tags after the body, each opening the topic's page of stories. */
export function ArticleTopics({ topics }: { topics: TopicView[] }) {
  const headingId = useId()
  if (topics.length === 0) return null
  return (
    <nav className={styles.topics} aria-labelledby={headingId} data-print="hide">
      <h2 id={headingId} className={styles.title} lang={interfaceLocale}>
        {t('article.topics')}
      </h2>
      <ul className={styles.list}>
        {topics.map((topic) => (
          <li key={topic.slug}>
            <ListingLink kind="topic" slug={topic.slug} className={styles.tag}>
              {topic.name}
            </ListingLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
