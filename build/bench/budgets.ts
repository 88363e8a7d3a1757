import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { root } from '../shared/paths'
import { articleFile } from '../../src/content/content-files'

// Byte budgets: the first view's JavaScript, all CSS and the seed article's JSON. Deterministic (gzip -9 of the built files), so CI can gate on
// them; timings are measured by `npm run bench` and reported, not gated.

const BUDGETS = {
  // The issues ask for 110 KB. Format 2's richer blocks load on demand (src/features/article/blocks/
  // rich-block-code.ts), the first view is one chunk (vite.config.ts) and on-demand code carries its own words
  // (src/i18n/messages/<part>/): 109.4 KB on 2026-12-01, down from 112.0.
  firstViewJs: 110 * 1024,
  css: 15 * 1024,
  seedJson: 10 * 1024,
} as const

const dist = path.join(root, 'dist')
const SEED = 'us-deep-concerns-china-alignment-russia'

interface ManifestChunk {
  file: string
  isEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}

type Manifest = Record<string, ManifestChunk>

async function gzipBytes(file: string): Promise<number> {
  return gzipSync(await readFile(file), { level: 9 }).byteLength
}

async function manifest(): Promise<Manifest> {
  return JSON.parse(await readFile(path.join(dist, '.vite/manifest.json'), 'utf8')) as Manifest
}

/** The entry chunk and everything it imports statically: what a first view downloads before it can run. */
function staticClosure(chunks: Manifest, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen
  seen.add(key)
  for (const imported of chunks[key]?.imports ?? []) staticClosure(chunks, imported, seen)
  return seen
}

export interface BudgetLine {
  what: string
  bytes: number
  budget?: number
  note: string
}

export async function measureBudgets(): Promise<BudgetLine[]> {
  const chunks = await manifest()
  const entryKey = Object.keys(chunks).find((key) => chunks[key]?.isEntry)
  if (!entryKey)
    throw new Error('No entry chunk in dist/.vite/manifest.json: run `npm run build` first.')
  const firstView = [...staticClosure(chunks, entryKey)].map((key) => chunks[key]?.file ?? key)
  const allJs = [
    ...new Set(
      Object.values(chunks)
        .map((chunk) => chunk.file)
        .filter((file) => file.endsWith('.js')),
    ),
  ]
  const allCss = [...new Set(Object.values(chunks).flatMap((chunk) => chunk.css ?? []))]
  const sum = async (files: string[]) =>
    (await Promise.all(files.map((file) => gzipBytes(path.join(dist, file))))).reduce(
      (a, b) => a + b,
      0,
    )
  return [
    {
      what: 'JS for the first article view',
      bytes: await sum(firstView),
      budget: BUDGETS.firstViewJs,
      note: `${firstView.length} chunk(s): ${firstView.join(', ')}`,
    },
    {
      what: 'JS, every chunk',
      bytes: await sum(allJs),
      note: `${allJs.length} chunks, incl. those loaded on demand`,
    },
    {
      what: 'CSS, every stylesheet',
      bytes: await sum(allCss),
      budget: BUDGETS.css,
      note: `${allCss.length} file(s); inlined into prerendered pages`,
    },
    {
      what: 'Seed article JSON',
      bytes: await gzipBytes(path.join(dist, 'content', articleFile(SEED))),
      budget: BUDGETS.seedJson,
      note: `${SEED}.json`,
    },
    {
      what: 'Seed article HTML (prerendered)',
      bytes: await gzipBytes(path.join(dist, 'articles', `${SEED}.html`)),
      note: 'with inline CSS, boot script and embedded data',
    },
  ]
}

export function formatKb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`
}
