import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { cacheDir, fingerprint, readCacheFile, writeCacheFile } from '../shared/build-cache'

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
 * so a rebuild renders only the pages whose input changed and copies the rest. Each cached file is named by
 * its input's fingerprint, so a build that stops halfway can never leave a name pointing at another version.
 */
export class PageCache {
  /** This run's pages: page path → input fingerprint. */
  private readonly seen = new Map<string, string>()

  private constructor(
    private readonly renderer: string,
    private readonly stored: Map<string, string>,
  ) {}

  static async open(renderer: string): Promise<PageCache> {
    const stored = await readCacheFile<[string, string][]>(MANIFEST, renderer)
    return new PageCache(renderer, new Map(stored ?? []))
  }

  private key(input: string): string {
    return fingerprint(this.renderer, input)
  }

  private static file(key: string): string {
    return path.join(PAGES_DIR, `${key}.html`)
  }

  /** Copies the cached page to `target` if one was made from the same input; says whether it did. */
  async restore(page: string, input: string, target: string): Promise<boolean> {
    const key = this.key(input)
    if (this.stored.get(page) !== key) return false
    try {
      await copyFile(PageCache.file(key), target)
    } catch {
      return false
    }
    this.seen.set(page, key)
    return true
  }

  async store(page: string, input: string, html: string): Promise<void> {
    const key = this.key(input)
    await mkdir(PAGES_DIR, { recursive: true })
    // Written whole or not at all: a half-written file never carries a finished page's name.
    const partial = `${PageCache.file(key)}.${String(process.pid)}.partial`
    await writeFile(partial, html)
    await rename(partial, PageCache.file(key))
    this.seen.set(page, key)
  }

  /** Keeps only this run's pages: a deleted article's page is neither restored later nor kept on disk. */
  async save(): Promise<void> {
    await writeCacheFile(MANIFEST, this.renderer, [...this.seen])
    const keep = new Set([...this.seen.values()].map((key) => `${key}.html`))
    const files = await readdir(PAGES_DIR).catch(() => [])
    await Promise.all(
      files
        .filter((name) => !keep.has(name))
        .map((name) => rm(path.join(PAGES_DIR, name), { recursive: true, force: true })),
    )
  }
}
