import type {
  ArticleFile,
  AuthorFile,
  BlockFile,
  ImageFile,
  InlineFile,
} from '../../src/content/format'

// The importers write what a publisher writes: the strict schema's own types (src/content/format.ts), never a
// hand-kept copy of them.
export type Author = AuthorFile
export type BlockData = BlockFile
export type ImageData = ImageFile
export type InlineData = InlineFile
export type Run = Exclude<InlineData, string>[number]
type BlockOf<Type extends BlockData['type']> = Extract<BlockData, { type: Type }>
export type ListBlock = BlockOf<'list'>
export type ListItem = ListBlock['items'][number]
export type TableBlock = BlockOf<'table'>
export type TableCell = TableBlock['rows'][number][number]
export type CalloutPart = BlockOf<'callout'>['content'][number]
export type EmbedBlock = BlockOf<'embed'>
export type MediaTrack = NonNullable<BlockOf<'video'>['tracks']>[number]
export type Topic = NonNullable<ArticleFile['topics']>[number]

/** What the importer writes: a valid article file, with the section always filled in (a default if need be). */
export type ImportedArticle = ArticleFile & { section: string; byline: Author[]; body: BlockData[] }

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
