import type { ReactNode } from 'react'
import { articlePath } from '../content/site-paths'
import { articleQueryOptions } from '../data/queries'
import { PrefetchLink } from './PrefetchLink'

interface ArticleLinkProps {
  slug: string
  children: ReactNode
  className?: string
  /** Also fetch the story when the link scrolls into view, not only on hover, focus or touch. */
  prefetchWhenVisible?: boolean
}

/** A link to another story that opens inside the app and starts loading it as soon as the reader shows interest. */
export function ArticleLink({ slug, children, className, prefetchWhenVisible }: ArticleLinkProps) {
  return (
    <PrefetchLink
      to={articlePath(slug)}
      query={articleQueryOptions(slug)}
      className={className}
      prefetchWhenVisible={prefetchWhenVisible}
    >
      {children}
    </PrefetchLink>
  )
}
