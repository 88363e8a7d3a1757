// docs/performance.md's search and syndication section, written by `npm run bench:search`; the other
// benchmarks keep it (as archive-section.ts does for theirs).

const START = '<!-- search-scale:start -->'
const END = '<!-- search-scale:end -->'

export function withSearchSection(markdown: string, body: string): string {
  const section = `${START}\n${body.trim()}\n${END}`
  const start = markdown.indexOf(START)
  const end = markdown.indexOf(END)
  if (start === -1 || end < start) return `${markdown.trimEnd()}\n\n${section}\n`
  return `${markdown.slice(0, start)}${section}${markdown.slice(end + END.length)}`
}
