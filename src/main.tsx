import { createRoot, hydrateRoot } from 'react-dom/client'
import { BrowserRouter } from 'react-router'
import { App } from './app/App'
import { AppProviders } from './app/AppProviders'
import { readEmbeddedState, seedQueryCache } from './app/embedded-state'
import { createQueryClient } from './app/query-client'
import { appPathOf, config, routerBasename } from './config/config'
import { loadRichBlocks, needsRichBlocks } from './features/article/blocks/rich-block-code'
import { loadSearchPage } from './app/routes/search-page-code'
import './styles/global.css'

// "/news" (a host that serves the folder without its slash) is the front page at "/news/": the router only
// knows addresses inside its base path.
if (`${location.pathname}/` === config.basePath)
  history.replaceState(history.state, '', `${config.basePath}${location.search}${location.hash}`)

const container = document.getElementById('root')
if (!container) throw new Error('The page has no #root element to render into.')

const queryClient = createQueryClient()
const state = readEmbeddedState(document)
if (state) seedQueryCache(queryClient, state.page)

const app = (
  <AppProviders queryClient={queryClient}>
    {/* Navigation renders at once instead of as an interruptible transition: a prefetched story is already in
        the cache, and the reader should see it in the same frame as the click (and Back restore its scroll). */}
    <BrowserRouter basename={routerBasename} useTransitions={false}>
      <App />
    </BrowserRouter>
  </AppProviders>
)

// A prerendered page for this very path is hydrated; anything else (the app shell served for an article that
// was not prerendered) is rendered fresh over the shell's placeholder.
// The prerendered search page is the empty form: an address with a query (/search?q=…) renders fresh.
const hasQuery = (new URLSearchParams(location.search).get('q') ?? '') !== ''
if (
  state !== undefined &&
  state.path === appPathOf(location.pathname) &&
  !(state.page.kind === 'search' && hasQuery)
) {
  // A page with blocks whose code loads on demand hydrates once that code is here, so hydration renders
  // exactly the server's HTML and nothing waits in a fallback. Should the chunk fail, the page hydrates anyway
  // and those blocks say so.
  const page = state.page
  if (page.kind === 'search')
    // The search page's chunk first: hydration then renders its form at once, as the server did.
    void loadSearchPage()
      .catch(() => undefined)
      .then(() => hydrateRoot(container, app))
  else if (page.kind === 'article' && needsRichBlocks(page.article.body))
    void loadRichBlocks()
      .catch(() => undefined)
      .then(() => hydrateRoot(container, app))
  else hydrateRoot(container, app)
} else createRoot(container).render(app)
