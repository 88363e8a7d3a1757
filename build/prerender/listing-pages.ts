import { mkdir, readdir } from 'node:fs/promises'
import path from 'node:path'
import {
  authorProfileFile,
  BUCKETS_FOLDER,
  listingFile,
  listingFolder,
} from '../../src/content/content-files'
import type { ListingKind } from '../../src/content/content-files'
import { listingPath } from '../../src/content/listing-paths'
import { exists } from '../shared/exists'
import type { PrerenderedPage, ServerEntry } from './server-entry'

// The section, author and topic pages to prerender, from the index files `npm run content` wrote into the
// built content folder: /sections/world → sections/world.html, /sections/world/page/2 →
// sections/world/page/2.html, as the front page's own pages are written.

interface ListingPageJob {
  kind: ListingKind
  slug: string
  page: number
  /** The page's index file in dist/content. */
  jsonFile: string
  /** Where its HTML goes, relative to dist. */
  htmlFile: string
  /** The author's profile, beside an author's first page, when the publisher wrote one. */
  profileFile?: string
}

const KINDS: readonly ListingKind[] = ['section', 'author', 'topic']

async function folders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name)
}

async function pageNumbers(dir: string): Promise<number[]> {
  const names = await readdir(path.join(dir, 'pages')).catch(() => [])
  return names
    .map((name) => Number(name.replace(/\.json$/, '')))
    .filter((number) => Number.isInteger(number) && number >= 2)
}

export async function listingPageJobs(contentDir: string, dist: string): Promise<ListingPageJob[]> {
  const jobs: ListingPageJob[] = []
  for (const kind of KINDS) {
    for (const slug of await folders(path.join(contentDir, listingFolder(kind)))) {
      const folder = path.join(contentDir, listingFolder(kind), slug)
      if (!(await exists(path.join(folder, 'index.json')))) continue
      const profile = path.join(contentDir, authorProfileFile(slug))
      const hasProfile = kind === 'author' && (await exists(profile))
      for (const page of [1, ...(await pageNumbers(folder))]) {
        const htmlFile = `${listingPath(kind, slug, page).slice(1)}.html`
        await mkdir(path.dirname(path.join(dist, htmlFile)), { recursive: true })
        jobs.push({
          kind,
          slug,
          page,
          jsonFile: path.join(contentDir, listingFile(kind, slug, page)),
          htmlFile,
          ...(page === 1 && hasProfile && { profileFile: profile }),
        })
      }
    }
  }
  return jobs
}

/** Every listing's buckets (its older pages counted from the oldest story): published, never rendered. */
export async function listingBucketFiles(contentDir: string): Promise<string[]> {
  const files: string[] = []
  for (const kind of KINDS)
    for (const slug of await folders(path.join(contentDir, listingFolder(kind)))) {
      const dir = path.join(contentDir, listingFolder(kind), slug, BUCKETS_FOLDER)
      const names = await readdir(dir).catch(() => [])
      files.push(
        ...names.filter((name) => name.endsWith('.json')).map((name) => path.join(dir, name)),
      )
    }
  return files
}

/** Renders one listing page with the server entry's function for its kind. */
export function renderListing(
  entry: ServerEntry,
  job: ListingPageJob,
  json: unknown,
  profileJson: unknown,
): PrerenderedPage {
  switch (job.kind) {
    case 'section':
      return entry.prerenderSection(json, job.slug, job.page)
    case 'author':
      return entry.prerenderAuthor(json, job.slug, job.page, profileJson)
    case 'topic':
      return entry.prerenderTopic(json, job.slug, job.page)
  }
}
