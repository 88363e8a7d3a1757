// One fixed locale: the prerendered page and the hydrating app must print the same digits.
const COUNT = new Intl.NumberFormat('en')
const formatCount = (value: number) => COUNT.format(value)

interface PagePosition {
  page: number
  pageCount: number
}

/** Where a page sits among the front page's pages, in words: "page 2 of 334". */
export function pagePosition({ page, pageCount }: PagePosition): string {
  return `page ${formatCount(page)} of ${formatCount(pageCount)}`
}

/** The page's heading and (after the first page) its title: each page says which page it is. */
export function frontPageTitle(position: PagePosition): string {
  return position.page === 1 ? 'Latest stories' : `Older stories, ${pagePosition(position)}`
}
