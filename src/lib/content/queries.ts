import { queryOptions } from '@tanstack/react-query'
import { fetchJson } from '../http/fetch-json'
import { articleUrl, frontPageUrl } from './content-urls'
import { LIMITS } from './limits'
import { parseArticle, parseFrontPage } from './parse'
import { toArticleView, toFrontPageView } from './view-model'

// One options factory per resource: the route that renders and anything that prefetches share the key, the
// fetch and the transform. The key holds every input, including the URL the content base resolves to.

export function articleQueryOptions(slug: string) {
  const url = articleUrl(slug)
  return queryOptions({
    queryKey: ['article', url],
    queryFn: async ({ signal }) =>
      toArticleView(
        parseArticle(await fetchJson(url, { signal, maxBytes: LIMITS.articleBytes }), url),
        slug,
      ),
  })
}

export function frontPageQueryOptions() {
  const url = frontPageUrl()
  return queryOptions({
    queryKey: ['front-page', url],
    queryFn: async ({ signal }) =>
      toFrontPageView(
        parseFrontPage(await fetchJson(url, { signal, maxBytes: LIMITS.indexBytes }), url),
      ),
  })
}
