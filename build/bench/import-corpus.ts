// Counts what the HTML importer keeps over every saved page in tests/fixtures/import (photos with captions and
// credits, lead photos, authors, furniture left in the body, blocks by type), as the markdown table in
// docs/importing.md. Run: npx tsx build/bench/import-corpus.ts [--importer <checkout>/build/import/html.ts]
// to compare with another checkout's importer on the same pages.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { root as repoRoot } from '../shared/paths'

interface ImportedLike {
  article: {
    standfirst?: string
    section: string
    language?: string
    dir?: string
    topics?: unknown[]
    byline: unknown[]
    leadImage?: { caption?: string; credit?: string }
    body: { type: string; text?: unknown; image?: Photo; images?: Photo[] }[]
  }
  notes: string[]
}
interface Photo {
  caption?: string
  credit?: string
}
type Importer = (html: string) => ImportedLike
// Another checkout's importer is trusted to be one: this tool only compares them.
const isImporter = (value: unknown): value is Importer => typeof value === 'function'

// Lines a reader would see as the page's furniture, not the story, if they were left in the body. A wire's
// "Reporting by …; Editing by …" and a source line ("المصدر : الجزيرة") are the publisher's own credits.
const FURNITURE =
  /^(?:advertisement|story continues below advertisement|ad feedback|sign up|share|subscribe|read more|read next|related|lire aussi|اقرأ أيضا|our standards|copyright|all rights reserved|follow .{1,40} on|you make this work possible|support local journalism|gift article|listen|watch:|___)/i

function textOf(value: unknown): string {
  if (typeof value === 'string') return value
  if (Array.isArray(value))
    return value
      .map((run: unknown) =>
        typeof run === 'object' && run !== null && 'text' in run ? String(run.text) : '',
      )
      .join('')
  return ''
}

function pages(): string[] {
  const root = path.join(repoRoot, 'tests/fixtures/import')
  const names = (dir: string) =>
    readdirSync(dir)
      .filter((name) => name.endsWith('.html'))
      .map((name) => path.join(dir, name))
  return [...names(root), ...names(path.join(root, 'sites'))].sort()
}

async function main() {
  const at = process.argv.indexOf('--importer')
  const module = at > 0 ? process.argv[at + 1] : undefined
  const file = path.resolve(module ?? path.join(repoRoot, 'build/import/html.ts'))
  const loaded: unknown = await import(pathToFileURL(file).href)
  const importHtml =
    typeof loaded === 'object' && loaded !== null && 'importHtml' in loaded
      ? loaded.importHtml
      : undefined
  if (!isImporter(importHtml)) throw new Error(`${file} exports no importHtml`)
  const run = importHtml

  const totals = {
    pages: 0,
    photos: 0,
    captioned: 0,
    credited: 0,
    leads: 0,
    withAuthors: 0,
    furniture: 0,
    standfirstRepeats: 0,
    withTopics: 0,
    dropLines: 0,
  }
  const blockTypes = new Map<string, number>()
  const rows: string[] = []
  for (const page of pages()) {
    const { article, notes } = run(readFileSync(page, 'utf8'))
    const photos = [
      ...(article.leadImage ? [article.leadImage] : []),
      ...article.body.flatMap((block) => [
        ...(block.image ? [block.image] : []),
        ...(block.images ?? []),
      ]),
    ]
    const furniture = article.body.filter((block) =>
      FURNITURE.test(textOf(block.text).trim()),
    ).length
    const first = article.body.find((block) => block.type === 'paragraph')
    const repeats =
      article.standfirst !== undefined &&
      first !== undefined &&
      textOf(first.text).includes(article.standfirst.slice(0, 60))
    const authored = !notes.some((note) => note.startsWith('no byline found'))
    totals.pages += 1
    totals.photos += photos.length
    totals.captioned += photos.filter((photo) => photo.caption).length
    totals.credited += photos.filter((photo) => photo.credit).length
    totals.leads += article.leadImage ? 1 : 0
    totals.withAuthors += authored ? 1 : 0
    totals.furniture += furniture
    totals.standfirstRepeats += repeats ? 1 : 0
    totals.withTopics += (article.topics ?? []).length > 0 ? 1 : 0
    totals.dropLines += notes.filter((note) => note.startsWith('dropped')).length
    for (const block of article.body)
      blockTypes.set(block.type, (blockTypes.get(block.type) ?? 0) + 1)
    rows.push(
      `| ${path.basename(page)} | ${article.body.length} | ${photos.length} (${photos.filter((photo) => photo.caption).length}/${photos.filter((photo) => photo.credit).length}) | ${article.leadImage ? 'yes' : 'no'} | ${authored ? article.byline.length : 0} | ${article.section} | ${article.language ?? ''} ${article.dir ?? ''} | ${(article.topics ?? []).length} | ${furniture} |`,
    )
  }
  console.log(
    '| page | blocks | photos (captioned/credited) | lead | authors | section | language dir | topics | furniture left |',
  )
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const row of rows) console.log(row)
  console.log('')
  console.log(JSON.stringify(totals))
  console.log(
    [...blockTypes]
      .sort((a, b) => b[1] - a[1])
      .map(([type, n]) => `${type} ${n}`)
      .join(', '),
  )
}

await main()
