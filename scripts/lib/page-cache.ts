import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { cacheDir, fingerprint, readCacheFile, writeCacheFile } from './build-cache'

const PAGES_DIR = path.join(cacheDir, 'pages')
const MANIFEST = 'pages.json'

/** Every file of the server build: a change to any component, style or setting changes every page. */
export async function rendererFingerprint(ssrDir: string, template: string): Promise<string> {
  const files = (await readdir(ssrDir, { recursive: true }))
    .filter((name) => name.endsWith('.js'))
    .sort()
  const contents = await Promise.all(files.map((name) => readFile(path.join(ssrDir, name))))
  return fingerprint(template, ...files, ...contents)
}

/**
 * Prerendered pages remembered by what they were made from (the renderer and the page's own published JSON),
 * so a rebuild renders only the pages whose input changed and copies the rest.
 */
export class PageCache {
  private readonly seen = new Map<string, string>()

  private constructor(
    private readonly renderer: string,
    private readonly stored: Map<string, string>,
  ) {}

  static async open(renderer: string): Promise<PageCache> {
    const stored = await readCacheFile<[string, string][]>(MANIFEST, renderer)
    return new PageCache(renderer, new Map(stored ?? []))
  }

  private static key(input: string): string {
    return fingerprint(input)
  }

  /** Copies the cached page to `target` if it was made from the same input; says whether it did. */
  async restore(page: string, input: string, target: string): Promise<boolean> {
    const key = PageCache.key(input)
    if (this.stored.get(page) !== key) return false
    try {
      await copyFile(path.join(PAGES_DIR, page), target)
    } catch {
      return false
    }
    this.seen.set(page, key)
    return true
  }

  async store(page: string, input: string, html: string): Promise<void> {
    const file = path.join(PAGES_DIR, page)
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, html)
    this.seen.set(page, PageCache.key(input))
  }

  /** Keeps only this run's pages: a deleted article's page is neither restored later nor kept on disk. */
  async save(): Promise<void> {
    await writeCacheFile(MANIFEST, this.renderer, [...this.seen])
    const files = await readdir(PAGES_DIR, { recursive: true, withFileTypes: true }).catch(() => [])
    const gone = files
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(PAGES_DIR, path.join(entry.parentPath, entry.name)))
      .filter((page) => !this.seen.has(page))
    await Promise.all(gone.map((page) => rm(path.join(PAGES_DIR, page), { force: true })))
  }
}
