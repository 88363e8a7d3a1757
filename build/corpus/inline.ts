import type { InlineFile as InlineData } from '../../src/content/format'
import type { Random } from './random'
import { NOUNS, PLACES } from './words'

type Run = Exclude<InlineData, string>[number]

const toSlug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-')

// Reserved example domains: the corpus links out like a real paper does, but never to a real site.
function externalUrl(random: Random): string {
  const host = random.pick(['www.example.org', 'data.example.com', 'news.example.net'])
  return `https://${host}/${toSlug(random.pick(PLACES))}/${toSlug(random.pick(NOUNS))}-${random.int(2, 9_999)}`
}

// Links and emphasis end at the word, not after the comma or full stop that follows it.
const TRAILING_PUNCTUATION = /^(.*?)([.,;:!?”]*)$/

/** A phrase never runs on into the next sentence or clause. */
function phraseEnd(words: readonly string[], start: number, length: number): number {
  let end = start + 1
  while (end < start + length && !/[.,;:!?”]$/.test(words[end - 1] ?? '')) end += 1
  return end
}

function markedRun(random: Random, text: string, otherSlug: string | undefined): Run {
  const kind = random.int(0, 9)
  if (kind < 5 && otherSlug !== undefined) return { text, href: `/articles/${otherSlug}` }
  if (kind < 7) return { text, href: externalUrl(random) }
  return kind < 9 ? { text, emphasis: true } : { text, strong: true }
}

/**
 * Marks one to three phrases of a paragraph: mostly links (to another story in the corpus, or out), now and
 * then emphasis or strong. The words are unchanged, only split into runs.
 */
export function withRuns(
  random: Random,
  text: string,
  otherSlug: () => string | undefined,
): InlineData {
  const words = text.split(' ')
  const marks = Math.min(random.int(1, 3), Math.floor(words.length / 8))
  if (marks === 0) return text
  const segment = Math.floor(words.length / marks)
  const runs: Run[] = []
  let cursor = 0
  let carried = ''
  for (let mark = 0; mark < marks; mark += 1) {
    // Each mark stays inside its own stretch of the paragraph, with plain words on both sides.
    const start = mark * segment + random.int(1, segment - 5)
    const end = phraseEnd(words, start, random.int(2, 4))
    runs.push({
      text: `${carried}${cursor > 0 ? ' ' : ''}${words.slice(cursor, start).join(' ')} `,
    })
    const [, phrase = '', punctuation = ''] = TRAILING_PUNCTUATION.exec(
      words.slice(start, end).join(' '),
    ) ?? ['']
    runs.push(markedRun(random, phrase, otherSlug()))
    carried = punctuation
    cursor = end
  }
  runs.push({ text: `${carried} ${words.slice(cursor).join(' ')}` })
  return runs
}
