import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { strictArticleSchema } from '../../src/content/format'
import type { ArticleData, ImageData, SummaryData } from '../../src/content/format'
import { LIMITS } from '../../src/content/limits'
import { problemsOf } from '../../src/content/problems'
import { articleSlugFromPath } from '../../src/content/safe-url'
import { mapWithConcurrency } from '../shared/concurrency'
import { mediaUrlsOf } from './media-urls'
import type { ValidationCache } from './validation-cache'

export interface FileProblem {
  file: string
  path: string
  reason: string
}

/** A link from an article to another one in this publication, with where it sits (for the report). */
interface ArticleLink {
  path: string
  slug: string
}

/**
 * What the rest of the content step needs from a valid article: its front-page summary, the stories it links
 * to and the photos it shows. Small enough to cache, so an unchanged file is never read again.
 */
export interface ArticleRecord {
  file: string
  slug: string
  summary: SummaryData
  links: ArticleLink[]
  images: ImageData[]
  /** Every photo, poster, player and track address, to name the origins the site does not allow yet. */
  mediaUrls: string[]
  /** What feeds, sitemaps and search need beyond the summary (build/syndication). */
  syndication: SyndicationFacts
}

export interface SyndicationFacts {
  /** SHA-256 of the file's bytes: the search index re-reads an article only when this changes. */
  digest: string
  updatedAt?: string
  language?: string
}

export interface FileResult {
  record?: ArticleRecord
  problems: FileProblem[]
}

export interface ValidationResult {
  articles: ArticleRecord[]
  problems: FileProblem[]
  /** Files checked this time; the rest were unchanged since the cache last saw them. */
  checked: number
}

export interface ValidateOptions {
  /** Remembers results by the file's content between runs. */
  cache?: ValidationCache
  /** Called once per file, checked or not: drives the progress bar. */
  onFile?: () => void
}

// Parallel reads keep the disk busy while the CPU validates; a bound keeps 10,000 files from opening at once.
const READ_CONCURRENCY = 32

function toRecord(file: string, slug: string, data: ArticleData, digest: string): ArticleRecord {
  const links: ArticleLink[] = []
  data.body.forEach((block, index) => {
    if (block.type === 'related') links.push({ path: `body[${index}].slug`, slug: block.slug })
    if ((block.type === 'paragraph' || block.type === 'quote') && Array.isArray(block.text)) {
      block.text.forEach((run, runIndex) => {
        const slug = run.href === undefined ? undefined : articleSlugFromPath(run.href)
        if (slug !== undefined) links.push({ path: `body[${index}].text[${runIndex}].href`, slug })
      })
    }
  })
  ;(data.related ?? []).forEach((item, index) => {
    if ('slug' in item) links.push({ path: `related[${index}].slug`, slug: item.slug })
  })
  return {
    file,
    slug,
    summary: {
      slug,
      headline: data.headline,
      kicker: data.kicker,
      standfirst: data.standfirst,
      section: data.section,
      sectionSlug: data.sectionSlug,
      publishedAt: data.publishedAt,
      updatedAt: data.updatedAt,
      byline: data.byline,
      topics: data.topics,
      image: data.leadImage,
    },
    links,
    images: [
      ...(data.leadImage ? [data.leadImage] : []),
      ...data.body.flatMap((block) => {
        if (block.type === 'image') return [block.image]
        if (block.type === 'gallery') return block.images
        // A poster is a photo of known size too: local ones get placeholders like any other.
        if (block.type === 'video' && block.poster !== undefined && block.width && block.height)
          return [{ src: block.poster, alt: block.title, width: block.width, height: block.height }]
        return []
      }),
      ...(data.related ?? []).flatMap((item) =>
        'image' in item && item.image ? [item.image] : [],
      ),
    ],
    mediaUrls: mediaUrlsOf({ leadImage: data.leadImage, body: data.body }),
    syndication: { digest, updatedAt: data.updatedAt, language: data.language },
  }
}

/** Where the file is, as a publisher in the project folder would type it to open it. */
function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative
}

/** One article file, checked against the strict format (also used by `npm run publish`). */
export function checkFile(
  dir: string,
  name: string,
  bytes: Buffer,
  digest = createHash('sha256').update(bytes).digest('base64'),
): FileResult {
  const file = shownPath(path.join(dir, name))
  const problem = (fieldPath: string, reason: string) => ({
    problems: [{ file, path: fieldPath, reason }],
  })
  if (bytes.byteLength > LIMITS.articleBytes)
    return problem('(file)', `is larger than the ${LIMITS.articleBytes} byte limit`)
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown
  } catch (error) {
    return problem(
      '(file)',
      `is not valid UTF-8 JSON (${error instanceof Error ? error.message : String(error)})`,
    )
  }
  const problems = problemsOf(strictArticleSchema, json)
  if (problems.length > 0) return { problems: problems.map((issue) => ({ file, ...issue })) }
  const data = strictArticleSchema.parse(json)
  const slug = name.replace(/\.json$/, '')
  if (data.slug !== slug) return problem('slug', `is "${data.slug}" but the file is named ${name}`)
  return { record: toRecord(file, slug, data, digest), problems: [] }
}

/** Links between articles must land somewhere: a related slug with no file is a broken link for readers. */
function linkProblems(articles: ArticleRecord[]): FileProblem[] {
  const slugs = new Set(articles.map((article) => article.slug))
  return articles.flatMap(({ file, links }) =>
    links
      .filter((link) => !slugs.has(link.slug))
      .map((link) => ({
        file,
        path: link.path,
        reason: `names "${link.slug}", which has no article file`,
      })),
  )
}

/**
 * Validates every article file and reports every problem at once, not just the first. With a cache, a file
 * whose bytes are unchanged since the last run is not parsed or checked again; links between
 * articles are always checked afresh, since a change to one file can break another's link.
 */
export async function validateArticles(
  dir: string,
  options: ValidateOptions = {},
): Promise<ValidationResult> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort()
  let checked = 0
  const results = await mapWithConcurrency(names, READ_CONCURRENCY, async (name) => {
    const bytes = await readFile(path.join(dir, name))
    // By content, not modification time: a fresh CI checkout stamps every file anew, and a same-size edit
    // by a tool that keeps times (rsync -t, cp -p) must still be seen.
    const digest = createHash('sha256').update(bytes).digest('base64')
    let result = options.cache?.get(name, digest)
    if (result === undefined) {
      result = checkFile(dir, name, bytes, digest)
      options.cache?.set(name, digest, result)
      checked += 1
    }
    options.onFile?.()
    return result
  })
  options.cache?.keepOnly(names)
  const articles = results.flatMap((result) => (result.record ? [result.record] : []))
  const problems = results.flatMap((result) => result.problems)
  return { articles, problems: [...problems, ...linkProblems(articles)], checked }
}
