import { useQueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import { frontPagePath } from '../../content/site-paths'
import { frontPageQueryOptions } from '../../data/queries'
import { pageLabel } from './front-page-title'
import styles from './page-navigation.module.css'
import button from '../../components/button.module.css'

interface PageNavigationProps {
  page: number
  pageCount: number
}

/** Links to the neighbouring pages of the front page; each starts loading as soon as the reader shows interest. */
export function PageNavigation({ page, pageCount }: PageNavigationProps) {
  const queryClient = useQueryClient()
  if (pageCount <= 1) return null
  const prefetch = (target: number) => () => {
    // A prefetch that fails is forgotten; the reader's own click will retry if it matters.
    queryClient.query({ ...frontPageQueryOptions(target), retry: false }).catch(() => undefined)
  }
  const linkTo = (target: number, rel: 'prev' | 'next', label: string) => (
    <Link
      to={frontPagePath(target)}
      rel={rel}
      className={`${button.button} ${styles.link}`}
      onMouseEnter={prefetch(target)}
      onFocus={prefetch(target)}
      onTouchStart={prefetch(target)}
    >
      {label}
    </Link>
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
