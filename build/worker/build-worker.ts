import { build } from 'esbuild'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { root } from '../shared/paths'

// `npm run build:worker` (after `npm run build`): bundles the server entry, the page template, the security
// headers and src/server/worker.ts into one ES module for Cloudflare Workers (wrangler.toml's `main`).
// react-dom/server resolves to its edge build (the "workerd"/"worker" export conditions), which needs no
// Node compatibility layer.

export const workerDir = path.join(root, 'dist-worker')
export const workerScript = path.join(workerDir, 'worker.js')

const ENTRY = `import * as renderer from '../dist-ssr/entry-server.js'
import template from '../dist-ssr/template.html'
import headers from '../dist-ssr/security-headers.json'
import { createWorker } from '../src/server/worker.ts'
export default createWorker({ renderer, template, headers })
`

export async function buildWorker(): Promise<{ bytes: number }> {
  await mkdir(workerDir, { recursive: true })
  const entry = path.join(workerDir, 'entry.js')
  await writeFile(entry, ENTRY)
  const result = await build({
    entryPoints: [entry],
    outfile: workerScript,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    target: 'es2022',
    minify: true,
    loader: { '.html': 'text' },
    define: { 'process.env.NODE_ENV': '"production"' },
    metafile: true,
    logLevel: 'warning',
  })
  const bytes = Object.values(result.metafile.outputs).reduce((sum, out) => sum + out.bytes, 0)
  return { bytes }
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const { bytes } = await buildWorker()
  console.log(`worker: ${path.relative(root, workerScript)} (${Math.round(bytes / 1024)} KB)`)
}
