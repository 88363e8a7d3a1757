import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { dist } from '../prerender/prerender-pages'
import { runLighthouse } from './lighthouse'
import { staticArticleHtml } from './static-reference'

// `npx tsx build/bench/bench-every-block.ts` (after `npm run build`, with `vite preview` serving dist on
// PREVIEW_PORT): Lighthouse LCP of the every-block sample against a static HTML page of the same article,
// median of three runs each. Issue 12's budget: the ratio stays ≤ 1.10.

const SLUG = 'every-block'
const RUNS = 3
const origin = `http://127.0.0.1:${process.env.PREVIEW_PORT ?? '4173'}`

const json: unknown = JSON.parse(
  await readFile(path.join(dist, 'content/articles', `${SLUG}.json`), 'utf8'),
)
await mkdir(path.join(dist, 'bench'), { recursive: true })
await writeFile(path.join(dist, 'bench', `${SLUG}.html`), staticArticleHtml(json))
await mkdir('reports', { recursive: true })

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN
const lcp: Record<'reader' | 'static', number[]> = { reader: [], static: [] }
const cls: number[] = []
for (let run = 0; run < RUNS; run += 1) {
  const reader = runLighthouse(`${origin}/articles/${SLUG}`, `reports/lh-${SLUG}-reader.json`)
  const reference = runLighthouse(`${origin}/bench/${SLUG}.html`, `reports/lh-${SLUG}-static.json`)
  lcp.reader.push(reader.lcp)
  lcp.static.push(reference.lcp)
  cls.push(reader.cls)
}
const ratio = median(lcp.reader) / median(lcp.static)
console.log(
  `every-block LCP: reader ${median(lcp.reader).toFixed(0)} ms, static ${median(lcp.static).toFixed(0)} ms, ratio ${ratio.toFixed(2)}× (budget 1.10×); CLS ${median(cls).toFixed(3)}`,
)
