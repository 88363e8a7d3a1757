import { toBlockView } from './block-view'
import type { BlockView } from './block-view'
import type { ContentPolicy } from './content-policy'
import { parseContentDate } from './dates'
import type { ContentDate } from './dates'
import type {
  ArticleData,
  AuthorData,
  FrontPageData,
  RelatedData,
  SummaryData,
  TopicData,
} from './format'
import { toImageView } from './image-view'
import type { ImageView } from './image-view'
import { LIMITS } from './limits'
import { sectionSlug, topicSlug } from './taxonomy'
import { cleanText, countWords, optionalText } from './text'

// What pages render. Pure functions turn parsed data into these (blocks: block-view.ts); components never
// second-guess their input.

export interface AuthorView {
  name: string
  title?: string
  /** Set when the author has a page (/authors/<slug>). */
  slug?: string
}

export interface TopicView {
  name: string
  slug: string
}

export interface SectionView {
  name: string
  slug: string
}

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
  section?: SectionView
  published?: ContentDate
  /** The latest of updatedAt and the dates of its correction and update notes, when after publication. */
  updated?: ContentDate
  language: string
  direction: 'ltr' | 'rtl'
  byline: AuthorView[]
  topics: TopicView[]
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
  section?: SectionView
  published?: ContentDate
  byline: AuthorView[]
  topics: TopicView[]
  image?: ImageView
}

/** One page of a list of stories: its stories, newest first, and where it sits among the pages. */
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

function toRelatedView(item: RelatedData, index: number, policy: ContentPolicy): RelatedView {
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
    image: item.image && toImageView(item.image, policy),
  }
}

function toAuthors(byline: readonly AuthorData[] | undefined): AuthorView[] {
  return (byline ?? []).map((author) => ({
    name: cleanText(author.name),
    title: optionalText(author.title),
    slug: author.slug,
  }))
}

/** Topics with the slugs of their pages, each once (also what the feeds list). */
export function toTopics(topics: readonly TopicData[] | undefined): TopicView[] {
  const seen = new Set<string>()
  return (topics ?? []).flatMap((topic) => {
    const name = cleanText(typeof topic === 'string' ? topic : topic.name)
    const slug = typeof topic === 'string' ? topicSlug(name) : topic.slug
    if (seen.has(slug)) return []
    seen.add(slug)
    return [{ name, slug }]
  })
}

function toSection(name: string | undefined, slug: string | undefined): SectionView | undefined {
  const cleaned = optionalText(name)
  return cleaned === undefined ? undefined : { name: cleaned, slug: slug ?? sectionSlug(cleaned) }
}

function runWords(runs: readonly { text: string }[]): number {
  return runs.reduce((sum, run) => sum + countWords(run.text), 0)
}

/** Words a reader reads in the block; a pull quote repeats the body and counts for nothing. */
function blockWords(block: BlockView): number {
  switch (block.type) {
    case 'paragraph':
    case 'quote':
    case 'note':
      return runWords(block.runs)
    case 'heading':
    case 'code':
      return countWords(block.text)
    case 'list':
      return block.items.reduce(
        (sum, item) =>
          sum +
          runWords(item.runs) +
          (item.sublist?.items ?? []).reduce((n, sub) => n + runWords(sub.runs), 0),
        0,
      )
    case 'table':
      return [...block.head, ...block.body].reduce(
        (sum, row) => sum + row.cells.reduce((n, cell) => n + runWords(cell.runs), 0),
        0,
      )
    case 'callout':
      return block.content.reduce(
        (sum, part) => sum + (part.type === 'paragraph' ? runWords(part.runs) : blockWords(part)),
        0,
      )
    // Media, embeds and story links are not running text; a pull quote repeats the body.
    case 'audio':
    case 'break':
    case 'embed':
    case 'formula':
    case 'gallery':
    case 'image':
    case 'pullquote':
    case 'related':
    case 'video':
      return 0
  }
}

function latest(dates: readonly (ContentDate | undefined)[]): ContentDate | undefined {
  return dates.reduce<ContentDate | undefined>(
    (best, date) =>
      date !== undefined && (best === undefined || date.epochMs > best.epochMs) ? date : best,
    undefined,
  )
}

export function toArticleView(
  data: ArticleData,
  requestedSlug: string,
  policy: ContentPolicy,
): ArticleView {
  const body = data.body.flatMap((block, index) => toBlockView(block, index, policy) ?? [])
  const published = data.publishedAt === undefined ? undefined : parseContentDate(data.publishedAt)
  const noteDates = body.flatMap((block) =>
    block.type === 'note' && block.kind !== 'editors-note' ? [block.date] : [],
  )
  const updated = latest([
    data.updatedAt === undefined ? undefined : parseContentDate(data.updatedAt),
    ...noteDates,
  ])
  const language = data.language ?? 'en'
  // The reader is lenient about an impossible update time: it is dropped rather than shown.
  const updateIsPlausible =
    updated !== undefined && (published === undefined || updated.epochMs > published.epochMs)
  return {
    slug: requestedSlug,
    headline: cleanText(data.headline),
    kicker: optionalText(data.kicker),
    standfirst: optionalText(data.standfirst),
    section: toSection(data.section, data.sectionSlug),
    published,
    updated: updateIsPlausible ? updated : undefined,
    language,
    direction: data.dir ?? textDirection(language),
    byline: toAuthors(data.byline),
    topics: toTopics(data.topics),
    leadImage: data.leadImage && toImageView(data.leadImage, policy),
    body,
    related: (data.related ?? [])
      .slice(0, LIMITS.relatedShown)
      .map((item, index) => toRelatedView(item, index, policy)),
    wordCount: body.reduce((sum, block) => sum + blockWords(block), 0),
  }
}

function toSummaryView(summary: SummaryData, policy: ContentPolicy): SummaryView {
  return {
    slug: summary.slug,
    headline: cleanText(summary.headline),
    kicker: optionalText(summary.kicker),
    standfirst: optionalText(summary.standfirst),
    section: toSection(summary.section, summary.sectionSlug),
    published:
      summary.publishedAt === undefined ? undefined : parseContentDate(summary.publishedAt),
    byline: toAuthors(summary.byline),
    topics: toTopics(summary.topics),
    image: summary.image && toImageView(summary.image, policy),
  }
}

// The earliest time a Date can hold, so undated stories sort after every dated one.
const UNDATED = -8.64e15

/**
 * Newest first, whatever order the index came in; undated stories go last. The page is the one the address
 * asked for, whatever the file says of itself (index.json is page 1 even if it claims otherwise); an index
 * without a count is the whole list on one page, and a count smaller than the page is raised to it, so
 * "older stories" never links past the end of what the file claims.
 */
export function toFrontPageView(
  data: FrontPageData,
  page: number,
  policy: ContentPolicy,
): FrontPageView {
  const stories = data.articles
    .map((summary) => toSummaryView(summary, policy))
    .sort((a, b) => (b.published?.epochMs ?? UNDATED) - (a.published?.epochMs ?? UNDATED))
  return { stories, page, pageCount: Math.max(page, data.pageCount ?? page) }
}
