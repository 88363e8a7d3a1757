// Headers that differ by path, on top of the site-wide ones (security-headers.ts):
// - the search page and Pagefind's own files run WebAssembly, so their policy alone adds 'wasm-unsafe-eval'
//   (every other page keeps the strict one; a page opened by an in-app link keeps its own document's policy,
//   so the masthead's search link loads a new document);
// - feeds and sitemaps carry their own media types, which hosts guess wrong from the extension.
// Written into _headers and the nginx include by write-security-headers.ts; `vite preview` applies the same
// rules from JSON (vite.config.ts).

export interface PathRule {
  /** An app path, before the base path: exact ("/search") or a folder ending in "*" ("/pagefind/*"). */
  path: string
  headers: Record<string, string>
  /** A full replacement of the site-wide value of these headers, not an addition. */
  replaces?: boolean
}

/** The paths whose documents (or worker scripts) run Pagefind's WebAssembly. */
export const SEARCH_PATHS = ['/search', '/pagefind/*']

const FEED_TYPES: [string, string][] = [
  ['feed.xml', 'application/rss+xml; charset=utf-8'],
  ['atom.xml', 'application/atom+xml; charset=utf-8'],
  ['feed.json', 'application/feed+json; charset=utf-8'],
]

export function pathRules(searchPolicy: string): PathRule[] {
  return [
    ...SEARCH_PATHS.map((path) => ({
      path,
      headers: { 'Content-Security-Policy': searchPolicy },
      replaces: true,
    })),
    // The site's feeds at the root, and every section's and author's under its page (/sections/world/…).
    ...FEED_TYPES.flatMap(([file, type]) => [
      { path: `/${file}`, headers: { 'Content-Type': type } },
      { path: `/*/${file}`, headers: { 'Content-Type': type } },
    ]),
  ]
}

/** Whether an app path (no query) falls under a rule's path. "*" stands for one or more characters. */
export function matchesRule(rulePath: string, appPath: string): boolean {
  const pattern = rulePath
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.+')
  return new RegExp(`^${pattern}$`).test(appPath)
}

/** Every header the rules set for this path; later rules win. */
export function headersForPath(
  rules: readonly PathRule[],
  appPath: string,
): Record<string, string> {
  return Object.assign(
    {},
    ...rules.filter((rule) => matchesRule(rule.path, appPath)).map((rule) => rule.headers),
  ) as Record<string, string>
}
