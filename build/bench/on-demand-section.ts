// docs/performance.md's sections for `npm run bench:on-demand` (building and serving at archive scale) and
// `npm run bench:publish-scale` (one publish against indexes of up to a million stories), each between its own
// markers, so every benchmark keeps the others' figures.

export function withMarkedSection(markdown: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`
  const end = `<!-- ${name}:end -->`
  const section = `${start}\n${body.trim()}\n${end}`
  const from = markdown.indexOf(start)
  const to = markdown.indexOf(end)
  return from === -1 || to < from
    ? `${markdown.trimEnd()}\n\n${section}\n`
    : `${markdown.slice(0, from)}${section}${markdown.slice(to + end.length)}`
}

export function withOnDemandSection(markdown: string, body: string): string {
  return withMarkedSection(markdown, 'on-demand-scale', body)
}
