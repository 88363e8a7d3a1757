import type { ArticleData, BlockData, ImageData, InlineData } from '../../src/content/format'

export type Author = NonNullable<ArticleData['byline']>[number]
export type Run = Exclude<InlineData, string>[number]
export type { BlockData, ImageData, InlineData }

/** What the importer writes: the strict format's required fields are always present. */
export interface ImportedArticle {
  slug: string
  headline: string
  standfirst?: string
  section: string
  publishedAt?: string
  updatedAt?: string
  language?: string
  byline: Author[]
  leadImage?: ImageData
  body: BlockData[]
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
