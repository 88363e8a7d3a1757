import { useParams } from 'react-router'
import { ErrorBoundary } from '../../components/ErrorBoundary'
import { articleQueryOptions } from '../../data/queries'
import { isSlug } from '../../content/safe-url'
import { ArticleView } from '../../features/article/ArticleView'
import { RelatedStories } from '../../features/related-stories/RelatedStories'
import { QueryPage } from '../QueryPage'
import { afterHydration } from '../../lib/after-hydration'
import { YourPlaceReserve } from '../../features/reading-place/YourPlaceReserve'
import { NotFoundRoute } from './NotFoundRoute'
import { t } from '../../i18n/interface'

// Its room is held from the first paint when this article has an unfinished place (the boot script looks).
const YourPlace = afterHydration(
  async () => (await import('../../features/reading-place/YourPlace')).YourPlace,
  <YourPlaceReserve />,
)

function Article({ slug }: { slug: string }) {
  return (
    <QueryPage
      query={articleQueryOptions(slug)}
      what={t('what.article')}
      loading={t('article.loading')}
      title={(article) => article.headline}
    >
      {(article, headingRef) => (
        <ArticleView
          article={article}
          headingRef={headingRef}
          notice={<YourPlace slug={slug} headline={article.headline} language={article.language} />}
          footer={
            <ErrorBoundary fallback={<p>{t('article.relatedUnavailable')}</p>} resetKey={slug}>
              <RelatedStories stories={article.related} language={article.language} />
            </ErrorBoundary>
          }
        />
      )}
    </QueryPage>
  )
}

export function ArticleRoute() {
  const { slug = '' } = useParams()
  // A malformed slug can't name a file: answer "not found" without asking the server.
  if (!isSlug(slug)) return <NotFoundRoute />
  return <Article key={slug} slug={slug} />
}
