import type {
  ArticleFile,
  AuthorFile,
  BlockFile,
  ImageFile,
  InlineFile,
} from '../../src/content/format'

// The importer writes article files: its types are the strict schema's (src/content/format.ts).
export type Author = AuthorFile
export type BlockData = BlockFile
export type ImageData = ImageFile
export type InlineData = InlineFile
export type Run = Exclude<InlineData, string>[number]

/** What the importer writes: a valid article file, with the section always filled in (a default if need be). */
type ImportedArticle = ArticleFile & { section: string; byline: Author[] }

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
