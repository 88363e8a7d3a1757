import { fingerprintFiles, readCacheFile, writeCacheFile } from './build-cache'
import type { FileResult } from './validate-articles'

export interface FileStamp {
  size: number
  mtimeMs: number
}

interface Entry extends FileStamp {
  result: FileResult
}

// A cached verdict is only as good as the rules that gave it: any change to the format's code voids them all.
const VALIDATOR_SOURCES = [
  'src/lib/content/format.ts',
  'src/lib/content/limits.ts',
  'src/lib/content/problems.ts',
  'src/lib/content/dates.ts',
  'src/lib/content/safe-url.ts',
  'src/lib/content/text.ts',
  'scripts/lib/validate-articles.ts',
]
const CACHE_FILE = 'content-validation.json'

/** Each article file's verdict, remembered by its size and modification time. */
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

  get(name: string, stamp: FileStamp): FileResult | undefined {
    const entry = this.entries.get(name)
    return entry && entry.size === stamp.size && entry.mtimeMs === stamp.mtimeMs
      ? entry.result
      : undefined
  }

  set(name: string, stamp: FileStamp, result: FileResult): void {
    this.entries.set(name, { ...stamp, result })
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
