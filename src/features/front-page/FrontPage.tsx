import type { ReactNode, Ref } from 'react'
import { PageNavigation } from '../../components/PageNavigation'
import { StoryList } from '../../components/StoryList'
import { frontPagePath } from '../../content/site-paths'
import type { FrontPageView } from '../../content/view-model'
import { frontPageQueryOptions } from '../../data/queries'
import styles from './front-page.module.css'
import { frontPageTitle } from './front-page-title'
import { t } from '../../i18n/interface'

interface FrontPageProps {
  frontPage: FrontPageView
  headingRef?: Ref<HTMLHeadingElement>
  /** Shown under the title (the reader's "Continue reading" row). */
  lead?: ReactNode
}

/** One page of stories, newest first. Page 1 leads with its newest story, as a printed front does. */
export function FrontPage({ frontPage, headingRef, lead }: FrontPageProps) {
  const { stories, page, pageCount } = frontPage
  const title = frontPageTitle(frontPage)
  return (
    <div className={styles.frontPage}>
      <h1 className={styles.title} ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {lead}
      {stories.length === 0 ? (
        <p className={styles.empty}>{t('frontPage.empty')}</p>
      ) : (
        <StoryList stories={stories} label={title} lead={page === 1} />
      )}
      <PageNavigation
        page={page}
        pageCount={pageCount}
        pathOf={frontPagePath}
        queryOf={frontPageQueryOptions}
      />
    </div>
  )
}
