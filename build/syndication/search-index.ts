import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import * as pagefind from 'pagefind'
import type { CustomRecord } from 'pagefind'
import { fragmentIds, writeIdShards } from './search-ids'
import {
  RECENT_FOLDER,
  RECENT_MANIFEST,
  RECENT_STORIES,
  recentRecords,
  slimRecentIndex,
} from './search-recent'
import type { RecentManifest } from './search-recent'
import type { SyndicationItem } from './syndication-items'

// The search index, built at build time by Pagefind and served as static files from dist/pagefind/. The
// browser downloads only the few index chunks and fragments a query needs (src/features/search).
//
// Pagefind always builds its index from every record (it has no append). A full build keeps that cheap by
// making every other story's record from the remembered text (article-text.ts), not its file; `npm run
// publish` does not rebuild it at all, but writes a small delta index beside it (search-delta.ts).

export interface SearchRecordInput {
  item: SyndicationItem
  /** The article's public path, under the base path: the result links here. */
  path: string
  paragraphs: readonly string[]
}

/** One story as Pagefind indexes it: every field a reader might remember it by is searchable text. */
export function searchRecord({ item, path, paragraphs }: SearchRecordInput): CustomRecord {
  const byline = item.authors.map((author) => author.name)
  // The headline is shown above each result already: it goes last, so excerpts come from the story's text.
  const content = [
    item.standfirst,
    ...paragraphs,
    item.headline,
    byline.length > 0 ? `By ${byline.join(', ')}` : undefined,
    item.section,
    ...item.topics.map((topic) => topic.name),
  ]
    .filter((part): part is string => part !== undefined && part !== '')
    .join('\n')
  return {
    url: path,
    content,
    language: item.language,
    meta: {
      // The reader's results link to the story by its slug, through the app's own router.
      slug: item.slug,
      title: item.headline,
      ...(item.section !== undefined && { section: item.section }),
      ...(item.sectionSlug !== undefined && { sectionSlug: item.sectionSlug }),
      ...(item.published !== undefined && { published: item.published.toISOString() }),
    },
    filters: {
      ...(item.section !== undefined && { section: [item.section] }),
      ...(byline.length > 0 && { author: byline }),
      ...(item.topics.length > 0 && { topic: item.topics.map((topic) => topic.name) }),
    },
    ...(item.published !== undefined && { sort: { published: item.published.toISOString() } }),
  }
}

export interface SearchIndexResult {
  records: number
  ms: number
}

/** Where a publish puts its delta index, inside the main one's folder, so a full build clears it. */
export const DELTA_FOLDER = 'delta'
/**
 * What the reader's search needs to know of the delta before it searches: written empty by every full build
 * (so the page never asks for a file that is not there), rewritten by each publish.
 */
export const DELTA_MANIFEST = 'broadsheet-delta.json'

export interface DeltaStory {
  url: string
  /** The id of the story's older copy in the main index, which the delta's supersedes; null for a new story. */
  replaces: string | null
}

export interface DeltaManifest {
  version: 1
  stories: DeltaStory[]
}

/**
 * Writes the index for `records` to `outputPath`. One language for the whole publication (its main one), so
 * a reader's query searches every story whatever the page's own language. The delta of earlier publishes
 * goes with the old index: these records hold every story.
 */
export async function writeSearchIndex(
  records: readonly CustomRecord[],
  outputPath: string,
  language: string,
  recentCount = RECENT_STORIES,
): Promise<SearchIndexResult> {
  const started = performance.now()
  await writePagefindBundle(records, outputPath, language)
  const ids = await fragmentIds(outputPath)
  const recent = recentRecords(records, recentCount)
  const oldestRecent = recent.at(-1)?.sort?.published
  let manifest: RecentManifest = { version: 1, recent: null }
  if (oldestRecent !== undefined) {
    const recentDir = path.join(outputPath, RECENT_FOLDER)
    await writePagefindBundle(recent, recentDir, language)
    await slimRecentIndex(recentDir)
    // The same record gives the same fragment, so the same id, in either index: one superseded id is enough.
    for (const [url, id] of await fragmentIds(recentDir))
      if (ids.get(url) !== id) throw new Error(`${url} has another id in the recent index`)
    manifest = {
      version: 1,
      recent: { path: `${RECENT_FOLDER}/`, stories: recent.length, since: oldestRecent },
    }
  }
  // Written when there is no recent index too, so the page never asks for a file that is not there.
  await writeFile(path.join(outputPath, RECENT_MANIFEST), `${JSON.stringify(manifest)}\n`)
  await writeIdShards(outputPath, ids)
  const empty: DeltaManifest = { version: 1, stories: [] }
  await writeFile(path.join(outputPath, DELTA_MANIFEST), `${JSON.stringify(empty)}\n`)
  return { records: records.length, ms: performance.now() - started }
}

/** One Pagefind bundle (script, WebAssembly, index, fragments) for `records`, replacing `outputPath`. */
export async function writePagefindBundle(
  records: readonly CustomRecord[],
  outputPath: string,
  language: string,
): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language })
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`)
  try {
    // Pagefind's calls go to one service process; many at once keep it busy without waiting on each reply.
    const batch = 200
    for (let start = 0; start < records.length; start += batch) {
      const added = await Promise.all(
        records.slice(start, start + batch).map((record) => index.addCustomRecord(record)),
      )
      const failed = added.find((result) => result.errors.length > 0)
      if (failed) throw new Error(`Pagefind refused a record: ${failed.errors.join('; ')}`)
    }
    // Its files carry content hashes in their names: old ones would pile up beside the new.
    await rm(outputPath, { recursive: true, force: true })
    const written = await index.writeFiles({ outputPath })
    if (written.errors.length > 0)
      throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`)
  } finally {
    await pagefind.close()
  }
}
