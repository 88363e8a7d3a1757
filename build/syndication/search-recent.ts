import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { CustomRecord } from 'pagefind'

// The recent index: a second Pagefind index, of the newest stories only, beside the full one. A word that is
// in most stories (a town's name in a local paper, "minister", "council") costs a reader the chunk listing
// every place it occurs in every story: hundreds of kilobytes at 10,000 stories. The newest thousand hold a
// page of results for any such word, at a tenth of the cost, and news is read newest first anyway. The reader's
// search asks the recent index first, and the full index only when the recent one finds less than a page or the
// reader asks for more (src/features/search/result-stream.ts). A rare word (a person's name) is cheap in both.
// docs/decisions/0007-search-recent-index-first.md says why this shape and not shards by year.

/** How many of the newest stories the recent index holds; a smaller archive has no recent index at all. */
export const RECENT_STORIES = 1_000
export const RECENT_FOLDER = 'recent'
/** What the reader's search knows of the recent index before it searches. */
export const RECENT_MANIFEST = 'broadsheet-recent.json'

export interface RecentManifest {
  version: 1
  recent: {
    /** The index's folder, under the full index's. */
    path: string
    stories: number
    /** When its oldest story was published: "… found since" that date. */
    since: string
  } | null
}

const publishedOf = (record: CustomRecord) => record.sort?.published ?? ''

/** The newest `count` records (ISO dates in UTC sort as text), or none when they would be every record. */
export function recentRecords(records: readonly CustomRecord[], count = RECENT_STORIES) {
  if (records.length <= count) return []
  return records
    .filter((record) => publishedOf(record) !== '')
    .sort((a, b) => publishedOf(b).localeCompare(publishedOf(a)))
    .slice(0, count)
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/**
 * Points the recent index's entry file at the full index's WebAssembly, and removes its own copy. Pagefind
 * names the module `${basePath}wasm.${wasm}.pagefind`, `wasm` from the entry file; dot segments in that name
 * resolve (as in any URL) to the full index's copy, which the page has already fetched. Without this a reader
 * fetched the same 60 KB twice under two names.
 */
export async function slimRecentIndex(recentDir: string): Promise<void> {
  const entryPath = path.join(recentDir, 'pagefind-entry.json')
  const entry: unknown = JSON.parse(await readFile(entryPath, 'utf8'))
  if (!isRecord(entry) || !isRecord(entry.languages))
    throw new Error(
      'The recent index’s pagefind-entry.json lists no language: is this Pagefind 1.x?',
    )
  for (const language of Object.values(entry.languages)) {
    if (!isRecord(language) || typeof language.wasm !== 'string')
      throw new Error('The recent index’s pagefind-entry.json names no WebAssembly module')
    await rm(path.join(recentDir, `wasm.${language.wasm}.pagefind`), { force: true })
    language.wasm = `${language.wasm}/../../wasm.${language.wasm}`
  }
  await writeFile(entryPath, JSON.stringify(entry))
  // The page runs the full index's pagefind.js for both; the recent index's own scripts are never fetched.
  for (const name of await readdir(recentDir))
    if (/^pagefind[^/]*\.(js|css)$|^wasm\.unknown\.pagefind$/.test(name))
      await rm(path.join(recentDir, name))
}
