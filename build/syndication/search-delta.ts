import { readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { CustomRecord } from 'pagefind'
import { contentPolicyOf } from '../../src/config/site-config'
import { articleFile } from '../../src/content/content-files'
import { parseArticle } from '../../src/content/parse'
import { articlePath } from '../../src/content/site-paths'
import { toArticleView } from '../../src/content/view-model'
import type { ArticleRecord } from '../content/validate-articles'
import { loadServerEntry } from '../prerender/server-entry'
import type { PublishedStory } from '../publish/hooks'
import { articleParagraphs } from './article-text'
import { mainIndexId } from './search-ids'
import { DELTA_FOLDER, DELTA_MANIFEST, searchRecord, writePagefindBundle } from './search-index'
import type { DeltaManifest, DeltaStory } from './search-index'
import { toSyndicationItem } from './syndication-items'
import type { SiteAddress } from './syndication-items'
import { SEARCH_INDEX_DIR } from './write-syndication'

// The search index after `npm run publish`. Pagefind cannot add a page to a built index, and rebuilding the
// whole index is work in proportion to the archive (about a minute at 10,000 stories). So each publish
// writes a small second index, the delta, of the stories published or corrected since the last full build,
// which the reader's search merges with the main one (Pagefind's mergeIndex). A corrected story's delta
// record supersedes its copy in the main index, named by that copy's id (search-ids.ts). The next full build indexes every story afresh and
// empties the delta. The work here grows with the stories published since that build, never with the archive.

/** The delta's records, kept beside it so the next publish can rebuild it (Pagefind has no append). */
const DELTA_RECORDS = 'records.json'

interface DeltaEntry {
  record: CustomRecord
  /** The story's id in the main index, if it has a copy there. */
  replaces: string | null
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/** The main index's one language (the build forces one): the delta must be written in the same. */
async function mainLanguage(indexDir: string): Promise<string | undefined> {
  let entry: unknown
  try {
    entry = JSON.parse(await readFile(path.join(indexDir, 'pagefind-entry.json'), 'utf8'))
  } catch {
    return undefined
  }
  return isRecord(entry) && isRecord(entry.languages) ? Object.keys(entry.languages)[0] : undefined
}

async function readDeltaEntries(deltaDir: string): Promise<Map<string, DeltaEntry>> {
  try {
    // Our own file, written below by the previous publish.
    const stored = JSON.parse(await readFile(path.join(deltaDir, DELTA_RECORDS), 'utf8')) as [
      string,
      DeltaEntry,
    ][]
    return new Map(stored)
  } catch {
    return new Map()
  }
}

function recordOf(story: PublishedStory, site: SiteAddress, paragraphs: string[]): CustomRecord {
  const article = parseArticle(story.article, articleFile(story.slug))
  // What the search record is made of; the rest of a content record (links, photos) it does not read.
  const record: ArticleRecord = {
    file: articleFile(story.slug),
    slug: story.slug,
    summary: story.summary,
    links: [],
    images: [],
    mediaUrls: [],
    syndication: { digest: '', updatedAt: article.updatedAt, language: article.language },
  }
  return searchRecord({
    item: toSyndicationItem(record, site),
    path: `${site.basePath}${articlePath(story.slug).slice(1)}`,
    paragraphs,
  })
}

/** The publish hook: puts the story into the delta index, when the site has a search index at all. */
export async function addToSearchIndex(
  story: PublishedStory,
): Promise<{ files: string[]; keys: string[] }> {
  const indexDir = path.join(story.dist, SEARCH_INDEX_DIR)
  const language = await mainLanguage(indexDir)
  if (language === undefined) return { files: [], keys: [] }
  const { siteConfig } = await loadServerEntry()
  const policy = contentPolicyOf(siteConfig)
  const view = toArticleView(
    parseArticle(story.article, articleFile(story.slug)),
    story.slug,
    policy,
  )
  const record = recordOf(story, siteConfig, articleParagraphs(view))

  const deltaDir = path.join(indexDir, DELTA_FOLDER)
  const entries = await readDeltaEntries(deltaDir)
  // Looked up once, at the story's first publish since the build: the main index does not change until then.
  const replaces =
    entries.get(story.slug)?.replaces ?? (await mainIndexId(indexDir, record.url)) ?? null
  entries.set(story.slug, { record, replaces })

  await writePagefindBundle(
    [...entries.values()].map((entry) => entry.record),
    deltaDir,
    language,
  )
  await writeFile(path.join(deltaDir, DELTA_RECORDS), JSON.stringify([...entries]))
  const stories: DeltaStory[] = [...entries.values()].map((entry) => ({
    url: entry.record.url,
    replaces: entry.replaces,
  }))
  const manifest: DeltaManifest = { version: 1, stories }
  await writeFile(path.join(indexDir, DELTA_MANIFEST), `${JSON.stringify(manifest)}\n`)
  // The index's files are served with max-age=0 and must-revalidate (build/deploy): no key to purge.
  return {
    files: [`${SEARCH_INDEX_DIR}/${DELTA_MANIFEST}`, `${SEARCH_INDEX_DIR}/${DELTA_FOLDER}/`],
    keys: [],
  }
}
