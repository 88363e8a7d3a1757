// docs/performance.md's section for `npm run bench:on-demand` (publishing and serving at archive scale),
// between its own markers, so the other benchmarks keep their figures.

const START = '<!-- on-demand-scale:start -->'
const END = '<!-- on-demand-scale:end -->'

export function withOnDemandSection(markdown: string, body: string): string {
  const section = `${START}\n${body.trim()}\n${END}`
  const start = markdown.indexOf(START)
  const end = markdown.indexOf(END)
  return start === -1 || end < start
    ? `${markdown.trimEnd()}\n\n${section}\n`
    : `${markdown.slice(0, start)}${section}${markdown.slice(end + END.length)}`
}
