import { mkdir, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { frontPageFile } from '../../src/content/content-files'
import { buildFrontPagePages, STORIES_PER_PAGE } from './front-page-index'
import { articlesDir, contentDir, localImagePrefix } from '../shared/paths'
import { ensureImageVariants } from './image-variants'
import { ensurePlaceholderImages } from './placeholder-images'
import { stepProgress } from '../shared/progress'
import { validateArticles } from './validate-articles'
import { ValidationCache } from './validation-cache'
import { writeIfChanged } from '../shared/write-if-changed'
import { buildListings, writeListings } from './listing-index'
import { checkPublication } from './validate-publication'

// `npm run content`: validate every article against the format, then regenerate what is derived from them:
// the front page's index pages, placeholder photos and photo variants. Run by `npm run build` and `npm run
// dev`. Incremental: an unchanged file is not read again, an unchanged index page is not rewritten, an
// unchanged photo is not encoded again.

const started = performance.now()
const count = (value: number) => value.toLocaleString('en')
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`

const names = (await readdir(articlesDir)).filter((name) => name.endsWith('.json'))
const cache = await ValidationCache.open(articlesDir)
const validating = stepProgress('validate', names.length)
const { articles, problems, checked } = await validateArticles(articlesDir, {
  cache,
  onFile: () => {
    validating.tick()
  },
})
validating.done()
await cache.save()

// Sections, authors and topics: their listings, the author profiles and the masthead's sections.
const listings = buildListings(articles.map((article) => article.summary))
const publication = await checkPublication(contentDir, listings)
problems.push(...publication.problems)
for (const warning of publication.warnings) console.warn(`warning: ${warning}`)

if (problems.length > 0) {
  for (const problem of problems)
    console.error(`${problem.file}: ${problem.path}: ${problem.reason}`)
  const files = new Set(problems.map((problem) => problem.file)).size
  console.error(
    `\n${problems.length} problem(s) in ${files} file(s); nothing was written. Fix them and run \`npm run content\` again.`,
  )
  process.exit(1)
}

// The index, in pages; files past the last page (the archive shrank) are removed.
const pages = buildFrontPagePages(articles.map((article) => article.summary))
await mkdir(path.join(contentDir, 'pages'), { recursive: true })
let pagesWritten = 0
let largestPage = 0
for (const page of pages) {
  const json = `${JSON.stringify(page)}\n`
  largestPage = Math.max(largestPage, Buffer.byteLength(json))
  if (await writeIfChanged(path.join(contentDir, frontPageFile(page.page)), json)) pagesWritten += 1
}
const pageFiles = await readdir(path.join(contentDir, 'pages'))
const stale = pageFiles.filter((name) => {
  const number = Number(name.replace(/\.json$/, ''))
  return !(Number.isInteger(number) && number >= 2 && number <= pages.length)
})
await Promise.all(stale.map((name) => rm(path.join(contentDir, 'pages', name))))

const listingsWritten = await writeListings(contentDir, listings)

const imagesStarted = performance.now()
const images = [...articles.flatMap((article) => article.images), ...publication.images]
const placeholders = await ensurePlaceholderImages(images)
const photos = new Set(
  images.map((image) => image.src).filter((src) => src.startsWith(localImagePrefix)),
).size
const encoding = stepProgress('photos', photos)
const variants = await ensureImageVariants(images, () => {
  encoding.tick()
})
encoding.done()

console.log(
  [
    `content: ${count(articles.length)} article(s) valid (${count(checked)} checked, ${count(articles.length - checked)} unchanged) in ${seconds(started)}`,
    `  index: ${count(pages.length)} page(s) of up to ${STORIES_PER_PAGE} stories, ${pagesWritten} rewritten, ${stale.length} removed; largest page ${(largestPage / 1024).toFixed(1)} KB`,
    `  sections, authors, topics: ${count(listingsWritten.listings)} listing(s) in ${count(listingsWritten.pages)} page(s), ${listingsWritten.written} rewritten, ${listingsWritten.removed} removed`,
    `  photos: ${placeholders.made} placeholder(s) made; ${variants.written} variant(s) written for ${variants.images} local photo(s) in ${seconds(imagesStarted)}`,
  ].join('\n'),
)
