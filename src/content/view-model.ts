import { parseContentDate } from './dates'
import type { ContentDate } from './dates'
import type {
  ArticleData,
  BlockData,
  FrontPageData,
  ImageData,
  InlineData,
  RelatedData,
  SummaryData,
} from './format'
import { LIMITS } from './limits'
import { articleSlugFromPath } from './safe-url'
import { cleanText, countWords, optionalText } from './text'

// What components render. Pure functions turn parsed data into these: blank strings are gone, dates parsed,
// links classified, keys assigned; components never second-guess their input.

interface ImageSource {
  type: string
  srcset: string
}

export interface ImageView {
  src: string
  alt: string
  width: number
  height: number
  caption?: string
  credit?: string
  /** Modern formats, best first, for <picture><source>; empty when the feed gave no variants. */
  sources: ImageSource[]
  /** Widths of the universally supported format, for the <img> itself. */
  srcset?: string
}

export interface AuthorView {
  name: string
  title?: string
}

type LinkView = { kind: 'internal'; slug: string } | { kind: 'external'; href: string }

export interface RunView {
  text: string
  link?: LinkView
  emphasis: boolean
  strong: boolean
}

export type BlockView =
  | { key: string; type: 'paragraph'; runs: RunView[] }
  | { key: string; type: 'heading'; text: string }
  | { key: string; type: 'quote'; runs: RunView[]; attribution?: string }
  | { key: string; type: 'image'; image: ImageView }
  | { key: string; type: 'related'; slug: string; headline: string }

export type RelatedView =
  | {
      kind: 'internal'
      key: string
      slug: string
      headline: string
      section?: string
      published?: ContentDate
      image?: ImageView
    }
  | { kind: 'external'; key: string; href: string; headline: string; source?: string }

export interface ArticleView {
  slug: string
  headline: string
  kicker?: string
  standfirst?: string
  section?: string
  published?: ContentDate
  updated?: ContentDate
  language: string
  direction: 'ltr' | 'rtl'
  byline: AuthorView[]
  leadImage?: ImageView
  body: BlockView[]
  related: RelatedView[]
  wordCount: number
}

export interface SummaryView {
  slug: string
  headline: string
  kicker?: string
  standfirst?: string
  section?: string
  published?: ContentDate
  byline: AuthorView[]
  image?: ImageView
}

/** One page of the front page: its stories, newest first, and where it sits among the pages. */
export interface FrontPageView {
  stories: SummaryView[]
  page: number
  pageCount: number
}

const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'ha',
  'he',
  'iw',
  'khw',
  'ks',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
])

export function textDirection(language: string): 'ltr' | 'rtl' {
  const primary = language.split('-')[0]?.toLowerCase() ?? ''
  return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr'
}

// Best compression first; the browser takes the first <source> whose type it can decode.
const MODERN_TYPES = ['image/avif', 'image/webp']
const FALLBACK_TYPES = ['image/jpeg', 'image/png']

function srcsetOf(variants: NonNullable<ImageData['variants']>, type: string): string | undefined {
  // A comma in a URL would split it into two srcset candidates, the second of the feed's choosing: drop it.
  const ofType = variants
    .filter((variant) => variant.type === type && !variant.src.includes(','))
    .sort((a, b) => a.width - b.width)
  return ofType.length === 0
    ? undefined
    : ofType.map((variant) => `${variant.src} ${variant.width}w`).join(', ')
}

function toImageView(image: ImageData): ImageView {
  const variants = image.variants ?? []
  const sources = MODERN_TYPES.flatMap((type) => {
    const srcset = srcsetOf(variants, type)
    return srcset === undefined ? [] : [{ type, srcset }]
  })
  const fallback = FALLBACK_TYPES.map((type) => srcsetOf(variants, type)).find(
    (srcset) => srcset !== undefined,
  )
  return {
    src: image.src,
    alt: optionalText(image.alt) ?? '',
    width: image.width,
    height: image.height,
    caption: optionalText(image.caption),
    credit: optionalText(image.credit),
    sources,
    srcset: fallback,
  }
}

function toLink(href: string | undefined): LinkView | undefined {
  if (href === undefined) return undefined
  const slug = articleSlugFromPath(href)
  return slug === undefined ? { kind: 'external', href } : { kind: 'internal', slug }
}

export function toRuns(inline: InlineData): RunView[] {
  const runs = typeof inline === 'string' ? [{ text: inline }] : inline
  return runs
    .map((run) => ({
      text: run.text,
      link: toLink('href' in run ? run.href : undefined),
      emphasis: 'emphasis' in run && run.emphasis === true,
      strong: 'strong' in run && run.strong === true,
    }))
    .filter((run) => run.text !== '')
}

function toBlockView(block: BlockData, index: number): BlockView {
  const key = `block-${index}`
  switch (block.type) {
    case 'paragraph':
      return { key, type: 'paragraph', runs: toRuns(block.text) }
    case 'heading':
      return { key, type: 'heading', text: cleanText(block.text) }
    case 'quote':
      return {
        key,
        type: 'quote',
        runs: toRuns(block.text),
        attribution: optionalText(block.attribution),
      }
    case 'image':
      return { key, type: 'image', image: toImageView(block.image) }
    case 'related':
      return {
        key,
        type: 'related',
        slug: block.slug,
        headline: cleanText(block.headline),
      }
    default:
      return assertNever(block)
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled block: ${JSON.stringify(value)}`)
}

function toRelatedView(item: RelatedData, index: number): RelatedView {
  const key = `related-${index}`
  if ('url' in item) {
    return {
      kind: 'external',
      key,
      href: item.url,
      headline: cleanText(item.headline),
      source: optionalText(item.source),
    }
  }
  return {
    kind: 'internal',
    key,
    slug: item.slug,
    headline: cleanText(item.headline),
    section: optionalText(item.section),
    published: item.publishedAt === undefined ? undefined : parseContentDate(item.publishedAt),
    image: item.image && toImageView(item.image),
  }
}

function toAuthors(byline: ArticleData['byline']): AuthorView[] {
  return (byline ?? []).map((author) => ({
    name: cleanText(author.name),
    title: optionalText(author.title),
  }))
}

function blockWords(block: BlockView): number {
  switch (block.type) {
    case 'paragraph':
    case 'quote':
      return block.runs.reduce((sum, run) => sum + countWords(run.text), 0)
    case 'heading':
      return countWords(block.text)
    // Photos and story links are not read as running text.
    case 'image':
    case 'related':
      return 0
  }
}

export function toArticleView(data: ArticleData, requestedSlug: string): ArticleView {
  const body = data.body.map(toBlockView)
  const published = data.publishedAt === undefined ? undefined : parseContentDate(data.publishedAt)
  const updated = data.updatedAt === undefined ? undefined : parseContentDate(data.updatedAt)
  const language = data.language ?? 'en'
  // The reader is lenient about an impossible update time: it is dropped rather than shown.
  const updateIsPlausible =
    updated !== undefined && (published === undefined || updated.epochMs > published.epochMs)
  return {
    slug: requestedSlug,
    headline: cleanText(data.headline),
    kicker: optionalText(data.kicker),
    standfirst: optionalText(data.standfirst),
    section: optionalText(data.section),
    published,
    updated: updateIsPlausible ? updated : undefined,
    language,
    direction: textDirection(language),
    byline: toAuthors(data.byline),
    leadImage: data.leadImage && toImageView(data.leadImage),
    body,
    related: (data.related ?? []).slice(0, LIMITS.relatedShown).map(toRelatedView),
    wordCount: body.reduce((sum, block) => sum + blockWords(block), 0),
  }
}

function toSummaryView(summary: SummaryData): SummaryView {
  return {
    slug: summary.slug,
    headline: cleanText(summary.headline),
    kicker: optionalText(summary.kicker),
    standfirst: optionalText(summary.standfirst),
    section: optionalText(summary.section),
    published:
      summary.publishedAt === undefined ? undefined : parseContentDate(summary.publishedAt),
    byline: toAuthors(summary.byline),
    image: summary.image && toImageView(summary.image),
  }
}

// The earliest time a Date can hold, so undated stories sort after every dated one.
const UNDATED = -8.64e15

/**
 * Newest first, whatever order the index came in; undated stories go last. The page is the one the address
 * asked for, whatever the file says of itself (index.json is page 1 even if it claims otherwise); an index
 * without a count is the whole front page on one page, and a count smaller than the page is raised to it, so
 * "older stories" never links past the end of what the file claims.
 */
export function toFrontPageView(data: FrontPageData, page = 1): FrontPageView {
  const stories = data.articles
    .map(toSummaryView)
    .sort((a, b) => (b.published?.epochMs ?? UNDATED) - (a.published?.epochMs ?? UNDATED))
  return { stories, page, pageCount: Math.max(page, data.pageCount ?? page) }
}
