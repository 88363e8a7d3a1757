import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { createHandler } from '../../../src/server/handler'
import type { HandlerOptions } from '../../../src/server/handler'
import type { ContentSource } from '../../../src/server/content-source'
import type { PageRenderer } from '../../../src/server/page-types'
import { dist, savedTemplate } from '../../../build/prerender/prerender-pages'
import { loadServerEntry, ssrDir } from '../../../build/prerender/server-entry'
import { fileContentSource } from '../../../build/serve/file-content'

export { dist, ssrDir }
export const distContent = path.join(dist, 'content')

/** These tests are about the production build: without one they fail and say what to run. */
export function requireBuild(): void {
  for (const file of ['entry-server.js', 'template.html', 'security-headers.json'])
    if (!existsSync(path.join(ssrDir, file)))
      throw new Error(`dist-ssr/${file} is missing: run \`npm run build\` before these tests.`)
}

export async function builtRenderer(): Promise<PageRenderer> {
  requireBuild()
  return loadServerEntry()
}

export async function builtHandler(
  options: Partial<HandlerOptions> & { content?: ContentSource } = {},
) {
  return createHandler({
    renderer: await builtRenderer(),
    template: await savedTemplate(),
    content: options.content ?? fileContentSource(distContent),
    log: () => undefined,
    ...options,
  })
}

export async function builtFile(relative: string): Promise<string> {
  return readFile(path.join(dist, relative), 'utf8')
}

/** A content source over an in-memory map of file → text, as a KV namespace would hold it. */
export function memoryContent(files: Record<string, string>): ContentSource {
  return fileLike((file) => files[file])
}

function fileLike(read: (file: string) => string | undefined): ContentSource {
  return {
    async getJson(file) {
      const { parseContentText } = await import('../../../src/server/content-source')
      const text = read(file)
      return text === undefined ? undefined : parseContentText(text, file)
    },
  }
}

export const page = (path: string, init?: RequestInit) =>
  new Request(`http://127.0.0.1${path}`, init)

/** The page as a reader's assistive technology would see it: query by role and name. */
export async function screenOf(html: string) {
  const { JSDOM } = await import('jsdom')
  const { within } = await import('@testing-library/dom')
  return within(new JSDOM(html).window.document.body)
}
