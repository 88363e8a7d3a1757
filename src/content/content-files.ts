// Where the content files live, relative to the content base (docs/article-format.md, "Where the files live").
// No imports: the build scripts write these files by the same names the reader fetches.

/** One JSON file per article, named by its slug. */
export const ARTICLES_FOLDER = 'articles'
/** The front page's pages after the first, named by their number. */
export const PAGES_FOLDER = 'pages'
/** Page 1 of the front page. */
export const FRONT_PAGE_FILE = 'index.json'

export function articleFile(slug: string): string {
  return `${ARTICLES_FOLDER}/${slug}.json`
}

/** Page 1 of the front page is index.json; older pages are pages/<n>.json. */
export function frontPageFile(page: number): string {
  return page === 1 ? FRONT_PAGE_FILE : `${PAGES_FOLDER}/${String(page)}.json`
}
