import type { ArticleFile, ImageFile as ImageData, RelatedFile } from '../../src/content/format'
import { writeBody } from './body'
import type { StoryLink } from './body'
import { isoWithOffset, publicationMoments, updateMoment } from './dates'
import { castOf } from './names'
import type { Cast } from './names'
import { byline, hireStaff } from './people'
import { photoPool } from './photos'
import { headline, paragraph } from './prose'
import { createRandom } from './random'
import type { Random } from './random'
import { KICKERS, SECTION_WEIGHTS } from './words'
import { slugify } from '../import/slug'

// A made-up archive for the scale benchmark: as many articles as asked for, valid under the strict format,
// shaped and sized like a publication's, and the same bytes for the same seed.

export interface CorpusOptions {
  count: number
  seed?: number
  /** Size of the shared photo pool; 0 gives a corpus without pictures. */
  photos?: number
}

/** A valid article file (the strict schema's input), with the fields the generator always fills in. */
export type CorpusArticle = ArticleFile &
  Required<Pick<ArticleFile, 'section' | 'publishedAt' | 'language'>>

export interface CorpusFile {
  slug: string
  /** The file's contents, formatted like the hand-written articles. */
  json: string
}

interface Story extends StoryLink {
  section: string
  publishedAt: string
  publishedMs: number
  leadImage?: ImageData
  /** The places and people the story names, again and again, as a report does. */
  cast: Cast
}

/** Same desk, close in time: what an editor would pick as related, and cheap to find. */
const NEIGHBOURHOOD = 30

function planStories(random: Random, count: number, photos: readonly ImageData[]): Story[] {
  const sections = Object.entries(SECTION_WEIGHTS).flatMap(([name, weight]) =>
    Array<string>(weight).fill(name),
  )
  return publicationMoments(random, count).map((publishedMs, index) => {
    const cast = castOf(random)
    const title = headline({ ...random, cast })
    const leadImage = photos.length > 0 && random.chance(0.8) ? random.pick(photos) : undefined
    return {
      // The number keeps slugs unique however often the small vocabulary repeats a headline.
      slug: `${slugify(title)}-${index + 1}`,
      headline: title,
      section: random.pick(sections),
      publishedAt: isoWithOffset(publishedMs),
      publishedMs,
      ...(leadImage && { leadImage }),
      cast,
    }
  })
}

function neighboursOf(stories: readonly Story[]): (story: Story) => Story[] {
  const desks = new Map<string, Story[]>()
  const places = new Map<Story, number>()
  for (const story of stories) {
    const desk = desks.get(story.section) ?? []
    places.set(story, desk.push(story) - 1)
    desks.set(story.section, desk)
  }
  return (story) => {
    const at = places.get(story) ?? 0
    const near = (desks.get(story.section) ?? []).slice(
      Math.max(0, at - NEIGHBOURHOOD),
      at + NEIGHBOURHOOD + 1,
    )
    return near.filter((other) => other !== story)
  }
}

function relatedItem({ slug, headline, section, publishedAt, leadImage }: Story): RelatedFile {
  return { slug, headline, section, publishedAt, ...(leadImage && { image: leadImage }) }
}

export function generateCorpus({ count, seed = 1, photos = 40 }: CorpusOptions): CorpusFile[] {
  const random = createRandom(seed)
  const pool = photoPool(random, photos)
  const staff = hireStaff(random, Object.keys(SECTION_WEIGHTS))
  const stories = planStories(random, count, pool)
  const neighbours = neighboursOf(stories)
  return stories.map((story) => {
    // The same sequence of numbers, with this story's names.
    const told = { ...random, cast: story.cast }
    const near = neighbours(story)
    const otherStory = () => (near.length > 0 ? random.pick(near) : undefined)
    const related = random.sample(near, random.chance(0.15) ? 0 : random.int(1, 4))
    const updated = random.chance(0.2) ? updateMoment(random, story.publishedMs) : undefined
    const article: CorpusArticle = {
      slug: story.slug,
      headline: story.headline,
      kicker: random.chance(0.25) ? random.pick(KICKERS) : undefined,
      standfirst: random.chance(0.7) ? paragraph(told, random.int(1, 2)) : undefined,
      section: story.section,
      publishedAt: story.publishedAt,
      updatedAt: updated === undefined ? undefined : isoWithOffset(updated),
      language: 'en',
      byline: byline(random, staff, story.section),
      leadImage: story.leadImage,
      body: writeBody({ random: told, photos: pool, otherStory }),
      related: related.length > 0 ? related.map(relatedItem) : undefined,
    }
    return { slug: story.slug, json: `${JSON.stringify(article, null, 2)}\n` }
  })
}
