import { t } from '../i18n/interface'
export interface PagePosition {
  page: number
  pageCount: number
}

/** Where a page sits among an index's pages: "Page 2 of 334", in the publication's own digits. */
export function pageLabel({ page, pageCount }: PagePosition): string {
  return t('frontPage.pageLabel', { page, pageCount })
}
