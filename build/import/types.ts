import type { ArticleInput, BlockInput } from '../../src/content/format'

// The importers write what a publisher writes: the strict schema's input type, never a hand-kept copy of it.
export type { ArticleInput, BlockInput }

// listOf() is typed as the union of its strict and lenient forms, so z.input gives `unknown[] | T[]` for every
// list; the element type is the strict one.
type Element<List> = List extends readonly (infer Item)[]
  ? unknown extends Item
    ? never
    : Item
  : never

export type BlockData = Element<ArticleInput['body']>
type BlockOf<Type extends BlockData['type']> = Extract<BlockData, { type: Type }>
export type ImageData = BlockOf<'image'>['image']
export type InlineData = BlockOf<'paragraph'>['text']
export type Run = Exclude<InlineData, string>[number]
export type Author = Element<ArticleInput['byline']>
export type ListItem = Element<BlockOf<'list'>['items']>
export type ListBlock = BlockOf<'list'>
export type TableBlock = BlockOf<'table'>
export type TableCell = TableBlock['rows'][number][number]
export type CalloutPart = Element<BlockOf<'callout'>['content']>
export type EmbedBlock = BlockOf<'embed'>
export type MediaTrack = Element<BlockOf<'video'>['tracks']>
export type Topic = Element<ArticleInput['topics']>

/** What the importer writes: the strict format's required fields are always present. */
// Picked, not Omit-ted: the article is a loose object, and Omit over its index signature would lose every key.
// The lists are the strict element types (see Element above).
export type ImportedArticle = Pick<
  ArticleInput,
  | 'version'
  | 'kicker'
  | 'standfirst'
  | 'sectionSlug'
  | 'publishedAt'
  | 'updatedAt'
  | 'language'
  | 'dir'
> & {
  slug: string
  headline: string
  section: string
  byline: Author[]
  body: BlockData[]
  topics?: Topic[]
  leadImage?: ImageData
}

/** An article already published, so an in-body related link can point at its real slug. */
export interface KnownArticle {
  slug: string
  headline: string
}

export interface ImportOptions {
  /** Overrides the slug made from the headline. */
  slug?: string
  knownArticles?: readonly KnownArticle[]
}

export interface ImportResult {
  article: ImportedArticle
  /** What the importer could not determine and how it filled the gap, for the person running it. */
  notes: string[]
}
