import { pagePosition } from '../../components/page-position'
import type { PagePosition } from '../../components/page-position'

/** The page's heading and (after the first page) its title: each page says which page it is. */
export function frontPageTitle(page: PagePosition): string {
  return page.page === 1 ? 'Latest stories' : `Older stories, page ${pagePosition(page)}`
}
