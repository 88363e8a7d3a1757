import { Link } from 'react-router'
import { usePrefetchArticle } from '../../lib/content/use-prefetch-article'
import styles from './article.module.css'

interface InlineRelatedLinkProps {
  slug: string
  to: string
  headline: string
}

/** The print edition's "(RELATED: …)" line, as a link that opens inside the app. */
export function InlineRelatedLink({ slug, to, headline }: InlineRelatedLinkProps) {
  const prefetch = usePrefetchArticle(slug)
  return (
    <p className={styles.inlineRelated}>
      <span className={styles.inlineRelatedLabel}>Related: </span>
      <Link to={to} onMouseEnter={prefetch} onFocus={prefetch} onTouchStart={prefetch}>
        {headline}
      </Link>
    </p>
  )
}
