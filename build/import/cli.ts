import { open, readdir, readFile, stat, writeFile, mkdir } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { strictArticleSchema } from '../../src/content/format'
import { problemsOf } from '../../src/content/problems'
import { isSlug } from '../../src/content/safe-url'
import { exists } from '../shared/exists'
import { articlesDir } from '../shared/paths'
import { importHtml } from './html'
import { isRecord } from './json-ld'
import { importSavedText } from './saved-text'
import type { ImportResult, KnownArticle } from './types'
import { mediaOriginAdvice, originAdvice, sitePolicy } from '../content/media-origins'
import type { WpImportSummary } from './wordpress'
import { emptySummary, importWxr, newState, summaryNotes, writeRestPosts } from './wordpress'
import { postsFromRest, restEntries } from './wp-rest'

export interface CliIo {
  out: (line: string) => void
  err: (line: string) => void
  cwd: string
}

const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
}

const USAGE = [
  'usage: npm run import -- <file.html|file.txt> [--slug <slug>] [--force] [--out-dir <dir>]',
  '       npm run import -- <export.xml|posts.json> [--out-dir <dir>] [--timezone +01:00]',
].join('\n')
// A saved page is a few megabytes at most; anything far larger is not a news page and would only stall jsdom.
const MAX_INPUT_BYTES = 32 * 1024 * 1024

class UsageError extends Error {}

function parse(argv: readonly string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        slug: { type: 'string' },
        force: { type: 'boolean', default: false },
        'out-dir': { type: 'string' },
        timezone: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
    return { ...values, positionals }
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
}

function looksLikeHtml(file: string, text: string): boolean {
  const extension = path.extname(file).toLowerCase()
  if (['.html', '.htm', '.xhtml'].includes(extension)) return true
  if (['.txt', '.text'].includes(extension)) return false
  return /^\s*(?:<!doctype html|<html|<head|<meta|<body)/i.test(text)
}

/** Headlines of the articles already in the output folder, so a related link can use the real slug. */
async function knownArticles(dir: string): Promise<KnownArticle[]> {
  const names = await readdir(dir).catch(() => [])
  const found = await Promise.all(
    names
      .filter((name) => name.endsWith('.json'))
      .map(async (name): Promise<KnownArticle[]> => {
        try {
          const json: unknown = JSON.parse(await readFile(path.join(dir, name), 'utf8'))
          if (isRecord(json) && typeof json.slug === 'string' && typeof json.headline === 'string')
            return [{ slug: json.slug, headline: json.headline }]
        } catch {
          // A broken neighbour is `npm run content`'s to report; it just cannot be linked to by headline.
        }
        return []
      }),
  )
  return found.flat()
}

/** `npm run import`: reads one saved page, writes one article file; returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  let args: ReturnType<typeof parse>
  try {
    args = parse(argv)
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`)
    return 2
  }
  if (args.help) {
    io.out(USAGE)
    return 0
  }
  const [input, ...extra] = args.positionals
  if (input === undefined || extra.length > 0) {
    io.err(`give exactly one file to import\n${USAGE}`)
    return 2
  }
  if (args.slug !== undefined && !isSlug(args.slug)) {
    io.err(`--slug "${args.slug}" must be lower-case words joined by hyphens (a-z, 0-9)`)
    return 2
  }

  const source = path.resolve(io.cwd, input)
  const outDir = args['out-dir'] === undefined ? articlesDir : path.resolve(io.cwd, args['out-dir'])
  if (args.timezone !== undefined && !/^[+-]\d{2}:\d{2}$/.test(args.timezone)) {
    io.err(`--timezone "${args.timezone}" must be an offset such as +01:00 or -05:00`)
    return 2
  }
  if (await isWxrFile(source)) return importWordPress(source, outDir, args.timezone, io)
  let text: string
  try {
    if ((await stat(source)).size > MAX_INPUT_BYTES)
      throw new Error(`larger than ${MAX_INPUT_BYTES} bytes`)
    text = await readFile(source, 'utf8')
  } catch (error) {
    io.err(`cannot read ${input}: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }

  if (path.extname(source).toLowerCase() === '.json')
    return importRest(text, outDir, args.timezone, io)
  const options = { slug: args.slug, knownArticles: await knownArticles(outDir) }
  const { article, notes }: ImportResult = looksLikeHtml(source, text)
    ? importHtml(text, options)
    : importSavedText(text, options)
  const target = path.join(outDir, `${article.slug}.json`)
  const relative = path.relative(io.cwd, target)
  const shown = relative.startsWith('..') || path.isAbsolute(relative) ? target : relative

  const problems = problemsOf(strictArticleSchema, article)
  if (problems.length > 0) {
    for (const problem of problems) io.err(`${shown}: ${problem.path}: ${problem.reason}`)
    io.err(`${problems.length} problem(s) in the imported article; nothing was written.`)
    return 1
  }
  if (!args.force && (await exists(target))) {
    io.err(`${shown} already exists; nothing was written. Pass --force to overwrite it.`)
    return 1
  }
  await mkdir(outDir, { recursive: true })
  try {
    // 'wx' also refuses a file that appeared since the check above.
    await writeFile(target, `${JSON.stringify(article, null, 2)}\n`, {
      flag: args.force ? 'w' : 'wx',
    })
  } catch (error) {
    io.err(`cannot write ${shown}: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
  io.out(`wrote ${shown}`)
  for (const note of [...notes, ...mediaOriginAdvice([article])]) io.out(`  note: ${note}`)
  return 0
}

/** A WXR export starts with an XML declaration or <rss> and names WordPress's export namespace. */
async function isWxrFile(file: string): Promise<boolean> {
  if (path.extname(file).toLowerCase() === '.xml') return true
  const handle = await open(file).catch(() => undefined)
  if (!handle) return false
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4096), 0, 4096, 0)
    const head = buffer.subarray(0, bytesRead).toString('utf8')
    return /^\s*(?:<\?xml|<rss)/.test(head) && /wordpress\.org\/export\//.test(head)
  } finally {
    await handle.close()
  }
}

function printSummary(summary: WpImportSummary, outDir: string, io: CliIo): number {
  const imported = summary.created.length + summary.updated.length + summary.unchanged
  const relative = path.relative(io.cwd, outDir) || '.'
  io.out(
    `imported ${imported} published post(s) into ${relative}: ${summary.created.length} new, ${summary.updated.length} updated, ${summary.unchanged} unchanged`,
  )
  for (const note of [
    ...summary.notes,
    ...originAdvice(summary.disallowedOrigins, sitePolicy().imageHosts),
  ])
    io.out(`  note: ${note}`)
  for (const failure of summary.failed) io.err(`not imported: ${failure}`)
  return summary.failed.length > 0 && imported === 0 ? 1 : 0
}

async function importWordPress(
  source: string,
  outDir: string,
  timezone: string | undefined,
  io: CliIo,
): Promise<number> {
  try {
    return printSummary(await importWxr(source, { outDir, timezone }), outDir, io)
  } catch (error) {
    io.err(`cannot import ${source}: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
}

async function importRest(
  text: string,
  outDir: string,
  timezone: string | undefined,
  io: CliIo,
): Promise<number> {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    io.err(`not JSON: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
  const entries = restEntries(json)
  if (entries === undefined) {
    io.err(
      'not a WordPress REST API response: expected the JSON array of /wp-json/wp/v2/posts?_embed',
    )
    return 1
  }
  const { posts, skipped, unreadable } = postsFromRest(entries)
  const state = newState(undefined, timezone)
  const summary = emptySummary()
  summary.skipped = skipped
  if (unreadable > 0) skipped.set('entries that are not posts', unreadable)
  await writeRestPosts(posts, state, { outDir }, summary)
  summary.notes = summaryNotes(state, skipped)
  return printSummary(summary, outDir, io)
}
