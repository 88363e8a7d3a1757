import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { SiteConfig } from '../../src/config/site-config'
import { root } from '../shared/paths'

export interface PrerenderedPage {
  head: string
  body: string
}

/** What the SSR build of src/server/entry-server.tsx exports. */
export interface ServerEntry {
  prerenderArticle(json: unknown, slug: string): PrerenderedPage
  prerenderFrontPage(json: unknown, page: number): PrerenderedPage
  prerenderSection(json: unknown, slug: string, page: number): PrerenderedPage
  prerenderAuthor(json: unknown, slug: string, page: number, profileJson?: unknown): PrerenderedPage
  prerenderTopic(json: unknown, slug: string, page: number): PrerenderedPage
  prerenderShell(): PrerenderedPage
  contentIsLocal: boolean
  contentOrigin: string | undefined
  imageOrigins: string[]
  frameOrigins: string[]
  basePath: string
  contentBase: string
  siteUrl: string
  siteConfig: SiteConfig
}

export const dist = path.join(root, 'dist')
export const ssrDir = path.join(root, 'dist-ssr')
const ROOT_ELEMENT = '<div id="root"></div>'
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

const APP_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/

/**
 * A prerendered page is readable before any JavaScript runs, so the app's script waits for the first paint:
 * it then never competes with the headline and lead photo, and the page paints as early as plain HTML would.
 * A hidden tab (no animation frames) still loads it within a second.
 */
export function deferredAppLoader(src: string): string {
  // Under Trusted Types a script URL must come from a named policy; this one allows exactly the app's script.
  const url = JSON.stringify(src)
  return `<script>(function(){var done=false;var tt=window.trustedTypes&&trustedTypes.createPolicy('broadsheet-loader',{createScriptURL:function(u){if(u!==${url})throw new TypeError('unexpected script');return u}});function load(){if(done)return;done=true;var s=document.createElement('script');s.type='module';s.src=tt?tt.createScriptURL(${url}):${url};document.head.appendChild(s)}addEventListener('DOMContentLoaded',function(){requestAnimationFrame(function(){setTimeout(load,0)});setTimeout(load,1000)})})()</script>`
}

export interface FillOptions {
  /** Prerendered content is on screen without the app: load its script after the first paint. */
  deferApp: boolean
}

export function fillTemplate(
  template: string,
  page: PrerenderedPage,
  options: FillOptions,
): string {
  // A page with a description of its own replaces the template's generic one.
  const ownDescription = page.head.includes('name="description"')
  const html = (
    ownDescription ? template.replace(/<meta\s+name="description"[^>]*>\s*/, '') : template
  )
    .replace(/<title>[^<]*<\/title>/, () => page.head)
    .replace(ROOT_ELEMENT, () => `<div id="root">${page.body}</div>`)
  if (!options.deferApp) return html
  const script = APP_SCRIPT.exec(html)
  if (!script?.[1]) throw new Error('The template has no module script for the app.')
  return html.replace(script[0], () => deferredAppLoader(script[1] ?? ''))
}

export async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8')) as unknown
}
