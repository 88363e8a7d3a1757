import type * as SearchPageModule from '../../features/search/SearchPage'

// The search page is a chunk the browser loads on demand (SearchRoute.tsx): none of it, nor Pagefind, is in
// another page's first view. The server entry links it statically instead, so the build can prerender /search
// (renderToString renders synchronously): its heading and labelled field are on screen before any script
// runs. The browser loads the chunk before it hydrates that page, so hydration renders the same form at once.

type SearchPageCode = typeof SearchPageModule

let linked: SearchPageCode | undefined
let loading: Promise<SearchPageCode> | undefined

function importSearchPage(): Promise<SearchPageCode> {
  // The server build links the page statically and never loads it: no dynamic import there.
  return import.meta.env.SSR
    ? Promise.reject(new Error('The server entry links the search page statically.'))
    : import('../../features/search/SearchPage')
}

/** The chunk, once: the same promise for every caller, forgotten if it failed so a later call tries again. */
export function loadSearchPage(): Promise<SearchPageCode> {
  loading ??= importSearchPage().then(
    (module) => (linked = module),
    (error: unknown) => {
      loading = undefined
      throw error
    },
  )
  return loading
}

/** The page's code, if its chunk is here: then it renders at once, with no suspense. */
export function loadedSearchPage(): SearchPageCode | undefined {
  return linked
}

/** For the server entry, which imports the page statically and renders synchronously. */
export function linkSearchPage(module: SearchPageCode): void {
  linked = module
}
