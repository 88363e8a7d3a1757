// Pagefind's excerpts are HTML: the story's text, escaped, with the matched words in <mark>. Nothing from the
// index is ever put into the page as HTML: the excerpt is read here into runs of text, and the component
// renders its own <mark> elements around the marked ones.

export interface ExcerptRun {
  text: string
  marked: boolean
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : entity
    }
    return ENTITIES[name.toLowerCase()] ?? entity
  })
}

/** "a <mark>b</mark> c" → [a ][b, marked][ c]. Any other tag is dropped; text stays text. */
export function parseExcerpt(html: string): ExcerptRun[] {
  const runs: ExcerptRun[] = []
  let marked = false
  const push = (raw: string) => {
    const text = decodeEntities(raw)
    if (text === '') return
    const last = runs.at(-1)
    if (last?.marked === marked) last.text += text
    else runs.push({ text, marked })
  }
  let position = 0
  for (const tag of html.matchAll(/<\/?([a-z][a-z0-9]*)\b[^>]*>/gi)) {
    push(html.slice(position, tag.index))
    position = tag.index + tag[0].length
    if (tag[1]?.toLowerCase() === 'mark') marked = !tag[0].startsWith('</')
  }
  push(html.slice(position))
  return runs
}
