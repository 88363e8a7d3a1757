import type { CorpusFile } from '../corpus/corpus'
import { NOUNS } from '../corpus/words'

// What readers type into a news site's search, taken from the generated archive: a person, a place, a topic,
// two words of a headline, and the worst case, the archive's commonest word that is not a stop word. Each
// with how many stories hold every one of its words, so a figure can be read against how common it is.

export interface QueryKind {
  kind: string
  query: string
  /** Stories holding every word of the query (as whole words; Pagefind also matches the last as a prefix). */
  stories: number
}

const STOP_WORDS = new Set(
  'a an and are as at be but by for from has have in is it its of on or that the this to was were will with after although because while than then their them they there these those which who'.split(
    ' ',
  ),
)

/** A story's searchable words: headline, standfirst, body text, byline, section. */
function storyText(json: string): string {
  const texts: string[] = []
  const walk = (value: unknown, key: string) => {
    if (typeof value === 'string') {
      if (['headline', 'standfirst', 'text', 'name', 'section', 'attribution'].includes(key))
        texts.push(value)
    } else if (Array.isArray(value)) for (const item of value) walk(item, key)
    else if (typeof value === 'object' && value !== null)
      for (const [inner, item] of Object.entries(value)) walk(item, inner)
  }
  walk(JSON.parse(json), '')
  return texts.join(' ')
}

const wordsOf = (text: string) => new Set(text.toLowerCase().match(/\p{L}+/gu) ?? [])

export function queryKinds(corpus: readonly CorpusFile[]): QueryKind[] {
  const stories = corpus.map((file) => wordsOf(storyText(file.json)))
  const frequency = new Map<string, number>()
  for (const words of stories)
    for (const word of words) frequency.set(word, (frequency.get(word) ?? 0) + 1)
  const holding = (query: string) => {
    const words = [...wordsOf(query)]
    return stories.filter((story) => words.every((word) => story.has(word))).length
  }

  const sample = corpus[Math.floor(corpus.length / 3)]
  if (!sample) throw new Error('The corpus is empty.')
  const text = storyText(sample.json)
  const headline = (JSON.parse(sample.json) as { headline: string }).headline
  const person = /said ([A-Z]\p{L}+ [A-Z]\p{L}+)/u.exec(text)?.[1] ?? 'Amara Blom'
  const place = /(?:officials in|the) ([A-Z]\p{L}+) /u.exec(text)?.[1] ?? 'Tarnmouth'
  const sampleWords = wordsOf(text)
  const topic = NOUNS.find((noun) => !noun.includes(' ') && sampleWords.has(noun)) ?? 'ferry'
  const phrase = headline
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 4)
    .slice(0, 2)
    .join(' ')
  const [commonest = 'said'] = [...frequency]
    .filter(([word]) => word.length > 2 && !STOP_WORDS.has(word))
    .sort((a, b) => b[1] - a[1])
    .map(([word]) => word)

  return [
    ['a person', person],
    ['a place', place],
    ['a topic', topic],
    ['two words of a headline', phrase],
    ['worst case: the commonest word that is not a stop word', commonest],
  ].map(([kind = '', query = '']) => {
    const lower = query.toLowerCase()
    return { kind, query: lower, stories: holding(lower) }
  })
}
