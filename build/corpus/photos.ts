import type { ImageFile as ImageData } from '../../src/content/format'
import { capitalise, personName } from './prose'
import type { Random } from './random'
import { placeIn } from './names'
import { GROUPS, NOUNS, PHOTO_AGENCIES, SCENE_DETAILS, SCENES, WHEN } from './words'

// A pool, not a photo per article: the build encodes image variants per unique picture, so a pool keeps a
// 10,000-article benchmark about pages, not about hours of image encoding. The build draws the placeholders.
const PHOTO_WIDTH = 1600
const PHOTO_HEIGHT = 1067
const VIEWS = [
  'seen from across the street',
  'seen from above',
  'in a close, crowded frame',
  'from a distance',
]

function photoSrc(number: number): string {
  return `/content/images/corpus/photo-${String(number).padStart(2, '0')}.jpg`
}

/** Alt text, caption and credit belong to the picture, so every story that reuses it says the same. */
export function photoPool(random: Random, size: number): ImageData[] {
  return Array.from({ length: size }, (_, index) => {
    const people = random.pick(GROUPS)
    const scene = `${people} ${random.pick(SCENES)} the ${random.pick(NOUNS)}`
    const place = placeIn(random)
    return {
      src: photoSrc(index + 1),
      alt: `${capitalise(scene)} ${random.pick(SCENE_DETAILS)}, ${random.pick(VIEWS)}.`,
      width: PHOTO_WIDTH,
      height: PHOTO_HEIGHT,
      caption: `${capitalise(scene)} in ${place} ${random.pick(WHEN)}.`,
      credit: random.chance(0.6)
        ? `Photo: ${personName(random)} / Broadsheet`
        : `Photo: ${random.pick(PHOTO_AGENCIES)}`,
    }
  })
}
