import { useEffect } from 'react'
import { Route, Routes, useLocation } from 'react-router'
import { ErrorBoundary } from '../components/ErrorBoundary'
import { sitePath } from '../config/config'
import { NavigationStateProvider } from './navigation-state'
import { ProblemPage } from './ProblemPage'
import { ArticleRoute } from './routes/ArticleRoute'
import { FrontPageRoute } from './routes/FrontPageRoute'
import { ListingRoute } from './routes/ListingRoute'
import { NotFoundRoute } from './routes/NotFoundRoute'
import { SearchRoute } from './routes/SearchRoute'
import { ScrollRestorer } from './ScrollRestorer'
import { SiteLayout } from './SiteLayout'
import { t } from '../i18n/interface'

const INTERACTIVE_MARK = 'broadsheet:interactive'

function RenderFailure() {
  return (
    <ProblemPage title={t('error.render.title')}>
      <p>{t('error.render.text')}</p>
      <p>
        <a href={sitePath('/')}>{t('error.goToFrontPage')}</a>
      </p>
    </ProblemPage>
  )
}

/**
 * The app's routes inside the site chrome. The router itself is supplied by the entry point (BrowserRouter in
 * the browser, a memory or static router in tests and prerendering), along with the QueryClient.
 */
export function App() {
  const location = useLocation()
  // The moment the page answers input (hydrated or first rendered), for the benchmark and real-user monitoring.
  useEffect(() => {
    performance.mark(INTERACTIVE_MARK)
  }, [])
  return (
    <NavigationStateProvider>
      <ScrollRestorer />
      <SiteLayout>
        <ErrorBoundary fallback={<RenderFailure />} resetKey={location.pathname}>
          <Routes>
            <Route path="/" element={<FrontPageRoute />} />
            <Route path="/page/:page" element={<FrontPageRoute />} />
            <Route path="/articles/:slug" element={<ArticleRoute />} />
            <Route path="/sections/:slug" element={<ListingRoute kind="section" />} />
            <Route path="/sections/:slug/page/:page" element={<ListingRoute kind="section" />} />
            <Route path="/authors/:slug" element={<ListingRoute kind="author" />} />
            <Route path="/authors/:slug/page/:page" element={<ListingRoute kind="author" />} />
            <Route path="/topics/:slug" element={<ListingRoute kind="topic" />} />
            <Route path="/topics/:slug/page/:page" element={<ListingRoute kind="topic" />} />
            <Route path="/search" element={<SearchRoute />} />
            <Route path="*" element={<NotFoundRoute />} />
          </Routes>
        </ErrorBoundary>
      </SiteLayout>
    </NavigationStateProvider>
  )
}
