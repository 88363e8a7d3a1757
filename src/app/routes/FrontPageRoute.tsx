import { useQuery } from '@tanstack/react-query'
import { LoadingStatus } from '../../components/LoadingStatus'
import { config } from '../../lib/config'
import { frontPageQueryOptions } from '../../lib/content/queries'
import { useDocumentTitle } from '../../lib/use-document-title'
import { FrontPage } from '../../features/front-page/FrontPage'
import { ContentErrorPage, errorTitle } from '../ContentErrorPage'
import { OfflinePage } from '../OfflinePage'
import { useHeadingFocus } from '../use-heading-focus'

export function FrontPageRoute() {
  const query = useQuery(frontPageQueryOptions())
  const headingRef = useHeadingFocus(!query.isPending || query.fetchStatus === 'paused')
  useDocumentTitle(query.isError ? errorTitle(query.error, 'front page') : undefined)

  if (query.isSuccess)
    return <FrontPage stories={query.data} title="Latest stories" headingRef={headingRef} />
  if (query.isError) {
    return (
      <ContentErrorPage
        error={query.error}
        what="front page"
        headingRef={headingRef}
        onRetry={() => {
          void query.refetch()
        }}
      />
    )
  }
  if (query.fetchStatus === 'paused')
    return <OfflinePage what="front page" headingRef={headingRef} />
  return <LoadingStatus>{`Loading ${config.siteName}…`}</LoadingStatus>
}
