import { renderToString } from 'react-dom/server'
import { StaticRouter } from 'react-router'
import { App } from '../app/App'
import { AppProviders } from '../app/AppProviders'
import type { EmbeddedState } from '../app/embedded-state'
import { seedQueryCache, STATE_ELEMENT_ID } from '../app/embedded-state'
import { LoadingStatus } from '../components/LoadingStatus'
import { createQueryClient } from '../app/query-client'
import { SiteLayout } from '../app/SiteLayout'
import { config, contentPolicy, routerBasename, sitePath } from '../config/config'
import { imageOriginsOf } from '../config/site-config'
import { embedFrameOrigins } from '../content/embeds'
import { parseArticle, parseAuthorProfile, parseFrontPage } from '../content/parse'
import {
  articleFile,
  authorProfileFile,
  frontPageFile,
  listingFile,
} from '../content/content-files'
import type { ListingKind } from '../content/content-files'
import { listingPath } from '../content/listing-paths'
import { toAuthorProfileView, toListingView } from '../content/listing-view'
import { frontPagePath } from '../content/site-paths'
import { toArticleView, toFrontPageView } from '../content/view-model'
import { feedLinkTags } from './feed-links'
import { articleHead, frontPageHead } from './page-head'
import { listingHead } from './listing-head'
import { escapeHtml, scriptJson } from '../content/html-escape'
import * as richBlocks from '../features/article/blocks/RichBlock'
import { linkRichBlocks } from '../features/article/blocks/rich-block-code'
import { t } from '../i18n/server-words'
import { t as searchWords } from '../i18n/on-demand/search'
import { pageTitle } from '../lib/use-document-title'
import * as searchPage from '../features/search/SearchPage'
import { linkSearchPage } from '../app/routes/search-page-code'

// The build's server entry (`vite build --ssr`): build/prerender/prerender.ts calls these with article JSON from the
// content folder and writes the HTML. The same parse and transform code as the browser, run once, at build.

// The blocks whose code the browser loads on demand are linked in here: renderToString renders synchronously.
linkRichBlocks(richBlocks)
// The search page too, so /search is prerendered: its heading and empty labelled form.
linkSearchPage(searchPage)

export interface PrerenderedPage {
  head: string
  body: string
}

function renderApp(state: EmbeddedState): string {
  const queryClient = createQueryClient()
  seedQueryCache(queryClient, state.page)
  const html = renderToString(
    <AppProviders queryClient={queryClient}>
      <StaticRouter basename={routerBasename} location={sitePath(state.path)}>
        <App />
      </StaticRouter>
    </AppProviders>,
  )
  // Cached queries hold garbage-collection timers that would keep the build process alive.
  queryClient.clear()
  return html
}

function withState(html: string, state: EmbeddedState): string {
  return `${html}<script type="application/json" id="${STATE_ELEMENT_ID}">${scriptJson(state)}</script>`
}

export function prerenderArticle(json: unknown, slug: string): PrerenderedPage {
  const article = toArticleView(parseArticle(json, articleFile(slug)), slug, contentPolicy)
  const state: EmbeddedState = {
    path: `/articles/${slug}`,
    page: { kind: 'article', slug, article },
  }
  return { head: articleHead(article), body: withState(renderApp(state), state) }
}

/** One page of the front page: index.json is page 1, pages/<n>.json page n. */
export function prerenderFrontPage(json: unknown, page = 1): PrerenderedPage {
  const frontPage = toFrontPageView(parseFrontPage(json, frontPageFile(page)), page, contentPolicy)
  const state: EmbeddedState = {
    path: frontPagePath(page),
    page: { kind: 'front-page', frontPage },
  }
  return { head: frontPageHead(frontPage), body: withState(renderApp(state), state) }
}

function prerenderListing(
  kind: ListingKind,
  json: unknown,
  slug: string,
  page: number,
  profileJson?: unknown,
): PrerenderedPage {
  const profile =
    profileJson === undefined
      ? undefined
      : toAuthorProfileView(parseAuthorProfile(profileJson, authorProfileFile(slug)), contentPolicy)
  const listing = toListingView(
    parseFrontPage(json, listingFile(kind, slug, page)),
    { kind, slug, page },
    contentPolicy,
    profile,
  )
  const state: EmbeddedState = {
    path: listingPath(kind, slug, page),
    page: { kind: 'listing', listing },
  }
  return { head: listingHead(listing), body: withState(renderApp(state), state) }
}

/** One page of a section's stories: sections/<slug>/index.json is page 1, …/pages/<n>.json page n. */
export function prerenderSection(json: unknown, slug: string, page = 1): PrerenderedPage {
  return prerenderListing('section', json, slug, page)
}

/** One page of an author's stories; the first also shows authors/<slug>.json, when there is one. */
export function prerenderAuthor(
  json: unknown,
  slug: string,
  page = 1,
  profileJson?: unknown,
): PrerenderedPage {
  return prerenderListing('author', json, slug, page, page === 1 ? profileJson : undefined)
}

export function prerenderTopic(json: unknown, slug: string, page = 1): PrerenderedPage {
  return prerenderListing('topic', json, slug, page)
}

/** `/search`, as it is before the reader types: its heading and its labelled, empty field. */
export function prerenderSearch(): PrerenderedPage {
  const state: EmbeddedState = { path: '/search', page: { kind: 'search' } }
  return {
    head: [
      `<title>${escapeHtml(pageTitle(searchWords('search.title')))}</title>`,
      ...feedLinkTags(),
    ].join('\n    '),
    body: withState(renderApp(state), state),
  }
}

/** The page served for any path that has no file of its own: masthead and a loading line until the app runs. */
export function prerenderShell(): PrerenderedPage {
  const body = renderToString(
    <StaticRouter basename={routerBasename} location={sitePath('/loading')}>
      <SiteLayout>
        <LoadingStatus>{t('site.loading')}</LoadingStatus>
      </SiteLayout>
    </StaticRouter>,
  )
  return {
    head: [`<title>${escapeHtml(config.siteName)}</title>`, ...feedLinkTags()].join('\n    '),
    body,
  }
}

export { prerenderNotFound, prerenderUnreachable, prerenderUnreadable } from './problem-pages'
export { fallbackHtml } from './fallback-page'
export { contentIsLocal, contentOrigin } from '../config/config'
export const imageOrigins = imageOriginsOf(config)
/** The allowed embed providers' frame origins, for the CSP's frame-src. */
export const frameOrigins = embedFrameOrigins(config.embedProviders)
export const basePath = config.basePath
export const contentBase = config.contentBase
export const siteUrl = config.siteUrl
/** Every build setting, for what the build writes besides pages (feeds, sitemaps, search). */
export const siteConfig = config
