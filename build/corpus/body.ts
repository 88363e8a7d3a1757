import type { BlockFile as BlockData, ImageFile as ImageData } from '../../src/content/format'
import { withRuns } from './inline'
import { heading, organisation, paragraph, personName, spokenSentence } from './prose'
import type { StoryRandom as Random } from './names'
import { ROLES } from './words'

export interface StoryLink {
  slug: string
  headline: string
}

export interface BodyContext {
  random: Random
  photos: readonly ImageData[]
  /** Another story in the corpus to link to, or undefined when there is none. */
  otherStory: () => StoryLink | undefined
}

type BlockType = BlockData['type']

// Roughly what a news archive's bodies are made of: mostly paragraphs, a sub-heading every few of them.
const MIX: readonly BlockType[] = [
  ...Array<BlockType>(13).fill('paragraph'),
  ...Array<BlockType>(2).fill('heading'),
  ...Array<BlockType>(2).fill('quote'),
  'image',
  'related',
]

function paragraphBlock({ random, otherStory }: BodyContext, sentences: number): BlockData {
  const text = paragraph(random, sentences)
  if (!random.chance(0.25)) return { type: 'paragraph', text }
  return { type: 'paragraph', text: withRuns(random, text, () => otherStory()?.slug) }
}

function block(context: BodyContext, type: BlockType): BlockData | undefined {
  const { random, photos, otherStory } = context
  switch (type) {
    case 'paragraph':
      return paragraphBlock(context, random.chance(0.15) ? 1 : random.int(2, 6))
    case 'heading':
      return { type, text: heading(random) }
    case 'quote':
      return {
        type,
        text: Array.from({ length: random.int(1, 3) }, () => spokenSentence(random)).join(' '),
        attribution: `${personName(random)}, ${random.pick(ROLES)}, ${organisation(random)}`,
      }
    case 'image':
      return photos.length > 0 ? { type, image: random.pick(photos) } : undefined
    case 'related': {
      const story = otherStory()
      return story && { type, slug: story.slug, headline: story.headline }
    }
    // Not in the corpus's mix (MIX): the archive benchmark measures the common blocks.
    case 'audio':
    case 'break':
    case 'callout':
    case 'code':
    case 'embed':
    case 'formula':
    case 'gallery':
    case 'list':
    case 'note':
    case 'pullquote':
    case 'table':
    case 'video':
      return undefined
  }
}

/** 6 to 25 blocks that open with a paragraph, close with one, and never stack two sub-headings. */
export function writeBody(context: BodyContext): BlockData[] {
  const { random } = context
  const length = random.int(6, 25)
  const body = [paragraphBlock(context, random.int(1, 2))]
  let hasRelated = false
  while (body.length < length - 1) {
    let type = random.pick(MIX)
    if (body.at(-1)?.type === 'heading' || (type === 'related' && hasRelated)) type = 'paragraph'
    const next = block(context, type)
    if (next === undefined) continue
    hasRelated ||= next.type === 'related'
    body.push(next)
  }
  body.push(paragraphBlock(context, random.int(1, 4)))
  return body
}
