import { personIn, placeIn, topicIn } from './names'
import type { StoryRandom as Random } from './names'
import {
  ADJECTIVES,
  CONNECTORS,
  GROUPS,
  HEADINGS,
  HEADLINE_ENDINGS,
  ORGANISATIONS,
  ROLES,
  VERBS,
  WHEN,
} from './words'

// Not English, but shaped like news copy: who did what to what, when, with numbers and quoted sources, so
// text wrapping, line counts and word-count estimates behave as they would on a real archive.

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'for', 'in', 'of', 'on', 'the', 'to'])
const count = new Intl.NumberFormat('en')

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
const withArticle = (phrase: string) => `${/^[aeiou]/.test(phrase) ? 'an' : 'a'} ${phrase}`

function titleCase(text: string): string {
  return text
    .split(' ')
    .map((word, index) => (index > 0 && SMALL_WORDS.has(word) ? word : capitalise(word)))
    .join(' ')
}

export const personName = (random: Random) => personIn(random)

export const organisation = (random: Random) =>
  `the ${placeIn(random)} ${random.pick(ORGANISATIONS)}`

function subject(random: Random): string {
  switch (random.int(0, 4)) {
    case 0:
      return organisation(random)
    case 1:
      return `officials in ${placeIn(random)}`
    case 2:
      return personName(random)
    case 3:
      return `the ${random.pick(ADJECTIVES)} ${topicIn(random)}`
    default:
      return random.pick(GROUPS)
  }
}

function object(random: Random): string {
  switch (random.int(0, 3)) {
    case 0:
      return withArticle(`${random.pick(ADJECTIVES)} ${topicIn(random)}`)
    case 1:
      return `plans for ${withArticle(topicIn(random))}`
    case 2:
      return `the ${topicIn(random)} in ${placeIn(random)}`
    default:
      return `support for ${count.format(random.int(2, 90) * 50)} ${random.pick(GROUPS)}`
  }
}

function clause(random: Random): string {
  const tail = random.chance(0.5) ? ` ${random.pick(WHEN)}` : ''
  return `${subject(random)} ${random.pick(VERBS).past} ${object(random)}${tail}`
}

const money = (random: Random) =>
  `$${random.int(1, 900)}.${random.int(1, 9)} ${random.chance(0.8) ? 'million' : 'billion'}`

/** What a source would say in a quote: no reported speech inside it. */
export function spokenSentence(random: Random): string {
  return random.chance(0.6)
    ? `${capitalise(clause(random))}, ${random.pick(CONNECTORS)} ${clause(random)}.`
    : `${capitalise(clause(random))}.`
}

function sentence(random: Random): string {
  switch (random.int(0, 6)) {
    case 0:
      return `${capitalise(random.pick(WHEN))}, ${clause(random)}.`
    case 1:
      return `“${capitalise(clause(random))},” said ${personName(random)}, ${random.pick(ROLES)}.`
    case 2:
      return `According to ${organisation(random)}, ${random.pick(GROUPS)} ${random.pick(VERBS).past} ${object(random)} by ${random.int(2, 60)} percent.`
    case 3:
      return `The ${topicIn(random)} will cost an estimated ${money(random)}, ${subject(random)} said.`
    default:
      return spokenSentence(random)
  }
}

export function paragraph(random: Random, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random)).join(' ')
}

export function headline(random: Random): string {
  const verb = random.pick(VERBS).present
  const what = `${random.pick(ADJECTIVES)} ${topicIn(random)}`
  switch (random.int(0, 3)) {
    case 0:
      return titleCase(`${placeIn(random)} ${verb} ${what} ${random.pick(HEADLINE_ENDINGS)}`)
    case 1:
      return titleCase(`${placeIn(random)} ${random.pick(ORGANISATIONS)} ${verb} ${what}`)
    case 2:
      return titleCase(`how ${placeIn(random)} ${random.pick(VERBS).past} its ${what}`)
    default:
      return titleCase(`${random.pick(GROUPS)} fear ${what} ${random.pick(HEADLINE_ENDINGS)}`)
  }
}

export function heading(random: Random): string {
  return random.chance(0.6)
    ? random.pick(HEADINGS)
    : capitalise(`the ${topicIn(random)} in ${placeIn(random)}`)
}
