import { mkdir, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { BUCKETS_FOLDER } from '../../src/content/content-files'
import { bucketFile, bucketOfPage } from '../../src/content/index-layout'
import { writeIfChanged } from '../shared/write-if-changed'
import type { FrontPageFile } from './front-page-index'

/** A full bucket: the stories of one older page, newest first. The page number is worked out when served. */
export interface BucketFile {
  articles: FrontPageFile['articles']
}

/** Writes buckets/<b>.json for every older page (unchanged ones are not rewritten) and removes extra ones. */
export async function writeBuckets(contentDir: string, pages: FrontPageFile[]): Promise<number> {
  await mkdir(path.join(contentDir, BUCKETS_FOLDER), { recursive: true })
  let written = 0
  const keep = new Set<string>()
  for (const page of pages.slice(1)) {
    const file = bucketFile(bucketOfPage(page.page, page.pageCount))
    keep.add(path.basename(file))
    const bucket: BucketFile = { articles: page.articles }
    if (await writeIfChanged(path.join(contentDir, file), `${JSON.stringify(bucket)}\n`))
      written += 1
  }
  const extra = (await readdir(path.join(contentDir, BUCKETS_FOLDER))).filter(
    (name) => !keep.has(name),
  )
  await Promise.all(extra.map((name) => rm(path.join(contentDir, BUCKETS_FOLDER, name))))
  return written
}
