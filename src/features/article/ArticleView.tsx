import { lazy, Suspense, useMemo, useRef } from 'react'
import type { ReactNode, Ref } from 'react'
import { interfaceLanguage } from '../../i18n/interface'
import { ErrorBoundary } from '../../components/ErrorBoundary'
import { Figure } from '../../components/Figure'
import { ListingLink } from '../../components/ListingLink'
import { PublishedDate } from '../../components/PublishedDate'
import type { ImageView } from '../../content/image-view'
import type { ArticleView as ArticleViewModel } from '../../content/view-model'
import styles from './article.module.css'
import storyMeta from '../../components/story-meta.module.css'
import { ArticleBody } from './ArticleBody'
import { ArticleTopics } from './ArticleTopics'
import { galleryPhotoKey } from './blocks/gallery-photo-key'
import { Byline } from './Byline'
import { CONTENTS_FROM, contentsOf } from './heading-ids'
import { LEAD_IMAGE_SIZES } from './image-sizes'
import { ReadingTime } from './ReadingTime'
import { afterHydration } from '../../lib/after-hydration'
import { ShareButton } from './ShareButton'
import { TableOfContents } from './TableOfContents'
import { photoOpenId, usePhotoViewer } from './use-photo-viewer'
import { Message } from '../../components/Message'

// Listen depends on this browser's voices: nothing to show on the server, so its code comes after hydration.
const ListenButton = afterHydration(
  async () => (await import('./listen/ListenButton')).ListenButton,
)

// The viewer's code loads the first time a photo is opened.
const PhotoViewer = lazy(async () => ({ default: (await import('./PhotoViewer')).PhotoViewer }))

interface ArticleViewProps {
  article: ArticleViewModel
  headingRef?: Ref<HTMLHeadingElement>
  /** Rendered after the body, inside the article (related stories). */
  footer?: ReactNode
  /** Rendered after the header (the reader's place in this article, when there is one). */
  notice?: ReactNode
}

const LEAD_KEY = 'lead'

/** Every photo in reading order, keyed by the block it belongs to, for the viewer's previous and next. */
function articlePhotos(article: ArticleViewModel): { key: string; image: ImageView }[] {
  const lead = article.leadImage ? [{ key: LEAD_KEY, image: article.leadImage }] : []
  return [
    ...lead,
    ...article.body.flatMap((block) => {
      if (block.type === 'image') return [{ key: block.key, image: block.image }]
      if (block.type === 'gallery')
        return block.images.map((image, n) => ({ key: galleryPhotoKey(block.key, n), image }))
      return []
    }),
  ]
}

export function ArticleView({ article, headingRef, footer, notice }: ArticleViewProps) {
  const articleRef = useRef<HTMLElement>(null)
  const photos = useMemo(() => articlePhotos(article), [article])
  const photoIndex = useMemo(
    () => new Map(photos.map((photo, index) => [photo.key, index])),
    [photos],
  )
  const viewer = usePhotoViewer(photos.length)
  // Listen offers the first related story in this app at the end (an outside link can't be read aloud).
  const nextStory = useMemo(() => {
    const story = article.related.find((related) => related.kind === 'internal')
    return story ? { slug: story.slug, headline: story.headline } : undefined
  }, [article.related])
  const contents = useMemo(() => contentsOf(article.body), [article.body])
  const headingIds = useMemo(
    () => new Map(contents.map((entry) => [entry.key, entry.id])),
    [contents],
  )

  return (
    <article
      ref={articleRef}
      className={styles.article}
      lang={article.language}
      dir={article.direction}
    >
      <header className={styles.header}>
        {article.section !== undefined || article.published !== undefined ? (
          <p className={styles.dateline}>
            {article.section !== undefined ? (
              <ListingLink kind="section" slug={article.section.slug} className={storyMeta.section}>
                {article.section.name}
              </ListingLink>
            ) : null}
            {article.published !== undefined ? (
              <PublishedDate date={article.published} fallbackLocale={article.language} />
            ) : null}
            {article.updated !== undefined ? (
              <span className={styles.updated} {...interfaceLanguage}>
                <Message
                  id="article.updated"
                  parts={{
                    date: (
                      <PublishedDate date={article.updated} fallbackLocale={article.language} />
                    ),
                  }}
                />
              </span>
            ) : null}
          </p>
        ) : null}
        {article.kicker !== undefined ? <p className={styles.kicker}>{article.kicker}</p> : null}
        {/* elementtiming: the headline's paint time is reported to PerformanceObserver (benchmark, monitoring). */}
        <h1
          className={styles.headline}
          ref={headingRef}
          tabIndex={-1}
          elementtiming="article-headline"
        >
          {article.headline}
        </h1>
        {article.standfirst !== undefined ? (
          <p className={styles.standfirst} data-listen="standfirst">
            {article.standfirst}
          </p>
        ) : null}
        <Byline authors={article.byline} />
        <div className={styles.meta}>
          <ReadingTime wordCount={article.wordCount} articleRef={articleRef} />
          <ShareButton title={article.headline} />
          <ListenButton
            key={article.slug}
            language={article.language}
            headline={article.headline}
            next={nextStory}
          />
        </div>
      </header>
      {notice}
      {article.leadImage !== undefined ? (
        <Figure
          image={article.leadImage}
          priority
          sizes={LEAD_IMAGE_SIZES}
          onOpen={() => {
            viewer.open(0)
          }}
          openId={photoOpenId(0)}
        />
      ) : null}
      {contents.length >= CONTENTS_FROM ? <TableOfContents entries={contents} /> : null}
      <ArticleBody
        blocks={article.body}
        photoIndex={photoIndex}
        onOpenPhoto={viewer.open}
        language={article.language}
        headingIds={headingIds}
      />
      <ArticleTopics topics={article.topics} />
      {footer}
      {viewer.openIndex !== undefined ? (
        // If the viewer's code can't load, the article stays and the photo simply doesn't open.
        <ErrorBoundary fallback={null} resetKey={String(viewer.openIndex)}>
          <Suspense fallback={null}>
            <PhotoViewer
              photos={photos.map((photo) => photo.image)}
              index={viewer.openIndex}
              direction={article.direction}
              onShow={viewer.show}
              onClose={viewer.close}
            />
          </Suspense>
        </ErrorBoundary>
      ) : null}
    </article>
  )
}
