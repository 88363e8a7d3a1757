// docs/performance.md's reading-controls section, owned by `npm run bench:reading`; `npm run bench` keeps it.

const START = '<!-- reading-controls:start -->'
const END = '<!-- reading-controls:end -->'

export function readingSection(markdown: string): string {
  const start = markdown.indexOf(START)
  const end = markdown.indexOf(END)
  return start === -1 || end < start ? '' : markdown.slice(start, end + END.length)
}

export function withReadingSection(markdown: string, body: string): string {
  const section = `${START}\n${body.trim()}\n${END}`
  const existing = readingSection(markdown)
  return existing === ''
    ? `${markdown.trimEnd()}\n\n${section}\n`
    : markdown.replace(existing, () => section)
}
