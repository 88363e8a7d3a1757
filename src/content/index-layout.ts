import { BUCKETS_FOLDER } from './content-files'
// How the front page's index is cut into files so that publishing never rewrites the archive. Stories are
// counted from the oldest into fixed buckets of STORIES_PER_PAGE; a bucket, once full, never changes again
// (a correction aside). The front page (page 1) holds every newer story: between one and two pages' worth,
// so a new story changes page 1 only, and every STORIES_PER_PAGE stories its oldest page's worth becomes the
// next bucket. Page n (n ≥ 2) is bucket pageCount − n, newest first: the reader's numbering is unchanged.
// No imports: the build, the publish step and the on-demand server all use these.

/** Stories on one page of the front page: a screenful or two on a phone, one request of a few KB. */
export const STORIES_PER_PAGE = 30

/** Full buckets for `count` stories: the front page keeps at least one page's worth (all of them below two). */
export function bucketCount(count: number, perPage = STORIES_PER_PAGE): number {
  return Math.max(0, Math.floor(count / perPage) - 1)
}

export function pageCountOf(count: number, perPage = STORIES_PER_PAGE): number {
  return bucketCount(count, perPage) + 1
}

/** The bucket shown as page `page` (≥ 2) of `pageCount`; 0 is the oldest. */
export function bucketOfPage(page: number, pageCount: number): number {
  return pageCount - page
}

export function pageOfBucket(bucket: number, pageCount: number): number {
  return pageCount - bucket
}

/** Where a full bucket lives, beside the reader's pages/<n>.json. */
export function bucketFile(bucket: number): string {
  return `${BUCKETS_FOLDER}/${String(bucket)}.json`
}
