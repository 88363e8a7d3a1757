import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { root } from '../shared/paths'
import { ROOT_ELEMENT } from '../../src/server/page-template'

export interface PrerenderedPage {
  head: string
  body: string
}

/** What the SSR build of src/server/entry-server.tsx exports. */
export interface ServerEntry {
  prerenderArticle(json: unknown, slug: string): PrerenderedPage
  prerenderFrontPage(json: unknown, page: number): PrerenderedPage
  prerenderShell(): PrerenderedPage
  prerenderNotFound(path?: string): PrerenderedPage
  prerenderUnreadable(error: unknown, what: string, path: string): PrerenderedPage
  prerenderUnreachable(what: string, path: string): PrerenderedPage
  contentIsLocal: boolean
  contentOrigin: string | undefined
  imageOrigins: string[]
  basePath: string
  contentBase: string
  siteUrl: string
}

export const dist = path.join(root, 'dist')
export const ssrDir = path.join(root, 'dist-ssr')
// The client build's index.html with the stylesheet inlined, kept for anything that renders pages later.
const SAVED_TEMPLATE = path.join(ssrDir, 'template.html')

export async function loadServerEntry(): Promise<ServerEntry> {
  return (await import(pathToFileURL(path.join(ssrDir, 'entry-server.js')).href)) as ServerEntry
}

/** Reads the client build's index.html once, inlines its stylesheet, and saves it as the page template. */
export async function prepareTemplate(): Promise<string> {
  const html = await readFile(path.join(dist, 'index.html'), 'utf8')
  if (!html.includes(ROOT_ELEMENT))
    throw new Error('dist/index.html is not the client build’s template: run `vite build` first.')
  // The stylesheet is small (a few KB compressed): inline, it saves a round trip before the first paint.
  const stylesheet = /<link rel="stylesheet"[^>]*href="[^"]*\/(assets\/[^"]+\.css)"[^>]*>/.exec(
    html,
  )
  const css = stylesheet?.[1] ? await readFile(path.join(dist, stylesheet[1]), 'utf8') : undefined
  const template =
    stylesheet && css !== undefined
      ? html.replace(stylesheet[0], () => `<style>${css}</style>`)
      : html
  await writeFile(SAVED_TEMPLATE, template)
  return template
}

export async function savedTemplate(): Promise<string> {
  return readFile(SAVED_TEMPLATE, 'utf8')
}

// Shared with the on-demand handler (src/server/handler.ts), so both make the same bytes.
export { deferredAppLoader, fillTemplate } from '../../src/server/page-template'
export type { FillOptions } from '../../src/server/page-template'

export async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8')) as unknown
}
