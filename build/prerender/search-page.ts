import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { ServerEntry } from './server-entry'
import { dist, fillTemplate } from './prerender-pages'

// `/search` is prerendered: its heading and labelled, empty form are on screen before any script runs, and
// its largest paint no longer waits for the app. Its own styles are in the search page's chunk (it is loaded on
// demand, so no other page carries them): inline here, allowed by their hash like every inline style.

const SEARCH_PAGE_SOURCE = 'src/features/search/SearchPage.tsx'

/** The search chunk's stylesheets, from the client build's manifest, as inline <style> elements. */
async function searchPageStyles(): Promise<string> {
  const manifest = JSON.parse(
    await readFile(path.join(dist, '.vite/manifest.json'), 'utf8'),
  ) as Record<string, { css?: string[] } | undefined>
  const sheets = manifest[SEARCH_PAGE_SOURCE]?.css ?? []
  const css = await Promise.all(sheets.map((file) => readFile(path.join(dist, file), 'utf8')))
  return css.map((sheet) => `<style>${sheet}</style>`).join('')
}

export async function searchPageHtml(entry: ServerEntry, template: string): Promise<string> {
  const page = entry.prerenderSearch()
  return fillTemplate(
    template,
    { head: `${page.head}${await searchPageStyles()}`, body: page.body },
    { deferApp: true },
  )
}
