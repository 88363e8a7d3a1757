import { readFile, writeFile, mkdir, access } from 'node:fs/promises'
import path from 'node:path'
import { checkFile } from '../content/validate-articles'
import { readVariantManifest } from '../content/image-variants'
import { publishIntoDist } from './publish-article'
import { articlesDir } from '../shared/paths'
import { dist } from '../prerender/prerender-pages'
import { purgeCommands, purgeKeys } from './purge'

// `npm run publish -- <article file>`: puts one story on the site without a rebuild. It checks the file
// against the strict format, copies it into the content folder (so the next full build has it), and updates
// only what it changes: its own JSON and page, the front page (a new story, or a correction to a recent one)
// or the one older index page that lists it (a correction), its section's, authors' and topics' pages, the
// hooks for feeds, sitemaps and search, and the cache keys to purge. Nothing here reads or writes in proportion to the archive.

const started = performance.now()
const source = process.argv[2]
if (source === undefined) {
  console.error('usage: npm run publish -- <article file.json>')
  process.exit(2)
}
const bytes = await readFile(source)
const name = path.basename(source)
const checked = checkFile(path.dirname(source), name, bytes)
const linkProblems = await Promise.all(
  (checked.record?.links ?? []).map(async (link) =>
    (await exists(path.join(dist, 'content', 'articles', `${link.slug}.json`)))
      ? []
      : [{ path: link.path, reason: `names "${link.slug}", which is not published` }],
  ),
)
const problems = [...checked.problems, ...linkProblems.flat()]
if (!checked.record || problems.length > 0) {
  for (const problem of problems) console.error(`${source}: ${problem.path}: ${problem.reason}`)
  console.error(`\n${problems.length} problem(s); nothing was published.`)
  process.exit(1)
}

await mkdir(articlesDir, { recursive: true })
await writeFile(path.join(articlesDir, name), bytes)
const result = await publishIntoDist({
  dist,
  record: checked.record,
  json: JSON.parse(bytes.toString('utf8')) as unknown,
  variants: await readVariantManifest(),
})
const purge = await purgeKeys(result.keys)
const ms = performance.now() - started
console.log(
  [
    `publish: ${result.kind === 'new' ? 'new story' : 'correction'} ${checked.record.slug} in ${ms.toFixed(0)} ms`,
    `  wrote: ${result.files.join(', ')}`,
    `  purge keys: ${result.keys.join(' ')}${purge}`,
    ...(process.env.PURGE_VARNISH ? [] : purgeCommands(result.keys).map((line) => `    ${line}`)),
  ].join('\n'),
)

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  )
}
