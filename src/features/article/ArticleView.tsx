import type { ReactNode, Ref } from 'react'
import { Figure } from '../../components/Figure'
import { PublishedDate } from '../../components/PublishedDate'
import type { ArticleView as ArticleViewModel } from '../../lib/content/view-model'
import styles from './article.module.css'
import { ArticleBody } from './ArticleBody'
import { Byline } from './Byline'
import { LEAD_IMAGE_SIZES } from './image-sizes'

interface ArticleViewProps {
  article: ArticleViewModel
  headingRef?: Ref<HTMLHeadingElement>
  /** Rendered after the body, inside the article (related stories). */
  footer?: ReactNode
}

export function ArticleView({ article, headingRef, footer }: ArticleViewProps) {
  return (
    <article className={styles.article} lang={article.language} dir={article.direction}>
      <header className={styles.header}>
        {article.section !== undefined || article.published !== undefined ? (
          <p className={styles.dateline}>
            {article.section !== undefined ? (
              <span className={styles.section}>{article.section}</span>
            ) : null}
            {article.published !== undefined ? (
              <PublishedDate date={article.published} fallbackLocale={article.language} />
            ) : null}
            {article.updated !== undefined ? (
              <span className={styles.updated}>
                Updated <PublishedDate date={article.updated} fallbackLocale={article.language} />
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
          <p className={styles.standfirst}>{article.standfirst}</p>
        ) : null}
        <Byline authors={article.byline} />
      </header>
      {article.leadImage !== undefined ? (
        <Figure image={article.leadImage} priority sizes={LEAD_IMAGE_SIZES} />
      ) : null}
      <ArticleBody blocks={article.body} />
      {footer}
    </article>
  )
}
