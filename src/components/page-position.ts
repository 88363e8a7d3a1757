// One fixed locale: the prerendered page and the hydrating app must print the same digits.
const COUNT = new Intl.NumberFormat('en')

export interface PagePosition {
  page: number
  pageCount: number
}

/** "2 of 334". */
export const pagePosition = ({ page, pageCount }: PagePosition) =>
  `${COUNT.format(page)} of ${COUNT.format(pageCount)}`

/** Where a page sits among an index's pages: "Page 2 of 334". */
export function pageLabel(page: PagePosition): string {
  return `Page ${pagePosition(page)}`
}
