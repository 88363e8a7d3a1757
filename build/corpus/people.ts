import type { AuthorFile } from '../../src/content/format'
import { personName } from './prose'
import type { Random } from './random'

export type Author = AuthorFile
type Desk = ReadonlyMap<string, readonly Author[]>

const TITLES = [
  '{section} Correspondent',
  'Senior {section} Reporter',
  '{section} Editor',
  'Deputy {section} Editor',
  '{section} Writer',
]

/** A newsroom: each section's desk has its own writers, who keep their name and title across stories. */
export function hireStaff(random: Random, sections: readonly string[]): Desk {
  const taken = new Set<string>()
  const desk = new Map<string, Author[]>()
  for (const section of sections) {
    const writers: Author[] = []
    while (writers.length < 6) {
      const name = personName(random)
      if (taken.has(name)) continue
      taken.add(name)
      writers.push({ name, title: random.pick(TITLES).replace('{section}', section) })
    }
    desk.set(section, writers)
  }
  return desk
}

/** Mostly one writer from the story's own desk; sometimes a colleague from another desk joins. */
export function byline(random: Random, staff: Desk, section: string): Author[] {
  const size = random.chance(0.7) ? 1 : random.chance(0.75) ? 2 : 3
  const everyone = [...staff.values()].flat()
  const home = staff.get(section) ?? everyone
  const authors = [random.pick(home)]
  while (authors.length < size) {
    const colleague = random.pick(random.chance(0.7) ? home : everyone)
    if (!authors.includes(colleague)) authors.push(colleague)
  }
  return authors
}
