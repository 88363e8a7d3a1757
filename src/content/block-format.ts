import * as z from 'zod/mini'
import { EMBED_PROVIDERS } from './embed-providers'
import {
  contentDate,
  defineFields,
  direction,
  httpsUrl,
  languageTag,
  listOf,
  safeUrl,
  slug,
  text,
  visibleText,
} from './format-fields'
import type { SchemaMode } from './format-fields'
import { LIMITS } from './limits'
import { isBlank } from './text'

// The body's blocks (docs/article-format.md, "Blocks"). Version 1 had paragraph, heading, quote, image and
// related; version 2 adds what newsrooms publish: lists, tables, pull quotes, fact boxes, dated notes,
// galleries, video, audio, embeds, code, section breaks and formulas. A reader that meets a block type it does
// not know drops that block alone (lenient mode), so an old reader still shows a new article.

const MEDIA_TYPE = /^(?:video|audio)\/[a-z0-9.+-]{1,40}$/

export function defineBlocks(mode: SchemaMode) {
  const { optional, image, inline, anyInline } = defineFields(mode)

  const listItem = z.union([
    inline,
    z.object({
      text: inline,
      // One nested level: deeper lists are flattened into it by the importers.
      items: optional(listOf(mode, inline, LIMITS.listItems, 'nested items')),
      ordered: optional(z.boolean()),
    }),
  ])

  const list = z.object({
    type: z.literal('list'),
    ordered: optional(
      z.boolean().check(z.describe('Numbered (true) or bulleted (false, default).')),
    ),
    start: optional(
      z
        .int()
        .check(z.gte(-1_000_000), z.lte(1_000_000), z.describe('First number of an ordered list.')),
    ),
    items: listOf(mode, listItem, LIMITS.listItems, 'items').check(
      z.minLength(1, { error: 'has no items' }),
    ),
  })

  const cell = z.union([
    anyInline,
    z.object({
      text: anyInline,
      colSpan: optional(z.int().check(z.gte(1), z.lte(LIMITS.tableColumns))),
      rowSpan: optional(z.int().check(z.gte(1), z.lte(LIMITS.tableRows))),
    }),
  ])

  const table = z.object({
    type: z.literal('table'),
    caption: optional(text(LIMITS.mediumText, 'What the table shows; its accessible name.')),
    headerRow: optional(z.boolean().check(z.describe('The first row holds column headings.'))),
    headerColumn: optional(z.boolean().check(z.describe('The first cell of each row heads it.'))),
    rows: z
      .array(
        z.array(cell).check(
          z.minLength(1, { error: 'has no cells' }),
          z.maxLength(LIMITS.tableColumns, {
            error: `has more than ${LIMITS.tableColumns} cells`,
          }),
        ),
      )
      .check(
        z.minLength(1, { error: 'has no rows' }),
        z.maxLength(LIMITS.tableRows, { error: `has more than ${LIMITS.tableRows} rows` }),
      ),
  })

  const quoteFields = {
    text: inline,
    attribution: optional(text(LIMITS.shortText, 'Who said it.')),
    language: optional(languageTag('The quote’s own language, when not the article’s.')),
    dir: optional(direction),
  }

  const calloutContent = z.discriminatedUnion('type', [
    z.object({ type: z.literal('paragraph'), text: inline }),
    list,
  ])

  const track = z.object({
    src: safeUrl,
    kind: z.enum(['captions', 'subtitles', 'descriptions', 'chapters']),
    language: languageTag('Language of the track.'),
    label: visibleText(LIMITS.shortText, 'Name of the track in the player’s menu.'),
  })

  const mediaFields = {
    src: safeUrl,
    mimeType: optional(
      z.string().check(z.regex(MEDIA_TYPE, { error: 'must be a video/… or audio/… type' })),
    ),
    title: visibleText(LIMITS.shortText, 'What it is; names the player.'),
    durationSeconds: optional(z.number().check(z.positive(), z.lte(LIMITS.mediaSeconds))),
    caption: optional(text(LIMITS.mediumText, 'Printed under the player.')),
    credit: optional(text(LIMITS.mediumText, 'Who made it.')),
    tracks: optional(listOf(mode, track, LIMITS.mediaTracks, 'tracks')),
    transcript: optional(text(LIMITS.transcript, 'Everything said, for those who can’t listen.')),
  }

  const block = z.discriminatedUnion('type', [
    z.object({ type: z.literal('paragraph'), text: inline }),
    z.object({ type: z.literal('heading'), text: visibleText(LIMITS.longText, 'A sub-heading.') }),
    z.object({ type: z.literal('quote'), ...quoteFields }),
    z.object({ type: z.literal('image'), image }),
    z.object({
      type: z.literal('related'),
      slug,
      headline: visibleText(LIMITS.mediumText, 'Headline of the linked article.'),
    }),
    list,
    table,
    z.object({ type: z.literal('pullquote'), ...quoteFields }),
    z.object({
      type: z.literal('callout'),
      title: optional(text(LIMITS.shortText, 'E.g. "Key points", "What we know".')),
      content: listOf(mode, calloutContent, LIMITS.calloutParts, 'parts').check(
        z.minLength(1, { error: 'is empty' }),
      ),
    }),
    z.object({
      type: z.literal('note'),
      kind: z.enum(['correction', 'update', 'clarification', 'editors-note']),
      date: optional(contentDate('When the note was added.')),
      text: inline,
    }),
    z.object({
      type: z.literal('gallery'),
      title: optional(text(LIMITS.shortText, 'Name of the gallery.')),
      images: listOf(mode, image, LIMITS.galleryImages, 'images').check(
        z.minLength(1, { error: 'has no images' }),
      ),
    }),
    z.object({
      type: z.literal('video'),
      ...mediaFields,
      poster: optional(safeUrl),
      width: optional(z.int().check(z.positive(), z.lte(LIMITS.imagePixels))),
      height: optional(z.int().check(z.positive(), z.lte(LIMITS.imagePixels))),
    }),
    z.object({ type: z.literal('audio'), ...mediaFields }),
    z.object({
      type: z.literal('embed'),
      provider: z.enum(EMBED_PROVIDERS),
      url: httpsUrl('The post’s own address at the provider; always linked.'),
      title: visibleText(LIMITS.shortText, 'What will load, e.g. "Video: the launch".'),
      fallback: optional(text(LIMITS.mediumText, 'The post’s text, shown until it loads.')),
    }),
    z.object({
      type: z.literal('code'),
      text: text(LIMITS.longText, 'Shown exactly, in monospace.').check(
        z.refine((value) => !isBlank(value), { error: 'is blank' }),
      ),
      language: optional(text(LIMITS.shortText, 'Programming language, for the label.')),
    }),
    z.object({ type: z.literal('break') }),
    z.object({
      type: z.literal('formula'),
      text: visibleText(LIMITS.mediumText, 'The formula as text (TeX, or the MathML’s text).'),
      notation: optional(z.enum(['tex', 'mathml', 'text'])),
      display: optional(
        z.boolean().check(z.describe('Set on its own line (true) or in the flow.')),
      ),
    }),
  ])

  return { block, image }
}
