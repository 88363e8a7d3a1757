import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { mapWithConcurrency } from '../shared/concurrency'

// Which Pagefind id (fragment name) each story has in an index. The reader's search tells a corrected
// story's old copy in the main index from its new one in the delta by id, before it loads either (ids are all
// a search answers with), so that the old copy is neither shown nor counted. Pagefind names a fragment by a
// hash of its contents and says nothing of it, so the ids are read back from the fragments it wrote. The main
// index's map is split into small files by a hash of the URL: a publish reads one of them, never the whole.

const SHARDS_FOLDER = 'broadsheet-ids'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

const shardOf = (url: string) => createHash('sha256').update(url).digest('hex').slice(0, 2)

/** URL → id for every fragment in the Pagefind bundle at `indexDir` (gzip: a signature, then JSON). */
export async function fragmentIds(indexDir: string): Promise<Map<string, string>> {
  const folder = path.join(indexDir, 'fragment')
  const names = await readdir(folder)
  const pairs = await mapWithConcurrency(names, 16, async (name) => {
    const text = gunzipSync(await readFile(path.join(folder, name))).toString('utf8')
    const fragment: unknown = JSON.parse(text.slice(text.indexOf('{')))
    if (!isRecord(fragment) || typeof fragment.url !== 'string')
      throw new Error(`Pagefind's fragment ${name} names no URL: is this Pagefind 1.x?`)
    return [fragment.url, name.replace(/\.pf_fragment$/, '')] as const
  })
  return new Map(pairs)
}

/** Writes the main index's map beside it, in shards. */
export async function writeIdShards(indexDir: string, ids: Map<string, string>): Promise<void> {
  const shards = new Map<string, [string, string][]>()
  for (const [url, id] of ids) {
    const shard = shardOf(url)
    shards.set(shard, [...(shards.get(shard) ?? []), [url, id]])
  }
  const folder = path.join(indexDir, SHARDS_FOLDER)
  await mkdir(folder, { recursive: true })
  for (const [shard, entries] of shards)
    await writeFile(path.join(folder, `${shard}.json`), JSON.stringify(entries))
}

/** The story's id in the main index, from its one shard; undefined when the index does not hold it. */
export async function mainIndexId(indexDir: string, url: string): Promise<string | undefined> {
  let entries: unknown
  try {
    entries = JSON.parse(
      await readFile(path.join(indexDir, SHARDS_FOLDER, `${shardOf(url)}.json`), 'utf8'),
    )
  } catch {
    return undefined
  }
  if (!Array.isArray(entries)) return undefined
  for (const entry of entries)
    if (Array.isArray(entry) && entry[0] === url && typeof entry[1] === 'string') return entry[1]
  return undefined
}
