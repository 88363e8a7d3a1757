import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { root } from './paths'

// What the build remembers between runs, so a rebuild after one change redoes only what that change touches.
// Kept with the installed packages (the usual home of tool caches): `rm -rf node_modules` forgets it all.
// BROADSHEET_CACHE_DIR moves it (a CI cache directory, or a scratch build that must not touch this one's).
export const cacheDir =
  process.env.BROADSHEET_CACHE_DIR ?? path.join(root, 'node_modules/.cache/broadsheet')

/** A fingerprint of the code that produced a cached result: change the code and the cache is not used. */
export function fingerprint(...parts: (string | Buffer)[]): string {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('hex').slice(0, 32)
}

export function fingerprintFiles(files: string[]): string {
  return fingerprint(...files.map((file) => readFileSync(path.join(root, file))))
}

export async function readCacheFile<T>(name: string, key: string): Promise<T | undefined> {
  try {
    const stored = JSON.parse(await readFile(path.join(cacheDir, name), 'utf8')) as {
      key?: string
      value?: T
    }
    return stored.key === key ? stored.value : undefined
  } catch {
    return undefined
  }
}

export async function writeCacheFile(name: string, key: string, value: unknown): Promise<void> {
  await mkdir(cacheDir, { recursive: true })
  await writeFile(path.join(cacheDir, name), JSON.stringify({ key, value }))
}
