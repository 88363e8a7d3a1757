// One fixed locale: the prerendered page and the hydrating app must print the same digits.
const COUNT = new Intl.NumberFormat('en')

interface PagePosition {
  page: number
  pageCount: number
}

const position = ({ page, pageCount }: PagePosition) =>
  `${COUNT.format(page)} of ${COUNT.format(pageCount)}`

/** Where a page sits among the front page's pages: "Page 2 of 334". */
export function pageLabel(page: PagePosition): string {
  return `Page ${position(page)}`
}

/** The page's heading and (after the first page) its title: each page says which page it is. */
export function frontPageTitle(page: PagePosition): string {
  return page.page === 1 ? 'Latest stories' : `Older stories, page ${position(page)}`
}
