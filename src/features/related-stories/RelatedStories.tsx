import { useId } from 'react'
import { ArticleLink } from '../../components/ArticleLink'
import { StoryMeta, StoryThumbnail } from '../../components/StoryMeta'
import type { RelatedView } from '../../content/view-model'
import styles from './related-stories.module.css'
import { interfaceLocale, t } from '../../i18n/interface'

const THUMBNAIL_SIZES = '(min-width: 60rem) 18rem, (min-width: 36rem) 45vw, 100vw'

type InternalStory = Extract<RelatedView, { kind: 'internal' }>
type ExternalStory = Extract<RelatedView, { kind: 'external' }>

function InternalStoryItem({ story, language }: { story: InternalStory; language: string }) {
  return (
    <li className={styles.story}>
      {story.image !== undefined ? (
        <StoryThumbnail image={story.image} sizes={THUMBNAIL_SIZES} />
      ) : null}
      <div className={styles.text}>
        <StoryMeta
          section={story.section === undefined ? undefined : { name: story.section }}
          published={story.published}
          language={language}
        />
        <h3 className={styles.headline}>
          <ArticleLink slug={story.slug} prefetchWhenVisible>
            {story.headline}
          </ArticleLink>
        </h3>
      </div>
    </li>
  )
}

function ExternalStoryItem({ story }: { story: ExternalStory }) {
  return (
    <li className={styles.story}>
      <div className={styles.text}>
        <StoryMeta
          section={{ name: story.source ?? t('article.elsewhere') }}
          language={interfaceLocale}
        />
        <h3 className={styles.headline}>
          <a href={story.href} rel="noopener noreferrer">
            {story.headline}
            <span className="visually-hidden">{t('article.externalSite')}</span>
          </a>
          <span aria-hidden="true" className={styles.externalMark}>
            {' '}
            ↗
          </span>
        </h3>
      </div>
    </li>
  )
}

interface RelatedStoriesProps {
  stories: RelatedView[]
  language: string
}

export function RelatedStories({ stories, language }: RelatedStoriesProps) {
  const headingId = useId()
  if (stories.length === 0) return null
  return (
    <section className={styles.related} aria-labelledby={headingId} data-print="hide">
      <h2 id={headingId} className={styles.title} lang={interfaceLocale}>
        {t('article.relatedHeading')}
      </h2>
      <ul className={styles.list}>
        {stories.map((story) =>
          story.kind === 'internal' ? (
            <InternalStoryItem key={story.key} story={story} language={language} />
          ) : (
            <ExternalStoryItem key={story.key} story={story} />
          ),
        )}
      </ul>
    </section>
  )
}
