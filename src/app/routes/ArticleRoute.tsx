import { useQuery } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { ErrorBoundary } from '../../components/ErrorBoundary'
import { LoadingStatus } from '../../components/LoadingStatus'
import { articleQueryOptions } from '../../data/queries'
import { isSlug } from '../../content/safe-url'
import { useDocumentTitle } from '../../lib/use-document-title'
import { ArticleView } from '../../features/article/ArticleView'
import { RelatedStories } from '../../features/related-stories/RelatedStories'
import { YourPlace } from '../../features/reading-place/YourPlace'
import { ContentErrorPage, errorTitle } from '../ContentErrorPage'
import { OfflinePage } from '../OfflinePage'
import { useHeadingFocus, viewOf } from '../use-heading-focus'
import { NotFoundRoute } from './NotFoundRoute'

function Article({ slug }: { slug: string }) {
  const query = useQuery(articleQueryOptions(slug))
  const headingRef = useHeadingFocus(
    !query.isPending || query.fetchStatus === 'paused',
    viewOf(query),
  )

  const title =
    query.data?.headline ?? (query.isError ? errorTitle(query.error, 'article') : undefined)
  useDocumentTitle(title)

  if (query.isSuccess) {
    const article = query.data
    return (
      <ArticleView
        article={article}
        headingRef={headingRef}
        notice={<YourPlace slug={slug} headline={article.headline} language={article.language} />}
        footer={
          <ErrorBoundary
            fallback={<p>Related stories are unavailable right now.</p>}
            resetKey={slug}
          >
            <RelatedStories stories={article.related} language={article.language} />
          </ErrorBoundary>
        }
      />
    )
  }
  if (query.isError) {
    return (
      <ContentErrorPage
        error={query.error}
        what="article"
        headingRef={headingRef}
        onRetry={() => {
          void query.refetch()
        }}
      />
    )
  }
  if (query.fetchStatus === 'paused') return <OfflinePage what="article" headingRef={headingRef} />
  return <LoadingStatus>Loading the article…</LoadingStatus>
}

export function ArticleRoute() {
  const { slug = '' } = useParams()
  // A malformed slug can't name a file: answer "not found" without asking the server.
  if (!isSlug(slug)) return <NotFoundRoute />
  return <Article key={slug} slug={slug} />
}
