import { importWxr } from '../import/wordpress'

// One import in a process of its own, so its peak memory is the import's alone: `tsx import-run.ts <export> <out>`.
const [file, outDir] = process.argv.slice(2)
if (file === undefined || outDir === undefined)
  throw new Error('usage: import-run.ts <export.xml> <out-dir>')
const started = performance.now()
const summary = await importWxr(file, { outDir, progress: { write: () => true } })
const ms = performance.now() - started
process.stdout.write(
  `${JSON.stringify({ ms, maxRssKb: process.resourceUsage().maxRSS, imported: summary.created.length + summary.updated.length + summary.unchanged, skipped: [...summary.skipped.values()].reduce((a, b) => a + b, 0) })}\n`,
)
