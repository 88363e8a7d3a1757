import { execFileSync } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ArticleRecord } from '../../build/content/validate-articles'
import { validateArticles } from '../../build/content/validate-articles'
import { articlesDir, root } from '../../build/shared/paths'
import type { SyndicationItem } from '../../build/syndication/syndication-items'
import { toSyndicationItem } from '../../build/syndication/syndication-items'

// Feeds and sitemaps are tested on the sample content as the content step records it, and on copies of
// those records with other slugs and dates where a test needs many stories.

export const SITE = { siteUrl: 'https://news.example', basePath: '/' }

export async function sampleRecords(): Promise<ArticleRecord[]> {
  const { articles, problems } = await validateArticles(articlesDir)
  if (problems.length > 0) throw new Error('the sample content has problems')
  return articles
}

export async function sampleItems(): Promise<SyndicationItem[]> {
  return (await sampleRecords()).map((record) => toSyndicationItem(record, SITE))
}

/** `count` stories shaped like `record`, one an hour back from `newest`. */
export function manyRecords(record: ArticleRecord, count: number, newest: Date): ArticleRecord[] {
  return Array.from({ length: count }, (_, index) => {
    const slug = `story-${String(index + 1).padStart(5, '0')}`
    const publishedAt = new Date(newest.getTime() - index * 3_600_000).toISOString()
    return {
      ...record,
      slug,
      file: `public/content/articles/${slug}.json`,
      summary: { ...record.summary, slug, publishedAt, headline: `Story ${index + 1}` },
      syndication: { ...record.syndication, updatedAt: undefined, digest: slug },
    }
  })
}

const XSD_DIR = path.join(root, 'tests/support/xsd')
export const XSD = {
  sitemap: path.join(root, 'node_modules/sitemap/schema/sitemap.xsd'),
  index: path.join(XSD_DIR, 'siteindex.xsd'),
  news: path.join(XSD_DIR, 'news-sitemap.xsd'),
}

/** Validates XML against a schema with xmllint (libxml2-utils); returns its complaints, '' when valid. */
export async function xmllintProblems(xml: string, schema: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'broadsheet-xmllint-'))
  const file = path.join(dir, 'document.xml')
  await writeFile(file, xml)
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { stdio: 'pipe' })
    return ''
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error)
    return stderr
  }
}
