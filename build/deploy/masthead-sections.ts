import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Plugin } from 'vite'
import { isMastheadSection } from '../../src/content/masthead-section.ts'
import type { MastheadSection } from '../../src/content/masthead-section.ts'

// The masthead's sections, in the publisher's order, from the content folder's sections.json: compiled into
// the app (browser and server builds alike), so every page's masthead has them with no request and nothing
// moves when the app starts. `npm run content` holds the file to its schema (src/content/sections-format.ts);
// here only the shape the masthead needs is kept, and a missing file means no section links.

const SECTIONS_GLOBAL = '__BROADSHEET_SECTIONS__'

function readMastheadSections(file: string): MastheadSection[] {
  let json: unknown
  try {
    json = JSON.parse(readFileSync(file, 'utf8')) as unknown
  } catch {
    return []
  }
  const list =
    typeof json === 'object' && json !== null && 'sections' in json ? json.sections : undefined
  return Array.isArray(list)
    ? list.filter(isMastheadSection).map(({ slug, name }) => ({ slug, name: name.trim() }))
    : []
}

export function mastheadSections(root: string): Plugin {
  const file = path.join(root, 'public/content/sections.json')
  return {
    name: 'broadsheet:masthead-sections',
    config: () => ({ define: { [SECTIONS_GLOBAL]: JSON.stringify(readMastheadSections(file)) } }),
  }
}
