import { PrefetchLink } from '../../components/PrefetchLink'
import { frontPagePath } from '../../content/site-paths'
import { frontPageQueryOptions } from '../../data/queries'
import { pageLabel } from './front-page-title'
import styles from './page-navigation.module.css'

interface PageNavigationProps {
  page: number
  pageCount: number
}

/** Links to the neighbouring pages of the front page; each starts loading as soon as the reader shows interest. */
export function PageNavigation({ page, pageCount }: PageNavigationProps) {
  if (pageCount <= 1) return null
  const linkTo = (target: number, rel: 'prev' | 'next', label: string) => (
    <PrefetchLink
      to={frontPagePath(target)}
      query={frontPageQueryOptions(target)}
      rel={rel}
      className={styles.link}
    >
      {label}
    </PrefetchLink>
  )
  return (
    <nav className={styles.pages} aria-label="Pages of stories" data-print="hide">
      <p className={styles.position}>{pageLabel({ page, pageCount })}</p>
      <ul className={styles.links}>
        {page > 1 ? <li>{linkTo(page - 1, 'prev', 'Newer stories')}</li> : null}
        {page < pageCount ? <li>{linkTo(page + 1, 'next', 'Older stories')}</li> : null}
      </ul>
    </nav>
  )
}
