import { useQuery } from '@tanstack/react-query'
import { Navigate, useParams } from 'react-router'
import { LoadingStatus } from '../../components/LoadingStatus'
import { config } from '../../config/config'
import { LIMITS } from '../../content/limits'
import { frontPageQueryOptions } from '../../data/queries'
import { useDocumentTitle } from '../../lib/use-document-title'
import { FrontPage } from '../../features/front-page/FrontPage'
import { frontPageTitle } from '../../features/front-page/front-page-title'
import { ContinueReading } from '../../features/reading-place/ContinueReading'
import { useReaderSettings } from '../../features/reader-settings/settings-store'
import { ContentErrorPage, errorTitle } from '../ContentErrorPage'
import { OfflinePage } from '../OfflinePage'
import { useHeadingFocus, viewOf } from '../use-heading-focus'
import { NotFoundRoute } from './NotFoundRoute'

/** "/page/2" → 2. Anything that is not a page number the index could have is no page at all. */
function pageNumber(param: string | undefined): number | undefined {
  if (param === undefined) return 1
  if (!/^[1-9]\d*$/.test(param)) return undefined
  const page = Number(param)
  return page <= LIMITS.indexPages ? page : undefined
}

export function FrontPageRoute() {
  const param = useParams().page
  const page = pageNumber(param)
  if (page === undefined) return <NotFoundRoute />
  // One address per page: /page/1 is the front page itself.
  if (page === 1 && param !== undefined) return <Navigate to="/" replace />
  return <FrontPageOf page={page} key={page} />
}

function FrontPageOf({ page }: { page: number }) {
  const query = useQuery(frontPageQueryOptions(page))
  const headingRef = useHeadingFocus(
    !query.isPending || query.fetchStatus === 'paused',
    viewOf(query),
  )
  const { continueReading } = useReaderSettings()
  const what = page === 1 ? 'front page' : 'page of stories'
  useDocumentTitle(
    query.isError
      ? errorTitle(query.error, what)
      : page > 1 && query.isSuccess
        ? frontPageTitle(query.data)
        : undefined,
  )

  if (query.isSuccess)
    return (
      <FrontPage
        frontPage={query.data}
        headingRef={headingRef}
        lead={page === 1 && continueReading === 'on' ? <ContinueReading /> : undefined}
      />
    )
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
  return (
    <LoadingStatus>
      {page === 1 ? `Loading ${config.siteName}…` : `Loading page ${page} of stories…`}
    </LoadingStatus>
  )
}
