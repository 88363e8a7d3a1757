import type { Author } from './types'
import { collapseSpace } from './text'

// Words that start a role rather than continue a name, so "Mary Anne Smith Senior Reporter" splits after Smith.
const TITLE_WORDS = new Set([
  'senior',
  'chief',
  'staff',
  'associate',
  'assistant',
  'deputy',
  'managing',
  'executive',
  'contributing',
  'special',
  'political',
  'national',
  'foreign',
  'international',
  'investigative',
  'white',
  'washington',
  'business',
  'sports',
  'science',
  'health',
  'technology',
  'tech',
  'education',
  'legal',
  'opinion',
  'breaking',
  'digital',
  'lead',
  'global',
  'correspondent',
  'reporter',
  'editor',
  'writer',
  'contributor',
  'columnist',
  'producer',
  'photographer',
  'analyst',
  'fellow',
  'intern',
  'bureau',
  'head',
])
// Particles that belong to the surname that follows ("Ursula von der Leyen").
const PARTICLES = new Set([
  'de',
  'der',
  'den',
  'van',
  'von',
  'da',
  'di',
  'del',
  'la',
  'le',
  'bin',
  'al',
])
const CONNECTORS = new Set([...PARTICLES, 'and', 'of', 'the', 'for', 'at', 'in', 'on', '&'])
const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/
const INITIAL = /^\p{Lu}\.$/u

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word)

function stripBy(line: string): string {
  return collapseSpace(line).replace(/^by\s+/i, '')
}

/** A short line of capitalised words with no sentence punctuation: how a byline looks in saved text. */
export function looksLikeByline(line: string): boolean {
  const words = stripBy(line).split(' ')
  if (words.length < 2 || words.length > 12) return false
  if (/[.!?:;"“”]$/.test(line.trim()) || /\d/.test(line)) return false
  if (!words.slice(0, 2).every(isCapitalised)) return false
  const fitting = words.filter((word) => isCapitalised(word) || CONNECTORS.has(word.toLowerCase()))
  return fitting.length / words.length >= 0.75
}

/**
 * Where the name ends: at the first role word, else (when the line is known to carry a title) after two
 * capitalised words, counting initials, particles and suffixes as part of the name.
 */
function nameLength(words: readonly string[], guessTitle: boolean): number {
  const titleAt = words.findIndex(
    (word, index) => index >= 2 && TITLE_WORDS.has(word.toLowerCase()),
  )
  if (titleAt >= 2 && titleAt <= 4) return titleAt
  if (!guessTitle) return words.length
  let length = 0
  let capitalised = 0
  while (length < words.length && capitalised < 2) {
    const word = words[length] ?? ''
    if (INITIAL.test(word) || PARTICLES.has(word)) {
      length += 1
      continue
    }
    if (!isCapitalised(word)) break
    length += 1
    capitalised += 1
  }
  if (SUFFIX.test(words[length] ?? '')) length += 1
  return Math.max(length, 1)
}

function toAuthor(part: string, guessTitle: boolean): Author | undefined {
  const text = collapseSpace(part)
  if (text === '') return undefined
  const explicit = /^(.+?)\s*(?:,|\||—|–| - )\s*(.+)$/.exec(text)
  if (explicit?.[1] !== undefined && explicit[2] !== undefined)
    return { name: explicit[1], title: explicit[2] }
  const words = text.split(' ')
  const length = nameLength(words, guessTitle)
  const title = words.slice(length).join(' ')
  return title === '' ? { name: text } : { name: words.slice(0, length).join(' '), title }
}

/**
 * "By Shelby Talcott Senior White House Correspondent" → name and title; "A and B" → two authors. Only a
 * byline line from saved text is known to run name and title together; a metadata name is left whole unless
 * it names a role.
 */
/** "Tom Ellery": two to four capitalised words, none of them a role. */
function looksLikeName(part: string): boolean {
  const words = part.trim().split(/\s+/)
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every(
      (word) =>
        (isCapitalised(word) || PARTICLES.has(word)) && !TITLE_WORDS.has(word.toLowerCase()),
    )
  )
}

export function parseByline(line: string, { guessTitle = false } = {}): Author[] {
  return stripBy(line)
    .split(/\s+(?:and|&)\s+/)
    .flatMap((part) => {
      // "Ana Ruiz, Tom Ellery and Jo Li": a list of names, not a name and a title.
      const names = part.split(/\s*,\s*/)
      return names.length > 1 && names.every(looksLikeName) ? names : [part]
    })
    .flatMap((part) => {
      const author = toAuthor(part, guessTitle)
      return author ? [author] : []
    })
}
