import { matchQuery } from '@tanstack/react-query'
import type { QueryClient } from '@tanstack/react-query'
import { loadRichBlocks } from '../features/article/blocks/rich-block-code'

// Every article's key begins 'article' (src/data/queries.ts).
const ANY_ARTICLE = { queryKey: ['article'] }

/**
 * The code of the blocks that load on demand (src/features/article/blocks/rich-block-code.ts) is fetched
 * beside an article's data, whenever an article is fetched (a prefetched link, a click): it then arrives with
 * the data, and the article appears whole. It is one small chunk, fetched once, and the service worker
 * precaches it anyway; waiting for the data to know whether it is needed would cost a round trip.
 */
export function loadBlockCodeWithArticles(queryClient: QueryClient): () => void {
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'fetch') return
    if (!matchQuery(ANY_ARTICLE, event.query)) return
    // A chunk that fails now is tried again by the block that needs it.
    loadRichBlocks().catch(() => undefined)
  })
}
