// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'

// The words of code that loads on demand (src/i18n/on-demand/*, messages/<part>/) and those only the server
// writes (src/i18n/server-words.ts) stay out of the first view: no module the browser's entry imports
// statically may import them. A dynamic `import()` is where the first view ends; type-only imports vanish.

const root = path.resolve(import.meta.dirname, '../../..')
const ENTRY = 'src/main.tsx'

function resolveImport(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined
  const base = path.join(path.dirname(from), specifier)
  return ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
    .map((ending) => base + ending)
    .find((file) => /\.tsx?$/.test(file) && existsSync(path.join(root, file)))
}

/** Every source file the entry reaches through static, value imports. */
function firstViewModules(): Set<string> {
  const seen = new Set<string>()
  const visit = (file: string) => {
    if (seen.has(file)) return
    seen.add(file)
    const source = readFileSync(path.join(root, file), 'utf8')
    for (const match of source.matchAll(
      /^(?:import|export)\s+(?!type\s)[^'"]*?from\s+'([^']+)'/gm,
    )) {
      const imported = match[1] === undefined ? undefined : resolveImport(file, match[1])
      if (imported !== undefined) visit(imported)
    }
  }
  visit(ENTRY)
  return seen
}

const LATER_WORDS = /^src\/i18n\/(on-demand\/|server-words\.ts|messages\/[^/]+\/)/

describe('the first view', () => {
  const modules = firstViewModules()

  test('reaches the interface catalogue and the components (the walk follows imports)', () => {
    expect(modules).toContain('src/i18n/messages/en.ts')
    expect(modules).toContain('src/features/article/ArticleView.tsx')
  })

  test('carries no words of code that loads on demand, nor of the server', () => {
    expect([...modules].filter((file) => LATER_WORDS.test(file))).toEqual([])
  })
})
