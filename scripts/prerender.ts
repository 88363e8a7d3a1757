import { mkdir, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { readVariantManifest, withVariants } from './lib/image-variants'
import {
  dist,
  fillTemplate,
  loadServerEntry,
  prepareTemplate,
  readJson,
} from './lib/prerender-pages'
import { writeServiceWorker } from './lib/service-worker'
import { writeSecurityHeaders } from './lib/write-security-headers'

// Step three of `npm run build`, after the client build (dist/) and the server build (dist-ssr/): lists the
// generated image variants in the published JSON, renders the front page and every article to static HTML
// with the article's data embedded, writes the app shell that static hosts serve for any other path, and the
// security headers (CSP hashes of exactly the inline code these pages carry).
// Settings still apply before first paint: the boot script is already in the template's <head>.

const started = performance.now()
const entry = await loadServerEntry()
const template = await prepareTemplate()
const pages: string[] = []
const writePage = async (file: string, html: string) => {
  await writeFile(file, html)
  pages.push(html)
}

const shell = fillTemplate(template, entry.prerenderShell(), { deferApp: false })
await writePage(path.join(dist, 'shell.html'), shell)

let articles = 0
if (entry.contentIsLocal) {
  const contentDir = path.join(dist, 'content')
  const variants = await readVariantManifest()
  const publish = async (file: string) => {
    const json = withVariants(await readJson(file), variants)
    await writeFile(file, JSON.stringify(json))
    return json
  }
  await mkdir(path.join(dist, 'articles'), { recursive: true })
  const files = (await readdir(path.join(contentDir, 'articles'))).filter((name) =>
    name.endsWith('.json'),
  )
  for (const file of files) {
    const slug = file.replace(/\.json$/, '')
    const page = entry.prerenderArticle(
      await publish(path.join(contentDir, 'articles', file)),
      slug,
    )
    await writePage(
      path.join(dist, 'articles', `${slug}.html`),
      fillTemplate(template, page, { deferApp: true }),
    )
    articles += 1
  }
  const frontPage = entry.prerenderFrontPage(await publish(path.join(contentDir, 'index.json')))
  await writePage(
    path.join(dist, 'index.html'),
    fillTemplate(template, frontPage, { deferApp: true }),
  )
} else {
  // Content from another origin can change after the build: every page is rendered in the browser.
  await writePage(path.join(dist, 'index.html'), shell)
}

await writeSecurityHeaders(pages, {
  contentOrigins: entry.contentOrigin === undefined ? [] : [entry.contentOrigin],
  imageOrigins: [...entry.imageHosts],
})

const worker = await writeServiceWorker()

console.log(
  `prerender: front page, ${articles} article(s) and the app shell in ${Math.round(performance.now() - started)} ms; ` +
    `service worker precaches ${worker.precached} files (${Math.round(worker.bytes / 1024)} KB)`,
)
