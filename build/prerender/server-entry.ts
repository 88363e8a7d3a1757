import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type * as ServerEntryModule from '../../src/server/entry-server'
import { root } from '../shared/paths'

// The prerenderer runs the SSR build (dist-ssr/entry-server.js), never the source: the source is TSX for a
// browser-like bundle. Its shape is the source module's own type, so the two cannot drift apart silently.

export type ServerEntry = typeof ServerEntryModule
export type PrerenderedPage = ReturnType<ServerEntry['prerenderShell']>

export const ssrDir = path.join(root, 'dist-ssr')

// What each export is at run time; keyed by the module's own export names, so a new export must be listed.
const EXPORT_KINDS: Record<keyof ServerEntry, readonly string[]> = {
  prerenderArticle: ['function'],
  prerenderFrontPage: ['function'],
  prerenderShell: ['function'],
  prerenderSection: ['function'],
  prerenderAuthor: ['function'],
  prerenderTopic: ['function'],
  prerenderSearch: ['function'],
  frameOrigins: ['object'],
  prerenderNotFound: ['function'],
  prerenderUnreachable: ['function'],
  prerenderUnreadable: ['function'],
  fallbackHtml: ['string'],
  siteConfig: ['object'],
  contentIsLocal: ['boolean'],
  contentOrigin: ['string', 'undefined'],
  imageOrigins: ['object'],
  basePath: ['string'],
  contentBase: ['string'],
  siteUrl: ['string'],
}

function isServerEntry(module: unknown): module is ServerEntry {
  if (typeof module !== 'object' || module === null) return false
  return Object.entries(EXPORT_KINDS).every(([name, kinds]) => {
    const value: unknown = Reflect.get(module, name)
    return kinds.includes(typeof value)
  })
}

/** Loads the SSR build, and refuses one that does not export what this checkout's source does (a stale build). */
export async function loadServerEntry(): Promise<ServerEntry> {
  const file = path.join(ssrDir, 'entry-server.js')
  const module: unknown = await import(pathToFileURL(file).href)
  if (!isServerEntry(module))
    throw new Error(`${file} is not this checkout's server build: run \`npm run build\`.`)
  return module
}
