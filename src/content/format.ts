import * as z from 'zod/mini'
import { defineBlocks } from './block-format'
import { parseContentDate } from './dates'
import {
  contentDate,
  direction,
  httpsUrl,
  languageTag,
  listOf,
  optionalPart,
  slug,
  text,
  visibleText,
} from './format-fields'
import type { SchemaMode } from './format-fields'
import { LIMITS } from './limits'

/**
 * The article format (docs/article-format.md) as code: the single source of truth for the reader, the
 * content step, the importers and the published JSON Schema.
 *
 * One definition, two modes (format-fields.ts): `strict` for publishers, `lenient` for the reader.
 */
export { IMAGE_TYPES } from './format-fields'

const FORMAT_VERSIONS = [1, 2] as const

function defineFormat(mode: SchemaMode) {
  const optional = <T extends z.ZodMiniType>(schema: T) => optionalPart(mode, schema)
  const { block, image } = defineBlocks(mode)

  const author = z.object({
    name: visibleText(LIMITS.shortText, 'The author’s name.'),
    title: optional(text(LIMITS.shortText, 'Role, e.g. "Senior White House Correspondent".')),
    slug: optional(
      slug.check(z.describe('Names authors/<slug>.json and the page /authors/<slug>.')),
    ),
  })

  const topic = z.union([
    visibleText(LIMITS.shortText, 'A topic’s name; its address is made from it.'),
    z.object({
      name: visibleText(LIMITS.shortText, 'A topic’s name.'),
      slug: slug.check(z.describe('The topic page’s address, /topics/<slug>.')),
    }),
  ])

  const relatedHeadline = visibleText(LIMITS.mediumText, 'Headline of the related story.')
  const related = z.union([
    z.object({
      slug,
      headline: relatedHeadline,
      section: optional(text(LIMITS.shortText, 'Section of the related story.')),
      publishedAt: optional(contentDate('When the related story was published.')),
      image: optional(image),
    }),
    z.object({
      url: httpsUrl('An external story; always an https: URL.'),
      headline: relatedHeadline,
      source: optional(text(LIMITS.shortText, 'Publication of the external story.')),
    }),
  ])

  const byline = listOf(mode, author, LIMITS.authors, 'authors')
  const shared = {
    headline: visibleText(LIMITS.shortText, 'The headline; not blank.'),
    kicker: optional(text(LIMITS.shortText, 'Short label above the headline.')),
    standfirst: optional(text(LIMITS.mediumText, 'One- or two-sentence summary.')),
    section: optional(visibleText(LIMITS.shortText, 'Section, e.g. "World".')),
    sectionSlug: optional(
      slug.check(z.describe('The section page’s address, when not made from its name.')),
    ),
    publishedAt: optional(contentDate('When it was published.')),
    updatedAt: optional(contentDate('When it was last updated; not before publishedAt.')),
    topics: optional(listOf(mode, topic, LIMITS.topics, 'topics')),
  }

  const article = z
    .looseObject({
      ...shared,
      version: optional(
        z
          .union(FORMAT_VERSIONS.map((version) => z.literal(version)))
          .check(z.describe('Which version of the format the file is written to (1 if absent).')),
      ),
      slug: mode === 'strict' ? slug : optional(slug),
      language: optional(
        languageTag('BCP 47 tag, default "en"; right-to-left scripts follow from it.'),
      ),
      dir: optional(direction),
      byline:
        mode === 'strict'
          ? byline.check(z.minLength(1, { error: 'needs at least one author' }))
          : z.optional(z.catch(byline, [])),
      leadImage: optional(image),
      body: listOf(mode, block, LIMITS.blocks, 'blocks').check(
        z.minLength(1, { error: 'has no block that can be shown' }),
      ),
      related: optional(listOf(mode, related, LIMITS.relatedItems, 'related stories')),
    })
    .check(
      z.refine(
        (value) => mode === 'lenient' || isUpdateAfterPublish(value.publishedAt, value.updatedAt),
        { error: 'is before publishedAt', path: ['updatedAt'] },
      ),
    )

  const summary = z.looseObject({
    ...shared,
    slug,
    byline: optional(byline),
    image: optional(image),
  })

  const pageNumber = (description: string) =>
    z.int().check(z.gte(1), z.lte(LIMITS.indexPages), z.describe(description))

  const frontPage = z
    .looseObject({
      articles: listOf(mode, summary, LIMITS.indexArticles, 'articles'),
      page: optionalPart(
        mode,
        pageNumber('This page’s number: 1 for index.json, n for pages/n.json.'),
      ),
      pageCount: optionalPart(mode, pageNumber('How many pages the front page has in all.')),
    })
    .check(
      z.refine((value) => mode === 'lenient' || isPageInRange(value.page, value.pageCount), {
        error: 'is less than page',
        path: ['pageCount'],
      }),
    )

  return { article, frontPage, image, block, author, topic }
}

export function isPageInRange(page?: number, pageCount?: number): boolean {
  return page === undefined || pageCount === undefined || pageCount >= page
}

export function isUpdateAfterPublish(publishedAt?: string, updatedAt?: string): boolean {
  if (publishedAt === undefined || updatedAt === undefined) return true
  const published = parseContentDate(publishedAt)
  const updated = parseContentDate(updatedAt)
  return !published || !updated || updated.epochMs >= published.epochMs
}

const strict = defineFormat('strict')
const lenient = defineFormat('lenient')

export const strictArticleSchema = strict.article
export const lenientArticleSchema = lenient.article
export const strictFrontPageSchema = strict.frontPage
export const lenientFrontPageSchema = lenient.frontPage

export type ArticleData = z.output<typeof lenientArticleSchema>
export type FrontPageData = z.output<typeof lenientFrontPageSchema>
export type SummaryData = FrontPageData['articles'][number]
export type BlockData = z.output<typeof lenient.block>
export type ImageData = z.output<typeof lenient.image>
export type AuthorData = z.output<typeof lenient.author>
export type TopicData = z.output<typeof lenient.topic>
export type InlineData = Extract<BlockData, { type: 'paragraph' }>['text']
export type RelatedData = NonNullable<ArticleData['related']>[number]

// What a publisher writes, and what the importer, the corpus generator and the benches produce: the strict
// schema's type (z.infer). Not z.input: `defineFormat` returns either mode's schemas, so its input types are
// the union of both (a lenient list takes `unknown[]`); strict mode has no transforms, so its output is its
// input. The reader's types above are the lenient schema's output.

/** A loose object's `[key: string]: unknown`, dropped so a misspelt field in code is still a type error. */
type KnownFields<T> = { [K in keyof T as string extends K ? never : K]: T[K] }

export type ArticleFile = KnownFields<z.infer<typeof strictArticleSchema>>
export type BlockFile = z.infer<typeof strict.block>
export type ImageFile = z.infer<typeof strict.image>
export type AuthorFile = NonNullable<ArticleFile['byline']>[number]
export type InlineFile = Extract<BlockFile, { type: 'paragraph' }>['text']
export type RelatedFile = NonNullable<ArticleFile['related']>[number]
