import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { root } from './lib/paths'

// Step three of `npm run build`, after the client build (dist/) and the server build (dist-ssr/): renders the
// front page and every article to static HTML with the article's data embedded, and writes the app shell that
// static hosts serve for any other path. Settings still apply before first paint: the boot script is already
// in the template's <head>.

interface PrerenderedPage {
  head: string
  body: string
}

interface ServerEntry {
  prerenderArticle(json: unknown, slug: string): PrerenderedPage
  prerenderFrontPage(json: unknown): PrerenderedPage
  prerenderShell(): PrerenderedPage
  contentIsLocal: boolean
}

const dist = path.join(root, 'dist')
const ROOT_ELEMENT = '<div id="root"></div>'

async function loadTemplate(): Promise<string> {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8')
  if (!html.includes(ROOT_ELEMENT))
    throw new Error('dist/index.html is not the client build’s template: run `vite build` first.')
  // The stylesheet is small (a few KB compressed): inline, it saves a round trip before the first paint.
  const stylesheet = /<link rel="stylesheet"[^>]*href="(\/assets\/[^"]+\.css)"[^>]*>/.exec(html)
  if (!stylesheet?.[1]) return html
  const css = await readFile(path.join(dist, stylesheet[1]), 'utf8')
  return html.replace(stylesheet[0], () => `<style>${css}</style>`)
}

function fill(template: string, page: PrerenderedPage): string {
  return template
    .replace(/<title>[^<]*<\/title>/, () => page.head)
    .replace(/<meta name="description"[^>]*>\n?\s*/, '')
    .replace(ROOT_ELEMENT, () => `<div id="root">${page.body}</div>`)
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8')) as unknown
}

const started = performance.now()
const entry = (await import(
  pathToFileURL(path.join(root, 'dist-ssr/entry-server.js')).href
)) as ServerEntry
const template = await loadTemplate()

await writeFile(path.join(dist, 'shell.html'), fill(template, entry.prerenderShell()))

let articles = 0
if (entry.contentIsLocal) {
  const contentDir = path.join(dist, 'content')
  await mkdir(path.join(dist, 'articles'), { recursive: true })
  const files = (await readdir(path.join(contentDir, 'articles'))).filter((name) =>
    name.endsWith('.json'),
  )
  for (const file of files) {
    const slug = file.replace(/\.json$/, '')
    const page = entry.prerenderArticle(
      await readJson(path.join(contentDir, 'articles', file)),
      slug,
    )
    await writeFile(path.join(dist, 'articles', `${slug}.html`), fill(template, page))
    articles += 1
  }
  await writeFile(
    path.join(dist, 'index.html'),
    fill(template, entry.prerenderFrontPage(await readJson(path.join(contentDir, 'index.json')))),
  )
} else {
  // Content from another origin can change after the build: every page is rendered in the browser.
  await writeFile(path.join(dist, 'index.html'), fill(template, entry.prerenderShell()))
}

console.log(
  `prerender: front page, ${articles} article(s) and the app shell in ${Math.round(performance.now() - started)} ms`,
)
