// Where the content files live, relative to the content base (docs/article-format.md, "Where the files live").
// No imports: the build scripts write these files by the same names the reader fetches.

export function articleFile(slug: string): string {
  return `articles/${slug}.json`
}

/** Page 1 of the front page is index.json; older pages are pages/<n>.json. */
export function frontPageFile(page: number): string {
  return page === 1 ? 'index.json' : `pages/${String(page)}.json`
}
