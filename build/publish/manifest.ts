import { readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { RenderMode } from '../prerender/render-mode'

// What `npm run publish` needs to know about the last build, kept on disk beside the server build: the
// render mode and window it was made with, and a short log of what each publish touched. Small and of fixed
// size: no list of every article (the index files are that list), no digest of every file.

export interface PublishManifest {
  version: 1
  mode: RenderMode['mode']
  /** Epoch ms: on demand, articles published since then get a prerendered page. */
  prerenderSince: number | null
  builtAt: string
  /** The last few publishes, newest first: what each changed and which cache keys it purged. */
  publishes: PublishRecord[]
}

export interface PublishRecord {
  slug: string
  kind: 'new' | 'correction'
  at: string
  files: string[]
  purged: string[]
  ms: number
  /** CPU time of the publish (user + system), and of each of its steps, in ms. */
  cpuMs?: number
  steps?: Record<string, number>
}

const KEPT = 50

export function manifestFile(dist: string): string {
  return path.join(dist, '..', 'dist-ssr', 'publish-manifest.json')
}

export async function writeRenderManifest(dist: string, mode: RenderMode): Promise<void> {
  const manifest: PublishManifest = {
    version: 1,
    mode: mode.mode,
    prerenderSince: Number.isFinite(mode.prerenderSince) ? mode.prerenderSince : null,
    builtAt: new Date().toISOString(),
    publishes: [],
  }
  await saveManifest(dist, manifest)
}

export async function readManifest(dist: string): Promise<PublishManifest> {
  let text: string
  try {
    text = await readFile(manifestFile(dist), 'utf8')
  } catch {
    throw new Error('dist-ssr/publish-manifest.json is missing: run `npm run build` once first.')
  }
  const value: unknown = JSON.parse(text)
  if (typeof value !== 'object' || value === null || !('version' in value) || value.version !== 1)
    throw new Error('dist-ssr/publish-manifest.json is from another version: run `npm run build`.')
  return value as PublishManifest
}

export async function recordPublish(
  dist: string,
  manifest: PublishManifest,
  record: PublishRecord,
): Promise<void> {
  await saveManifest(dist, {
    ...manifest,
    publishes: [record, ...manifest.publishes].slice(0, KEPT),
  })
}

async function saveManifest(dist: string, manifest: PublishManifest): Promise<void> {
  const file = manifestFile(dist)
  await writeFile(`${file}.partial`, `${JSON.stringify(manifest, null, 2)}\n`)
  await rename(`${file}.partial`, file)
}
