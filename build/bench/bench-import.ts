import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { writeWxrExport } from '../corpus/wxr-export'
import { root } from '../shared/paths'
import { withImportSection } from './import-section'

// `npm run bench:import`: imports a generated 1,000-post WordPress export (and, unless --quick, one of about
// 100 MB) in a process of its own, and reports the time and the peak memory (max RSS), which shows whether the
// export is streamed: a streamed import's memory does not grow with the file. Writes its section of
// docs/performance.md.

const run = promisify(execFile)
const HEAP_CAP_MB = 256
const quick = process.argv.includes('--quick')
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

interface Figures {
  posts: number
  bytes: number
  ms: number
  maxRssKb: number
  imported: number
  skipped: number
}

async function measure(posts: number, paragraphs: number): Promise<Figures> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'broadsheet-import-bench-'))
  try {
    const file = path.join(dir, 'export.xml')
    const bytes = await writeWxrExport(file, { posts, paragraphs })
    console.log(`bench:import: ${posts.toLocaleString('en')} posts, ${mb(bytes)}…`)
    const { stdout } = await run(
      path.join(root, 'node_modules/.bin/tsx'),
      [path.join(root, 'build/bench/import-run.ts'), file, path.join(dir, 'out')],
      {
        cwd: root,
        maxBuffer: 1024 * 1024,
        // A capped heap makes the streaming visible: without it V8 grows the heap freely on a big machine and
        // the peak says more about the garbage collector's mood than about the import.
        env: { ...process.env, NODE_OPTIONS: `--max-old-space-size=${HEAP_CAP_MB}` },
      },
    )
    const figures: unknown = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}')
    if (typeof figures !== 'object' || figures === null)
      throw new Error('the import run printed no figures')
    const number = (key: string) => {
      const value: unknown = Object.entries(figures).find(([name]) => name === key)?.[1]
      return typeof value === 'number' ? value : Number.NaN
    }
    return {
      posts,
      bytes,
      ms: number('ms'),
      maxRssKb: number('maxRssKb'),
      imported: number('imported'),
      skipped: number('skipped'),
    }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

const rows = [await measure(1_000, 12), ...(quick ? [] : [await measure(1_500, 110)])]
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, Node ${process.version}`
const body = `## WordPress import

Measured by \`npm run bench:import\` on ${new Date().toISOString().slice(0, 10)}, on ${machine}: a generated WXR
export (build/corpus/wxr-export.ts: block-editor and classic posts with headings, lists, photos, tables, embeds and
pull quotes, a featured photo per post, drafts and pages) imported by \`npm run import -- export.xml\` in a process of
its own, with its JavaScript heap capped at ${HEAP_CAP_MB} MB (\`--max-old-space-size\`). Peak memory is the process's max
RSS, Node and jsdom included. The export is read twice as a stream (attachments first, then posts), so memory
follows the largest post, not the file: the larger export imports within the same cap as the small one.

| export | posts in it | imported | skipped | time | per post | peak memory |
| --- | --- | --- | --- | --- | --- | --- |
${rows.map((row) => `| ${mb(row.bytes)} | ${row.posts.toLocaleString('en')} | ${row.imported.toLocaleString('en')} | ${row.skipped.toLocaleString('en')} | ${(row.ms / 1000).toFixed(1)} s | ${(row.ms / row.posts).toFixed(1)} ms | ${mb(row.maxRssKb * 1024)} |`).join('\n')}
`
const file = path.join(root, 'docs/performance.md')
const previous = await readFile(file, 'utf8').catch(() => '')
await writeFile(file, withImportSection(previous, body))
console.log(body)
