import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import type { ContentPolicy } from '../../src/content/content-policy'
import { EMBED_PROVIDERS } from '../../src/content/embed-providers'

/** The repository's root, whichever folder a test sits in. */
export const repoRoot = path.resolve(import.meta.dirname, '../..')
const root = repoRoot

/** A file under tests/fixtures/. */
export function fixturePath(...parts: string[]): string {
  return path.join(root, 'tests/fixtures', ...parts)
}

export function readFixture(name: string): unknown {
  return JSON.parse(readFileSync(path.join(root, 'tests/fixtures', name), 'utf8')) as unknown
}

export function readSampleArticle(slug: string): unknown {
  return JSON.parse(
    readFileSync(path.join(root, 'public/content/articles', `${slug}.json`), 'utf8'),
  ) as unknown
}

export function sampleArticleSlugs(): string[] {
  return readdirSync(path.join(root, 'public/content/articles'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.replace(/\.json$/, ''))
}

export const SEED_SLUG = 'us-deep-concerns-china-alignment-russia'
export const SEED_RELATED_SLUG = 'russia-sought-aid-from-ccp-before-ukraine-invasion'

/** The policy of a site that allows one photo host and every embed provider, as the unit tests read articles. */
export const TEST_POLICY: ContentPolicy = {
  mediaOrigins: ['https://img.example'],
  embedProviders: [...EMBED_PROVIDERS],
}
