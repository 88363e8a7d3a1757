import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { articleFile } from '../../src/content/content-files'
import { parseArticle } from '../../src/content/parse'
import type { BlockView, CalloutPartView, ListView } from '../../src/content/block-view'
import type { ContentPolicy } from '../../src/content/content-policy'
import { runsText } from '../../src/content/inline-view'
import type { ArticleView } from '../../src/content/view-model'
import { toArticleView } from '../../src/content/view-model'
import { fingerprintFiles, readCacheFile, writeCacheFile } from '../shared/build-cache'
import { mapWithConcurrency } from '../shared/concurrency'

// The words of each story as plain text, one string per paragraph, sub-heading or quotation: what the search
// index holds and what a full-text feed carries. Extracted through the reader's own parser and view model, so
// they say what a reader sees; remembered by the article file's digest, so publishing one story reads one file.

function listText(list: ListView): string[] {
  return list.items.flatMap((item) => [
    runsText(item.runs),
    ...(item.sublist?.items.map((sub) => runsText(sub.runs)) ?? []),
  ])
}

function calloutPartText(part: CalloutPartView): string[] {
  return part.type === 'paragraph' ? [runsText(part.runs)] : listText(part)
}

/** The words a block shows a reader, one string per paragraph-like part; none for pictures and players. */
function blockText(block: BlockView): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'note':
      return [runsText(block.runs)]
    case 'heading':
      return [block.text]
    case 'quote':
    case 'pullquote': {
      const text = runsText(block.runs)
      return [block.attribution === undefined ? text : `${text} — ${block.attribution}`]
    }
    case 'list':
      return listText(block)
    case 'table':
      return [
        ...(block.caption === undefined ? [] : [block.caption]),
        ...[...block.head, ...block.body].map((row) =>
          row.cells.map((cell) => runsText(cell.runs)).join(' · '),
        ),
      ]
    case 'callout':
      return [
        ...(block.title === undefined ? [] : [block.title]),
        ...block.content.flatMap(calloutPartText),
      ]
    case 'video':
    case 'audio':
      return [
        block.title,
        ...(block.caption === undefined ? [] : [block.caption]),
        ...block.transcript,
      ]
    case 'gallery':
      return block.images.flatMap((image) => (image.caption === undefined ? [] : [image.caption]))
    case 'image':
      return block.image.caption === undefined ? [] : [block.image.caption]
    case 'formula':
      return block.notation === 'text' ? [block.text] : []
    case 'embed':
    case 'related':
    case 'code':
    case 'break':
      return []
    default:
      return assertNever(block)
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled block: ${JSON.stringify(value)}`)
}

export function articleParagraphs(article: ArticleView): string[] {
  return article.body.flatMap((block) =>
    blockText(block)
      .map((text) => text.trim())
      .filter((text) => text !== ''),
  )
}

interface Entry {
  digest: string
  paragraphs: string[]
}

const CACHE_FILE = 'article-text.json'
const EXTRACTOR_SOURCES = [
  'build/syndication/article-text.ts',
  'src/content/view-model.ts',
  'src/content/block-view.ts',
  'src/content/inline-view.ts',
  'src/content/parse.ts',
  'src/content/format.ts',
]

export interface TextRequest {
  slug: string
  digest: string
}

export interface ArticleTexts {
  texts: Map<string, string[]>
  /** Articles read this time; the others were known by their digest. */
  read: number
}

/** Each article's paragraphs: from the cache when its digest is unchanged, else read from `contentDir`. */
export async function articleTexts(
  requests: readonly TextRequest[],
  contentDir: string,
  policy: ContentPolicy,
): Promise<ArticleTexts> {
  const key = fingerprintFiles(EXTRACTOR_SOURCES)
  const stored = new Map((await readCacheFile<[string, Entry][]>(CACHE_FILE, key)) ?? [])
  const texts = new Map<string, string[]>()
  const fresh = new Map<string, Entry>()
  let read = 0
  await mapWithConcurrency(requests, 16, async ({ slug, digest }) => {
    const cached = stored.get(slug)
    let paragraphs = cached?.digest === digest ? cached.paragraphs : undefined
    if (paragraphs === undefined) {
      const file = path.join(contentDir, articleFile(slug))
      const json = JSON.parse(await readFile(file, 'utf8')) as unknown
      paragraphs = articleParagraphs(
        toArticleView(parseArticle(json, articleFile(slug)), slug, policy),
      )
      read += 1
    }
    texts.set(slug, paragraphs)
    fresh.set(slug, { digest, paragraphs })
  })
  // Only the articles that exist now: a removed story leaves the cache too.
  if (read > 0 || fresh.size !== stored.size) await writeCacheFile(CACHE_FILE, key, [...fresh])
  return { texts, read }
}
