import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { root } from '../shared/paths'
import { ssrDir } from './server-entry'
import { ROOT_ELEMENT } from '../../src/content/page-template'

export const dist = path.join(root, 'dist')
// The client build's index.html with the stylesheet inlined, kept for anything that renders pages later.
const SAVED_TEMPLATE = path.join(ssrDir, 'template.html')

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
export { fillTemplate } from '../../src/content/page-template'

export async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8')) as unknown
}
