import { Suspense, use } from 'react'
import { LoadingStatus } from '../../components/LoadingStatus'
import { t } from '../../i18n/interface'
import { loadedSearchPage, loadSearchPage } from './search-page-code'

// The search page is its own chunk, loaded when a reader opens /search (search-page-code.ts); the server
// renders it linked, so /search is prerendered.
function SearchPageOnDemand() {
  const { SearchPage } = loadedSearchPage() ?? use(loadSearchPage())
  return <SearchPage />
}

export function SearchRoute() {
  return (
    <Suspense fallback={<LoadingStatus>{t('search.loading')}</LoadingStatus>}>
      <SearchPageOnDemand />
    </Suspense>
  )
}
