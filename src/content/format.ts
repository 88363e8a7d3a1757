import * as z from 'zod/mini'
import { isContentDate, parseContentDate } from './dates'
import { LIMITS } from './limits'
import {
  MAX_SLUG_LENGTH,
  SLUG_PATTERN,
  articleSlugFromPath,
  isHttpsUrlString,
  isSafeUrl,
} from './safe-url'
import { isBlank } from './text'

/**
 * The article format (docs/article-format.md) as code: the single source of truth for the reader, the
 * content script and the published JSON Schema.
 *
 * One definition, two modes. `strict` is what publishers are held to (`npm run content` reports every issue).
 * `lenient` is what the reader applies to whatever arrives over the network: broken optional parts are
 * dropped so the rest of the article still renders; only a missing headline or body is fatal.
 */
type SchemaMode = 'strict' | 'lenient'

const text = (max: number, description: string) =>
  z
    .string()
    .check(z.maxLength(max, { error: `is longer than ${max} characters` }), z.describe(description))

const visibleText = (max: number, description: string) =>
  text(max, description).check(z.refine((value) => !isBlank(value), { error: 'is blank' }))

const slugRule = 'must be lower-case words joined by hyphens (a-z, 0-9), at most 200 characters'
const slug = z
  .string()
  .check(
    z.maxLength(MAX_SLUG_LENGTH, { error: slugRule }),
    z.regex(SLUG_PATTERN, { error: slugRule }),
    z.describe('Lower-case words joined by hyphens; equals the file name.'),
  )

const contentDate = (description: string) =>
  z.string().check(
    // The pattern is for the published JSON Schema; the refinement also rejects days like 2022-02-30.
    z.regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/, {
      error: 'must be an ISO 8601 date (2022-03-14) or date-time with offset',
    }),
    z.refine(isContentDate, {
      error:
        'must be an ISO 8601 date (2022-03-14) or date-time with offset, and a real calendar day',
    }),
    z.describe(description),
  )

const safeUrl = z.string().check(
  z.regex(/^(?:\/(?![/\\])|https:\/\/)/i, {
    error: 'must be a same-origin path (/…) or an https: URL',
  }),
  z.refine(isSafeUrl, { error: 'must be a same-origin path (/…) or an https: URL' }),
  z.describe('A same-origin path (/…) or an https: URL; nothing else is ever requested.'),
)

function hasVisibleText(value: string | readonly { text: string }[]): boolean {
  return typeof value === 'string' ? !isBlank(value) : value.some((run) => !isBlank(run.text))
}

export const IMAGE_TYPES = ['image/avif', 'image/webp', 'image/jpeg', 'image/png'] as const

const pixels = z.int().check(z.positive(), z.lte(LIMITS.imagePixels))

/** In lenient mode a broken optional part becomes undefined instead of failing the whole article. */
function optionalPart<T extends z.ZodMiniType>(mode: SchemaMode, schema: T) {
  return mode === 'strict' ? z.optional(schema) : z.optional(z.catch(z.optional(schema), undefined))
}

/** In lenient mode a list keeps the items that parse and drops the rest. */
function listOf<T extends z.ZodMiniType>(mode: SchemaMode, item: T, max: number, what: string) {
  const bounded = z.maxLength(max, { error: `has more than ${max} ${what}` })
  if (mode === 'strict') return z.array(item).check(bounded)
  return z.pipe(
    z.array(z.unknown()).check(bounded),
    z.transform((items) =>
      items.flatMap((value) => {
        const result = item.safeParse(value)
        return result.success ? [result.data] : []
      }),
    ),
  )
}

function defineFormat(mode: SchemaMode) {
  const optional = <T extends z.ZodMiniType>(schema: T) => optionalPart(mode, schema)

  const variant = z.object({
    src: safeUrl,
    width: pixels.check(z.describe('Width of this file in pixels.')),
    type: z
      .enum(IMAGE_TYPES)
      .check(z.describe('Its format, so browsers pick one they can decode.')),
  })

  const image = z.object({
    src: safeUrl,
    alt: text(
      LIMITS.mediumText,
      'Describes the picture for people who cannot see it. Empty only for decoration.',
    ),
    width: pixels.check(
      z.describe('Intrinsic width in pixels; reserves the space before the image loads.'),
    ),
    height: pixels.check(z.describe('Intrinsic height in pixels.')),
    caption: optional(text(LIMITS.mediumText, 'What the publication prints under the photo.')),
    variants: optional(
      listOf(mode, variant, LIMITS.imageVariants, 'variants').check(
        z.describe(
          'The same picture at other widths and formats; the browser downloads the one that fits.',
        ),
      ),
    ),
    credit: optional(
      text(LIMITS.mediumText, 'The photographer or agency line, kept apart from the caption.'),
    ),
  })

  const run = z.object({
    text: text(LIMITS.longText, 'Shown as text: markup is never parsed.'),
    href: optional(
      z.string().check(
        z.refine((value) => articleSlugFromPath(value) !== undefined || isHttpsUrlString(value), {
          error: 'must be /articles/<slug> or an https: URL',
        }),
        z.describe('/articles/<slug> opens in the app; an https: URL opens as an external link.'),
      ),
    ),
    emphasis: optional(z.literal(true)),
    strong: optional(z.literal(true)),
  })

  const inline = z
    .union([
      text(LIMITS.longText, 'Plain text.'),
      z.array(run).check(z.maxLength(LIMITS.runsPerBlock)),
    ])
    .check(z.refine(hasVisibleText, { error: 'has no text' }))

  const block = z.discriminatedUnion('type', [
    z.object({ type: z.literal('paragraph'), text: inline }),
    z.object({ type: z.literal('heading'), text: visibleText(LIMITS.longText, 'A sub-heading.') }),
    z.object({
      type: z.literal('quote'),
      text: inline,
      attribution: optional(text(LIMITS.shortText, 'Who said it.')),
    }),
    z.object({ type: z.literal('image'), image }),
    z.object({
      type: z.literal('related'),
      slug,
      headline: visibleText(LIMITS.mediumText, 'Headline of the linked article.'),
    }),
  ])

  const author = z.object({
    name: visibleText(LIMITS.shortText, 'The author’s name.'),
    title: optional(text(LIMITS.shortText, 'Role, e.g. "Senior White House Correspondent".')),
  })

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
      url: z
        .string()
        .check(
          z.refine(isHttpsUrlString, { error: 'must be an https: URL' }),
          z.describe('An external story; always an https: URL.'),
        ),
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
    publishedAt: optional(contentDate('When it was published.')),
  }

  const article = z
    .looseObject({
      ...shared,
      slug: mode === 'strict' ? slug : optional(slug),
      updatedAt: optional(contentDate('When it was last updated; not before publishedAt.')),
      language: optional(
        z.string().check(
          z.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, {
            error: 'must be a BCP 47 language tag',
          }),
          z.describe('BCP 47 tag, default "en"; right-to-left scripts follow from it.'),
        ),
      ),
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

  return { article, frontPage, image, block }
}

function isPageInRange(page?: number, pageCount?: number): boolean {
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
