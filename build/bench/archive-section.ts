// docs/performance.md is written by two benchmarks: `npm run bench` (page speed) writes the whole file, and
// `npm run bench:archive` (build time at 10,000 articles, which takes minutes) owns one section inside it.
// Each keeps the other's figures.

const START = '<!-- archive-scale:start -->'
const END = '<!-- archive-scale:end -->'

/** The archive section as it stands in the document, markers included, or '' if there is none. */
export function archiveSection(markdown: string): string {
  const start = markdown.indexOf(START)
  const end = markdown.indexOf(END)
  return start === -1 || end < start ? '' : markdown.slice(start, end + END.length)
}

/** The document with its archive section replaced by (or, without one, followed by) `body`. */
export function withArchiveSection(markdown: string, body: string): string {
  const section = `${START}\n${body.trim()}\n${END}`
  const existing = archiveSection(markdown)
  return existing === ''
    ? `${markdown.trimEnd()}\n\n${section}\n`
    : markdown.replace(existing, () => section)
}
