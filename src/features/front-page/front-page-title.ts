import type { PagePosition } from '../../components/page-position'
import { t } from '../../i18n/interface'

/** The page's heading and (after the first page) its title: each page says which page it is. */
export function frontPageTitle(page: PagePosition): string {
  return page.page === 1
    ? t('frontPage.latest')
    : t('frontPage.older', { page: page.page, pageCount: page.pageCount })
}
