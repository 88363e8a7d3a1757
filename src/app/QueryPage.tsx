import { useQuery } from '@tanstack/react-query'
import type { QueryKey, UseQueryOptions } from '@tanstack/react-query'
import type { ReactNode, RefObject } from 'react'
import { LoadingStatus } from '../components/LoadingStatus'
import { useDocumentTitle } from '../lib/use-document-title'
import { ContentErrorPage, errorTitle } from './ContentErrorPage'
import { OfflinePage } from './OfflinePage'
import { useHeadingFocus, viewOf } from './use-heading-focus'

interface QueryPageProps<T, K extends QueryKey> {
  /** The page's one resource, from its queryOptions factory (src/data/queries.ts). */
  query: UseQueryOptions<T, Error, T, K>
  /** What the page shows, in the reader's words ("article", "front page"): named by every problem page. */
  what: string
  /** Said while the data loads ("Loading the article…"). */
  loading: string
  /** The document title once the data is here; undefined leaves the publication's name alone. */
  title?: (data: T) => string | undefined
  /** The page itself. Its h1 takes `headingRef` (and tabIndex -1), so focus can move there. */
  children: (data: T, headingRef: RefObject<HTMLHeadingElement | null>) => ReactNode
}

/**
 * The ladder every content page climbs: loading (announced), offline (resumes by itself), a problem that
 * knows its cause (with Try again when trying again can help), or the content. Each state is a page with its
 * own h1, which takes focus after an in-app navigation or when the page recovers, and its own document title.
 */
export function QueryPage<T, K extends QueryKey>({
  query: options,
  what,
  loading,
  title,
  children,
}: QueryPageProps<T, K>) {
  const query = useQuery(options)
  const headingRef = useHeadingFocus(
    !query.isPending || query.fetchStatus === 'paused',
    viewOf(query),
  )
  useDocumentTitle(
    query.isSuccess
      ? title?.(query.data)
      : query.isError
        ? errorTitle(query.error, what)
        : undefined,
  )

  if (query.isSuccess) return children(query.data, headingRef)
  if (query.isError) {
    return (
      <ContentErrorPage
        error={query.error}
        what={what}
        headingRef={headingRef}
        onRetry={() => {
          void query.refetch()
        }}
      />
    )
  }
  if (query.fetchStatus === 'paused') return <OfflinePage what={what} headingRef={headingRef} />
  return <LoadingStatus>{loading}</LoadingStatus>
}
