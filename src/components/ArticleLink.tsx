import { useRef } from 'react'
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { articlePath } from '../content/site-paths'
import { usePrefetchArticle, usePrefetchWhenVisible } from '../data/use-prefetch-article'

interface ArticleLinkProps {
  slug: string
  children: ReactNode
  className?: string
  /** Also fetch the story when the link scrolls into view, not only on hover, focus or touch. */
  prefetchWhenVisible?: boolean
}

/** A link to another story that opens inside the app and starts loading it as soon as the reader shows interest. */
export function ArticleLink({
  slug,
  children,
  className,
  prefetchWhenVisible = false,
}: ArticleLinkProps) {
  const ref = useRef<HTMLAnchorElement>(null)
  const prefetch = usePrefetchArticle(slug)
  usePrefetchWhenVisible(ref, slug, prefetchWhenVisible)
  return (
    <Link
      ref={ref}
      to={articlePath(slug)}
      className={className}
      onMouseEnter={prefetch}
      onFocus={prefetch}
      onTouchStart={prefetch}
    >
      {children}
    </Link>
  )
}
