import { useRef } from 'react'
import type { ReactNode } from 'react'
import type { QueryExecuteOptions, QueryKey } from '@tanstack/react-query'
import { Link } from 'react-router'
import { usePrefetch, usePrefetchWhenVisible } from '../data/use-prefetch'

interface PrefetchLinkProps<T, K extends QueryKey> {
  /** The app path the link opens. */
  to: string
  /** What that page shows, from its queryOptions factory: loaded as soon as the reader shows interest. */
  query: QueryExecuteOptions<T, Error, T, T, K>
  children: ReactNode
  className?: string
  rel?: string
  /** Also fetch when the link scrolls into view, not only on hover, focus or touch. */
  prefetchWhenVisible?: boolean
}

/** A link inside the app that starts loading its page's data before the click (within the prefetch rules). */
export function PrefetchLink<T, K extends QueryKey>({
  to,
  query,
  children,
  className,
  rel,
  prefetchWhenVisible = false,
}: PrefetchLinkProps<T, K>) {
  const ref = useRef<HTMLAnchorElement>(null)
  const prefetch = usePrefetch(query)
  usePrefetchWhenVisible(ref, query, prefetchWhenVisible)
  return (
    <Link
      ref={ref}
      to={to}
      rel={rel}
      className={className}
      onMouseEnter={prefetch}
      onFocus={prefetch}
      onTouchStart={prefetch}
    >
      {children}
    </Link>
  )
}
