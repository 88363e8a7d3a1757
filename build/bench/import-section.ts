// docs/performance.md keeps the WordPress import figures in a section of their own (npm run bench:import), as
// the archive benchmark does; `npm run bench` rewrites the rest of the file and keeps this section.

const START = '<!-- import-scale:start -->'
const END = '<!-- import-scale:end -->'

export function importSection(markdown: string): string {
  const start = markdown.indexOf(START)
  const end = markdown.indexOf(END)
  return start === -1 || end < start ? '' : markdown.slice(start, end + END.length)
}

export function withImportSection(markdown: string, body: string): string {
  const section = `${START}\n${body.trim()}\n${END}`
  const existing = importSection(markdown)
  return existing === ''
    ? `${markdown.trimEnd()}\n\n${section}\n`
    : markdown.replace(existing, () => section)
}
