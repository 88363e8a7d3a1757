import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { ContentSource } from '../../src/server/content-source'
import { ContentUnavailable, parseContentText } from '../../src/server/content-source'

/** Content files on this machine's disk (the build's dist/content), for the handler under Node. */
export function fileContentSource(dir: string): ContentSource {
  const root = path.resolve(dir)
  return {
    async getJson(file) {
      const target = path.resolve(root, file)
      // The handler only asks for names it built from validated slugs; this keeps that true whatever calls it.
      if (!target.startsWith(`${root}${path.sep}`)) return undefined
      let text: string
      try {
        text = await readFile(target, 'utf8')
      } catch (error) {
        if (isMissing(error)) return undefined
        throw new ContentUnavailable(`${file}: ${String(error)}`)
      }
      return parseContentText(text, file)
    },
  }
}

function isMissing(error: unknown): boolean {
  const code = error instanceof Error && 'code' in error ? error.code : undefined
  return code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR'
}
