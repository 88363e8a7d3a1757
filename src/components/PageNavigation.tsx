import type { QueryExecuteOptions, QueryKey } from '@tanstack/react-query'
import { pageLabel } from './page-position'
import styles from './page-navigation.module.css'
import button from './button.module.css'
import { PrefetchLink } from './PrefetchLink'
import { t } from '../i18n/interface'

interface PageNavigationProps<T, K extends QueryKey> {
  page: number
  pageCount: number
  /** The app path of another page of the same index. */
  pathOf: (page: number) => string
  /** What that page shows, so it starts loading as soon as the reader shows interest. */
  queryOf: (page: number) => QueryExecuteOptions<T, Error, T, T, K>
  /** Names the navigation landmark: several indexes may be on one site, never two on one page. */
  label?: string
}

/** Links to the neighbouring pages of an index of stories (the front page, a section, an author, a topic). */
export function PageNavigation<T, K extends QueryKey>({
  page,
  pageCount,
  pathOf,
  queryOf,
  label = t('frontPage.pages'),
}: PageNavigationProps<T, K>) {
  if (pageCount <= 1) return null
  const linkTo = (target: number, rel: 'prev' | 'next', text: string) => (
    <PrefetchLink
      to={pathOf(target)}
      query={queryOf(target)}
      rel={rel}
      className={`${button.button} ${styles.link}`}
    >
      {text}
    </PrefetchLink>
  )
  return (
    <nav className={styles.pages} aria-label={label} data-print="hide">
      <p className={styles.position}>{pageLabel({ page, pageCount })}</p>
      <ul className={styles.links}>
        {page > 1 ? <li>{linkTo(page - 1, 'prev', t('frontPage.newer'))}</li> : null}
        {page < pageCount ? <li>{linkTo(page + 1, 'next', t('frontPage.olderLink'))}</li> : null}
      </ul>
    </nav>
  )
}
