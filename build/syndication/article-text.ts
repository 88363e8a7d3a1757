import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { articleFile } from '../../src/content/content-files'
import { parseArticle } from '../../src/content/parse'
import type { ArticleView, BlockView, RunView } from '../../src/content/view-model'
import { toArticleView } from '../../src/content/view-model'
import { fingerprintFiles, readCacheFile, writeCacheFile } from '../shared/build-cache'
import { mapWithConcurrency } from '../shared/concurrency'

// The words of each story as plain text, one string per paragraph, sub-heading or quotation: what the search
// index holds and what a full-text feed carries. Extracted through the reader's own parser and view model, so
// they say what a reader sees; remembered by the article file's digest, so publishing one story reads one file.

const runsText = (runs: readonly RunView[]) => runs.map((run) => run.text).join('')

function blockText(block: BlockView): string | undefined {
  switch (block.type) {
    case 'paragraph':
      return runsText(block.runs)
    case 'heading':
      return block.text
    case 'quote': {
      const text = runsText(block.runs)
      return block.attribution === undefined ? text : `${text} — ${block.attribution}`
    }
    case 'image':
    case 'related':
      return undefined
    default:
      return assertNever(block)
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled block: ${JSON.stringify(value)}`)
}

export function articleParagraphs(article: ArticleView): string[] {
  return article.body.flatMap((block) => {
    const text = blockText(block)?.trim()
    return text === undefined || text === '' ? [] : [text]
  })
}

interface Entry {
  digest: string
  paragraphs: string[]
}

const CACHE_FILE = 'article-text.json'
const EXTRACTOR_SOURCES = [
  'build/syndication/article-text.ts',
  'src/content/view-model.ts',
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
      paragraphs = articleParagraphs(toArticleView(parseArticle(json, articleFile(slug)), slug))
      read += 1
    }
    texts.set(slug, paragraphs)
    fresh.set(slug, { digest, paragraphs })
  })
  // Only the articles that exist now: a removed story leaves the cache too.
  if (read > 0 || fresh.size !== stored.size) await writeCacheFile(CACHE_FILE, key, [...fresh])
  return { texts, read }
}
