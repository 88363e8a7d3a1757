import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { mapWithConcurrency } from '../shared/concurrency'
import { readVariantManifest } from '../content/image-variants'
import { PageCache, rendererFingerprint } from './page-cache'
import { dist, fillTemplate, prepareTemplate } from './prerender-pages'
import type { PrerenderedPage } from './server-entry'
import { loadServerEntry, ssrDir } from './server-entry'
import { stepProgress } from '../shared/progress'
import { publishJson } from './publish-json'
import { prerendersArticle, readRenderMode } from './render-mode'
import { writeRenderManifest } from '../publish/manifest'
import { inlineCode } from '../deploy/security-headers'
import { writeServiceWorker } from '../deploy/service-worker'
import { writeSecurityHeaders } from '../deploy/write-security-headers'
import { DEFAULT_SITE_URL } from '../../src/config/site-config'
import { writePlainRobots, writeSiteSyndication } from '../syndication/site-syndication'
import { listingBucketFiles, listingPageJobs, renderListing } from './listing-pages'
import { searchPageHtml } from './search-page'
import {
  ARTICLES_FOLDER,
  BUCKETS_FOLDER,
  PAGES_FOLDER,
  articleFile,
  frontPageFile,
} from '../../src/content/content-files'

// Step three of `npm run build`, after the client build (dist/) and the server build (dist-ssr/): lists the
// generated image variants in the published JSON, renders the front page's pages and every article to static
// HTML with its data embedded, writes the app shell that static hosts serve for any other path, the security
// headers (CSP hashes of exactly the inline code these pages carry) and the service worker.
// Incremental: a page whose published JSON and renderer are unchanged since the last build is copied from the
// build cache instead of rendered again.

const started = performance.now()
const entry = await loadServerEntry()
const template = await prepareTemplate()
// The wrapper every page gets (the template and its deferred loader, src/content/page-template.ts) is part
// of the renderer: a change to the loader must render the pages again, or they keep code the CSP no longer allows.
const cache = await PageCache.open(
  await rendererFingerprint(
    ssrDir,
    fillTemplate(template, { head: '', body: '' }, { deferApp: true }),
  ),
)
const variants = await readVariantManifest()
const inline = { scripts: new Set<string>(), styles: new Set<string>() }
const counts = { rendered: 0, restored: 0, onDemand: 0 }
const renderMode = readRenderMode(process.env)

const collectInlineCode = (html: string) => {
  const code = inlineCode(html)
  code.scripts.forEach((script) => inline.scripts.add(script))
  code.styles.forEach((style) => inline.styles.add(style))
}

const shell = fillTemplate(template, entry.prerenderShell(), { deferApp: false })
await writeFile(path.join(dist, 'shell.html'), shell)
collectInlineCode(shell)
// Every prerendered page carries the template's inline code and no other (page data is JSON, which never
// runs), so pages restored from the cache need no second look.
collectInlineCode(fillTemplate(template, { head: '', body: '' }, { deferApp: true }))

/** Publishes one content file in place: photo variants listed, paths under the base path. */
async function publishFile(jsonFile: string): Promise<string> {
  const published = JSON.stringify(
    publishJson(JSON.parse(await readFile(jsonFile, 'utf8')) as unknown, {
      variants,
      basePath: entry.basePath,
    }),
  )
  await writeFile(jsonFile, published)
  return published
}

interface PrerenderOptions {
  /** An article: on demand, prerendered only when it is recent. */
  recentOnly?: boolean
  /**
   * Whatever else the page is made from (its address, an author's profile), so a change to it renders the
   * page again.
   */
  alsoRenderedFrom?: string
}

/**
 * Publishes one content file in place and writes its page: restored from the cache or rendered now. Without
 * a renderer (on demand) only the JSON is published: the handler renders the page when it is asked for.
 */
async function prerender(
  jsonFile: string,
  page: string,
  render: ((json: unknown) => PrerenderedPage) | undefined,
  { recentOnly = false, alsoRenderedFrom = '' }: PrerenderOptions = {},
): Promise<void> {
  const published = await publishFile(jsonFile)
  if (
    render === undefined ||
    (recentOnly && !prerendersArticle(renderMode, JSON.parse(published)))
  ) {
    counts.onDemand += 1
    return
  }
  const target = path.join(dist, page)
  if (await cache.restore(page, published + alsoRenderedFrom, target)) {
    counts.restored += 1
    return
  }
  const html = fillTemplate(template, render(JSON.parse(published) as unknown), { deferApp: true })
  collectInlineCode(html)
  await writeFile(target, html)
  await cache.store(page, published + alsoRenderedFrom, html)
  counts.rendered += 1
}

const contentDir = path.join(dist, 'content')
const jsonFiles = async (dir: string) =>
  (await readdir(path.join(contentDir, dir)).catch(() => [])).filter((name) =>
    name.endsWith('.json'),
  )

if (entry.contentIsLocal) {
  const articles = await jsonFiles(ARTICLES_FOLDER)
  const olderPages = await jsonFiles(PAGES_FOLDER)
  await mkdir(path.join(dist, 'articles'), { recursive: true })
  await mkdir(path.join(dist, 'page'), { recursive: true })
  const progress = stepProgress('prerender', articles.length + olderPages.length + 1)
  // Rendering is synchronous; a few pages in flight let file reads and writes overlap it.
  await mapWithConcurrency(articles, 8, async (file) => {
    const slug = file.replace(/\.json$/, '')
    await prerender(
      path.join(contentDir, articleFile(slug)),
      `articles/${slug}.html`,
      (json) => entry.prerenderArticle(json, slug),
      { recentOnly: true },
    )
    progress.tick()
  })
  await mapWithConcurrency(olderPages, 8, async (file) => {
    const number = Number(file.replace(/\.json$/, ''))
    await prerender(
      path.join(contentDir, frontPageFile(number)),
      `page/${number}.html`,
      renderMode.mode === 'static' ? (json) => entry.prerenderFrontPage(json, number) : undefined,
    )
    progress.tick()
  })
  // The same older pages by bucket (for publish and the on-demand server): published, never rendered.
  await mapWithConcurrency(await jsonFiles(BUCKETS_FOLDER), 8, async (file) => {
    await prerender(path.join(contentDir, BUCKETS_FOLDER, file), '', undefined)
    counts.onDemand -= 1
  })
  await prerender(path.join(contentDir, frontPageFile(1)), 'index.html', (json) =>
    entry.prerenderFrontPage(json, 1),
  )
  await writeRenderManifest(dist, renderMode)
  progress.done()
  // Section, author and topic pages (build/prerender/listing-pages.ts).
  const listingJobs = await listingPageJobs(contentDir, dist)
  const listingProgress = stepProgress('listings', listingJobs.length)
  await mapWithConcurrency(listingJobs, 8, async (job) => {
    const profile = job.profileFile === undefined ? undefined : await publishFile(job.profileFile)
    // On demand, a listing's older pages are the handler's (made from buckets, so a publish never
    // renumbers them); a static host needs every one.
    const rendered = renderMode.mode === 'static' || job.page === 1
    await prerender(
      job.jsonFile,
      job.htmlFile,
      rendered
        ? (json) =>
            renderListing(
              entry,
              job,
              json,
              profile === undefined ? undefined : (JSON.parse(profile) as unknown),
            )
        : undefined,
      // Two topics carried by the same stories have the same index file: the page's own address and the
      // profile are part of what it is rendered from.
      { alsoRenderedFrom: `\n${job.htmlFile}\n${profile ?? ''}` },
    )
    listingProgress.tick()
  })
  listingProgress.done()
  // The search page, empty: its index is built below from the same content (build/prerender/search-page.ts).
  const search = await searchPageHtml(entry, template)
  collectInlineCode(search)
  await writeFile(path.join(dist, 'search.html'), search)
  await mapWithConcurrency(await listingBucketFiles(contentDir), 8, async (file) => {
    await prerender(file, '', undefined)
    counts.onDemand -= 1
  })
} else {
  // Content from another origin can change after the build: every page is rendered in the browser.
  await writeFile(path.join(dist, 'index.html'), shell)
}
await cache.save()

// Feeds, sitemaps, robots.txt and the search index, from the content step's records (build/syndication).
const syndication = entry.contentIsLocal
  ? await writeSiteSyndication(entry.siteConfig, dist)
  : undefined
if (!entry.contentIsLocal) await writePlainRobots(dist)

await writeSecurityHeaders({
  inlineScripts: [...inline.scripts],
  inlineStyles: [...inline.styles],
  contentOrigins: [entry.contentOrigin].filter((origin) => origin !== undefined),
  imageOrigins: entry.imageOrigins,
  frameOrigins: entry.frameOrigins,
  basePath: entry.basePath,
  prerenderedSearch: entry.contentIsLocal,
})

const worker = await writeServiceWorker({
  basePath: entry.basePath,
  contentBase: entry.contentBase,
})

if (entry.siteUrl === DEFAULT_SITE_URL)
  console.warn(
    `prerender: VITE_SITE_URL is not set, so canonical URLs and social cards point at ${DEFAULT_SITE_URL}. ` +
      'Set it to the public origin (https://news.example) for a production build.',
  )
console.log(
  `prerender: ${counts.rendered.toLocaleString('en')} page(s) rendered, ${counts.restored.toLocaleString('en')} unchanged and copied from the build cache, ` +
    `${counts.onDemand.toLocaleString('en')} left to on-demand rendering (${renderMode.mode}), ` +
    `and the app shell, in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
    `service worker precaches ${worker.precached} files (${Math.round(worker.bytes / 1024)} KB)`,
)
if (syndication) console.log(syndication)
