import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { buildFrontPageIndex } from './lib/front-page-index'
import { articlesDir, contentDir } from './lib/paths'
import { ensureImageVariants } from './lib/image-variants'
import { collectImages, ensurePlaceholderImages } from './lib/placeholder-images'
import { validateArticles } from './lib/validate-articles'

// `npm run content`: validate every article against the format, then regenerate what is derived from them
// (the front-page index and placeholder images). Run by `npm run build` and `npm run dev`.

const { articles, problems } = await validateArticles(articlesDir)

if (problems.length > 0) {
  for (const problem of problems)
    console.error(`${problem.file}: ${problem.path}: ${problem.reason}`)
  console.error(`\n${problems.length} problem(s) in the content; nothing was written.`)
  process.exit(1)
}

await mkdir(contentDir, { recursive: true })
const index = buildFrontPageIndex(articles)
await writeFile(path.join(contentDir, 'index.json'), `${JSON.stringify(index)}\n`)
const images = await ensurePlaceholderImages(articles)
const variants = await ensureImageVariants(collectImages(articles))
console.log(
  `content: ${articles.length} article(s) valid; index.json written; placeholder images: ${images.made} made, ${images.kept} already there; ` +
    `${variants.written} image variant(s) written for ${variants.images} image(s)`,
)
