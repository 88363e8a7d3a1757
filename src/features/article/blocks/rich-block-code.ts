import type { BlockView } from '../../../content/block-view'
import type * as RichBlockModule from './RichBlock'

// Format 2's richer blocks (lists, tables, galleries, players, embeds…) are code most first views never run:
// the seed article and most news stories are paragraphs, headings and photos. Their components live in one
// chunk that loads on demand. The server links it statically (it renders synchronously); the browser loads it
// before it hydrates a page that uses one, and when an article's data is on its way (src/app/rich-block-code.ts).

/** Which block types render from the on-demand chunk. A table, so that a new block type must choose. */
const LOADS_ON_DEMAND = {
  paragraph: false,
  heading: false,
  quote: false,
  image: false,
  related: false,
  break: false,
  // Shares its shape with the quote, and is a few lines of code.
  pullquote: false,
  list: true,
  table: true,
  callout: true,
  note: true,
  gallery: true,
  video: true,
  audio: true,
  embed: true,
  code: true,
  formula: true,
} as const satisfies Record<BlockView['type'], boolean>

type Table = typeof LOADS_ON_DEMAND
export type RichBlockType = { [K in keyof Table]: Table[K] extends true ? K : never }[keyof Table]
export type RichBlockView = Extract<BlockView, { type: RichBlockType }>

export interface RichBlockProps {
  block: RichBlockView
  /** Position of each photo (block, or gallery photo) in the article's photo sequence, for the viewer. */
  photoIndex: ReadonlyMap<string, number>
  onOpenPhoto: (index: number) => void
  /** The article's language: dates in notes are set in it until the reader's own locale is known. */
  language: string
}

type RichBlocks = typeof RichBlockModule

let linked: RichBlocks | undefined
let loading: Promise<RichBlocks> | undefined

export function needsRichBlocks(blocks: readonly BlockView[]): boolean {
  return blocks.some((block) => LOADS_ON_DEMAND[block.type])
}

function importRichBlocks(): Promise<RichBlocks> {
  // The server build links the components statically and never loads them: no dynamic import there.
  return import.meta.env.SSR
    ? Promise.reject(new Error('The server entry links the rich blocks statically.'))
    : import('./RichBlock')
}

/** The chunk, once: the same promise for every caller, forgotten if it failed so a later call tries again. */
export function loadRichBlocks(): Promise<RichBlocks> {
  loading ??= importRichBlocks().then(
    (module) => (linked = module),
    (error: unknown) => {
      loading = undefined
      throw error
    },
  )
  return loading
}

/** The components, if their chunk is here: then a block renders at once, with no suspense. */
export function loadedRichBlocks(): RichBlocks | undefined {
  return linked
}

/** For the server entry, which imports the components statically and renders every page synchronously. */
export function linkRichBlocks(module: RichBlocks): void {
  linked = module
}
