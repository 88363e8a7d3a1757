import { lazy, Suspense } from 'react'
import { LoadingStatus } from '../../components/LoadingStatus'
import { t } from '../../i18n/interface'

// The search page is its own chunk, loaded when a reader opens /search: none of it (nor Pagefind, which it
// loads in turn) is in any other page's first view.
const SearchPage = lazy(async () => ({
  default: (await import('../../features/search/SearchPage')).SearchPage,
}))

export function SearchRoute() {
  return (
    <Suspense fallback={<LoadingStatus>{t('search.loading')}</LoadingStatus>}>
      <SearchPage />
    </Suspense>
  )
}
