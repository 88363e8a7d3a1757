import { createRandom } from './random'
import type { Random } from './random'
import { FIRST_NAMES, LAST_NAMES, NOUNS, PLACES } from './words'
import { zipfPicker } from './zipf'

// The archive's proper names: hundreds of invented places and surnames, drawn with Zipf frequencies, and a
// small cast for each story (the places and people it is about), so that, as in a real archive, a story
// names the same few again and again and a given name is in few stories. Invented from syllables, so no
// generated story reads as a report about a real town or person.

const PLACE_STARTS =
  'Ash Bram Cal Dun Elm Fen Gar Hal Ist Kel Lin Mar Nor Orr Pell Quen Ros Salt Tarn Ulm Vant Wen Yar Zell Brack Cor Dray Esk Frim Glen Hest Ilk Jarr Kirk Lud Mell Ness Ock Pim Rud'.split(
    ' ',
  )
const PLACE_ENDS =
  'by ford mouth wick ton mere holm gate field stead ley worth bury haven dale moor cote brook'.split(
    ' ',
  )
const SURNAME_STARTS =
  'Al Bel Cor Dra Es Fal Gor Hen Ka Lor Mo Nev Os Pra Ri Sev Tul Var Wes Zan'.split(' ')
const SURNAME_ENDS = 'berg ton ski ova ard ell ani etti sen ura eau man ic ez ley ridge'.split(' ')

const MORE_FIRST_NAMES =
  'Abel Bea Cyrus Dora Ezra Fleur Gus Hedda Idris Jana Kofi Liv Milo Nell Otto Pia Rafe Sana Theo Uma Vera Wim Xavi Yara Zeno Alba Boris Cora Dario Edda Felix Gaia Hugo Iris Jakob Kira Lars Maja Nico Ottilie Paz Rhys Selma Tariq Una Vito Wren Yves Zoltan Agnes Basil Carmen Dmitri Esme Fintan Gwen Hamid Isla Joss Katya Luca Mina Nils Odile Petra Remy Sibyl Timo Ulla Vadim Willa Yosef Zuri'.split(
    ' ',
  )

/** Shuffled with a fixed seed, so the most common names are not simply the first of each list. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  return createRandom(seed).sample(items, items.length)
}

const combine = (starts: readonly string[], ends: readonly string[]) =>
  starts.flatMap((start) => ends.map((end) => `${start}${end}`))

const ALL_PLACES = shuffled([...PLACES, ...combine(PLACE_STARTS, PLACE_ENDS)], 11)
const ALL_SURNAMES = shuffled([...LAST_NAMES, ...combine(SURNAME_STARTS, SURNAME_ENDS)], 12)
const ALL_FIRST_NAMES = shuffled([...FIRST_NAMES, ...MORE_FIRST_NAMES], 13)

const anyPlace = zipfPicker(ALL_PLACES)
const anySurname = zipfPicker(ALL_SURNAMES)
const anyFirstName = zipfPicker(ALL_FIRST_NAMES)

/** Someone anywhere in the archive: a common first name is common, a surname mostly rare. */
const anyPerson = (random: Random) => `${anyFirstName(random)} ${anySurname(random)}`

/** Who and where one story is about. */
export interface Cast {
  places: readonly string[]
  people: readonly string[]
  /** What it is about (a budget, a ferry, a strike): a few of the topics, not all of them at once. */
  topics: readonly string[]
}

function distinct(random: Random, count: number, draw: (random: Random) => string): string[] {
  const chosen = new Set<string>()
  for (let tries = 0; chosen.size < count && tries < count * 20; tries += 1)
    chosen.add(draw(random))
  return [...chosen]
}

export function castOf(random: Random): Cast {
  return {
    places: distinct(random, random.int(1, 3), anyPlace),
    people: distinct(random, random.int(2, 5), anyPerson),
    topics: random.sample(NOUNS, random.int(3, 6)),
  }
}

/** A story's text draws its names from its cast; outside a story (photo captions, staff) from everyone. */
export type StoryRandom = Random & { cast?: Cast }

export const placeIn = (random: StoryRandom) =>
  random.cast ? random.pick(random.cast.places) : anyPlace(random)

export const topicIn = (random: StoryRandom) =>
  random.cast ? random.pick(random.cast.topics) : random.pick(NOUNS)

export const personIn = (random: StoryRandom) =>
  random.cast ? random.pick(random.cast.people) : anyPerson(random)
