import * as z from 'zod/mini'
import { isContentDate } from './dates'
import { LIMITS } from './limits'
import {
  MAX_SLUG_LENGTH,
  SLUG_PATTERN,
  articleSlugFromPath,
  isHttpsUrlString,
  isSafeUrl,
} from './safe-url'
import { isBlank } from './text'

// The field shapes every part of the format is made of, shared by the blocks (block-format.ts) and the
// article (format.ts), so a caption, a slug or a date means one thing everywhere.

/**
 * `strict` is what publishers are held to (`npm run content` reports every issue). `lenient` is what the
 * reader applies to whatever arrives over the network: broken optional parts are dropped so the rest of the
 * article still renders; only a missing headline or body is fatal.
 */
export type SchemaMode = 'strict' | 'lenient'

export const text = (max: number, description: string) =>
  z
    .string()
    .check(z.maxLength(max, { error: `is longer than ${max} characters` }), z.describe(description))

export const visibleText = (max: number, description: string) =>
  text(max, description).check(z.refine((value) => !isBlank(value), { error: 'is blank' }))

const slugRule = 'must be lower-case words joined by hyphens (a-z, 0-9), at most 200 characters'
export const slug = z
  .string()
  .check(
    z.maxLength(MAX_SLUG_LENGTH, { error: slugRule }),
    z.regex(SLUG_PATTERN, { error: slugRule }),
    z.describe('Lower-case words joined by hyphens; equals the file name.'),
  )

export const contentDate = (description: string) =>
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

export const safeUrl = z.string().check(
  z.regex(/^(?:\/(?![/\\])|https:\/\/)/i, {
    error: 'must be a same-origin path (/…) or an https: URL',
  }),
  z.refine(isSafeUrl, { error: 'must be a same-origin path (/…) or an https: URL' }),
  z.describe('A same-origin path (/…) or an https: URL; nothing else is ever requested.'),
)

export const httpsUrl = (description: string) =>
  z
    .string()
    .check(z.refine(isHttpsUrlString, { error: 'must be an https: URL' }), z.describe(description))

export const languageTag = (description: string) =>
  z
    .string()
    .check(
      z.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, { error: 'must be a BCP 47 language tag' }),
      z.describe(description),
    )

export const direction = z
  .enum(['ltr', 'rtl'])
  .check(z.describe('Text direction, when the language alone does not say it.'))

function hasVisibleText(value: string | readonly { text: string }[]): boolean {
  return typeof value === 'string' ? !isBlank(value) : value.some((run) => !isBlank(run.text))
}

export const IMAGE_TYPES = ['image/avif', 'image/webp', 'image/jpeg', 'image/png'] as const

export const pixels = z.int().check(z.positive(), z.lte(LIMITS.imagePixels))

/** In lenient mode a broken optional part becomes undefined instead of failing the whole article. */
export function optionalPart<T extends z.ZodMiniType>(mode: SchemaMode, schema: T) {
  return mode === 'strict' ? z.optional(schema) : z.optional(z.catch(z.optional(schema), undefined))
}

/** In lenient mode a list keeps the items that parse and drops the rest. */
export function listOf<T extends z.ZodMiniType>(
  mode: SchemaMode,
  item: T,
  max: number,
  what: string,
) {
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

export function defineFields(mode: SchemaMode) {
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
    code: optional(z.literal(true)),
  })

  /** Text or runs of text; may be blank (a table cell can be empty). */
  const anyInline = z.union([
    text(LIMITS.longText, 'Plain text.'),
    z.array(run).check(z.maxLength(LIMITS.runsPerBlock)),
  ])

  /** Text or runs of text with something visible in it. */
  const inline = anyInline.check(z.refine(hasVisibleText, { error: 'has no text' }))

  return { optional, image, run, inline, anyInline }
}
