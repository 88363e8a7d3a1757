import { readdirSync } from 'node:fs'
import path from 'node:path'
import { root } from '../shared/paths'
import { fingerprintFiles, readCacheFile, writeCacheFile } from '../shared/build-cache'
import type { ArticleRecord, FileResult } from './validate-articles'

interface Entry {
  /** SHA-256 of the file's bytes. */
  digest: string
  result: FileResult
}

// A cached verdict is only as good as the rules that gave it: any change to the content model's code (every
// file of src/content, listed afresh each run so a new module counts too) voids them all.
const VALIDATOR_SOURCES = [
  ...readdirSync(path.join(root, 'src/content'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => path.join('src/content', name)),
  'build/content/validate-articles.ts',
  // The schema library's own rules are part of the verdict too.
  'node_modules/zod/package.json',
]
const CACHE_FILE = 'content-validation.json'

/** Each article file's verdict, remembered by a digest of its bytes. */
export class ValidationCache {
  private constructor(
    private readonly key: string,
    private readonly entries: Map<string, Entry>,
  ) {}

  static async open(dir: string): Promise<ValidationCache> {
    const key = `${dir}:${fingerprintFiles(VALIDATOR_SOURCES)}`
    const stored = await readCacheFile<[string, Entry][]>(CACHE_FILE, key)
    return new ValidationCache(key, new Map(stored ?? []))
  }

  get(name: string, digest: string): FileResult | undefined {
    const entry = this.entries.get(name)
    return entry?.digest === digest ? entry.result : undefined
  }

  set(name: string, digest: string, result: FileResult): void {
    this.entries.set(name, { digest, result })
  }

  /** Every valid article as the last content step saw it: feeds, sitemaps and search start from these. */
  records(): ArticleRecord[] {
    return [...this.entries.values()].flatMap(({ result }) =>
      result.record ? [result.record] : [],
    )
  }

  /** Forgets files that are gone, so the cache never outgrows the content. */
  keepOnly(names: readonly string[]): void {
    const present = new Set(names)
    for (const name of this.entries.keys()) if (!present.has(name)) this.entries.delete(name)
  }

  async save(): Promise<void> {
    await writeCacheFile(CACHE_FILE, this.key, [...this.entries])
  }
}
