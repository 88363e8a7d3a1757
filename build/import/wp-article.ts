import { JSDOM, VirtualConsole } from 'jsdom'
import type { JsdomWindow } from 'jsdom'
import { isContentDate } from '../../src/content/dates'
import { isUpdateAfterPublish } from '../../src/content/format'
import { LIMITS } from '../../src/content/limits'
import { SLUG_PATTERN } from '../../src/content/safe-url'
import type { DropReport } from './drop-report'
import type { BodyContext } from './html-body'
import { bodyBlocks, emptyBookkeeping, reportUnseenSlots } from './html-body'
import { decodeHtml } from './html-dom'
import { finishBlocks } from './html'
import { standfirstOf } from './html-fields'
import { protectSpecials } from './html-protect'
import { claimLeadImage } from './lead-image'
import { measureMainText } from './main-text'
import type { PhotoDraft, PhotoTally } from './photo'
import { acceptedSource, toImage } from './photo'
import { slugify } from './slug'
import { languageAndDirection } from './script-of-text'
import { hasNonLatinLetters } from './transliterate'
import { plainText } from './text'
import type { Author, ImportedArticle, Topic } from './types'
import type { PostLinks } from './wp-links'
import type { SiteOffsets } from './wp-offsets'
import { rewritePostLinks } from './wp-links'

// One WordPress post, from a WXR export or from the REST API, → an article. Both readers fill a WpPost.

export interface WpMedia {
  url: string
  alt?: string
  caption?: string
  credit?: string
  width?: number
  height?: number
  /** The attachment's title: a sound or film's name in a playlist. */
  title?: string
}

export interface WpPost {
  id: string
  title: string
  /** post_name, as stored (may be percent-encoded). */
  postName: string
  /** "2024-05-02 08:15:00" in UTC, or WordPress's 0000-00-00 for "not set". */
  dateGmt: string
  /** The same in the site's local time. */
  dateLocal: string
  modifiedGmt: string
  authors: { name: string; login?: string }[]
  categories: { name: string; slug: string }[]
  tags: { name: string; slug: string }[]
  excerptHtml: string
  /** HTML ready to read (the REST API's content.rendered, or a WXR post run through wp-content.ts). */
  html: string
  featured?: WpMedia
  /** The post's permalink and guid, by which other posts link to it. */
  link?: string
  guid?: string
  /** The slug the first pass gave it (see wp-links.ts); otherwise it is worked out here. */
  slug?: string
}

export interface WpImportState {
  siteUrl?: string
  /** The channel's <language>, for posts written in its script. */
  language?: string
  /** "+01:00": the site's offset, used when a post has no GMT date. */
  timezone?: string
  dropped: DropReport
  tally: PhotoTally
  counts: Map<string, number>
  slugs: Set<string>
  /** Attachment URL → its size, for block-editor images printed without width and height. */
  imageSizes: Map<string, { width: number; height: number }>
  /** The site's offset on each day, learnt from posts with both dates, for posts without a GMT date. */
  offsets?: SiteOffsets
  /** Every imported post's addresses, so links between posts stay on this site. */
  links?: PostLinks
}

const bump = (state: WpImportState, what: string) =>
  state.counts.set(what, (state.counts.get(what) ?? 0) + 1)

// A window is shared by many posts (a JSDOM per post costs more than the conversion), but jsdom never frees a
// document parsed into a window while the window lives: it is replaced every so many posts, so a 500 MB
// export holds at most that many posts' documents (or that much HTML, for long reads).
const POSTS_PER_WINDOW = 100
const HTML_PER_WINDOW = 2 * 1024 * 1024
let window: JsdomWindow | undefined
let parsed = { posts: 0, characters: 0 }

function documentFor(html: string): Document {
  if (
    window === undefined ||
    parsed.posts >= POSTS_PER_WINDOW ||
    parsed.characters >= HTML_PER_WINDOW
  ) {
    window?.close()
    window = new JSDOM('', { virtualConsole: new VirtualConsole() }).window
    parsed = { posts: 0, characters: 0 }
  }
  parsed.posts += 1
  parsed.characters += html.length
  return new window.DOMParser().parseFromString(html, 'text/html')
}

const NOT_SET = /^0000-00-00/

/** "2024-05-02 08:15:00" (UTC) → "2024-05-02T08:15:00Z". */
export function wpDate(value: string, offset = 'Z'): string | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})/.exec(value.trim())
  if (!match || NOT_SET.test(value)) return undefined
  const stamp = `${match[1] ?? ''}T${match[2] ?? ''}${offset}`
  return isContentDate(stamp) ? stamp : undefined
}

function publishedAt(post: WpPost, state: WpImportState): string | undefined {
  const gmt = wpDate(post.dateGmt)
  if (gmt) return gmt
  if (state.timezone) {
    const local = wpDate(post.dateLocal, state.timezone)
    if (local) {
      bump(state, 'GMT date unset: used the local time with --timezone')
      return local
    }
  }
  const learnt = state.offsets?.near(post.dateLocal)
  const fromNearby = learnt === undefined ? undefined : wpDate(post.dateLocal, learnt)
  if (fromNearby) {
    bump(
      state,
      'GMT date unset: used the site UTC offset shown by the export’s other posts (pass --timezone to set it)',
    )
    return fromNearby
  }
  const day = /^(\d{4}-\d{2}-\d{2})/.exec(post.dateLocal)?.[1]
  if (day !== undefined && !NOT_SET.test(day) && isContentDate(day)) {
    bump(
      state,
      'date only: WordPress left the GMT date unset and the export does not record the site timezone (pass --timezone +01:00 to keep the time)',
    )
    return day
  }
  bump(state, 'no date at all')
  return undefined
}

function validSlug(value: string): string | undefined {
  return value !== '' && value.length <= 200 && SLUG_PATTERN.test(value) ? value : undefined
}

/**
 * post_name is the slug when it is one. WordPress stores a non-Latin name percent-encoded
 * ("%d8%a7%d9%84…", "%d0%bd%d0%be…"): it is decoded and transliterated ("الحكومة" → "alhkwma",
 * "новости" → "novosti"); a name or title in a script without a table (Chinese, Thai…) gives post-<id>.
 * Every rule depends on the post alone, so a re-run writes the same files.
 */
export function slugOf(
  post: Pick<WpPost, 'id' | 'title' | 'postName'>,
  state: WpImportState,
): string {
  let decoded = post.postName
  try {
    decoded = decodeURIComponent(post.postName)
  } catch {
    // A malformed escape: the name as stored.
  }
  const title = plainText(decodeHtml(post.title))
  const fromName = slugify(decoded)
  const fromTitle = fromName === '' ? slugify(title) : ''
  const stored = validSlug(post.postName)
  const base =
    stored ?? (fromName || fromTitle || `post-${post.id.replace(/\D/g, '') || 'untitled'}`)
  if (stored === undefined) {
    if (fromName !== '' && hasNonLatinLetters(decoded))
      bump(state, 'slug transliterated from a non-Latin post_name (percent-encoded UTF-8, decoded)')
    else if (fromName !== '') bump(state, 'slug cleaned from post_name (not a-z, 0-9 and hyphens)')
    else if (fromTitle !== '')
      bump(
        state,
        hasNonLatinLetters(title)
          ? 'slug transliterated from the title (post_name empty or unreadable)'
          : 'slug made from the title (post_name empty or unreadable)',
      )
    else
      bump(
        state,
        'slug post-<id>: post_name and title have no letters that can be written in a-z (e.g. Chinese, Thai); rename by hand if you like',
      )
  }
  // Two posts with one post_name (a trashed copy, a multisite merge) must not overwrite each other.
  const slug = state.slugs.has(base) ? `${base}-${post.id}` : base
  state.slugs.add(slug)
  return slug
}

function topicOf(term: { name: string; slug: string }): Topic | undefined {
  const name = plainText(decodeHtml(term.name)).slice(0, LIMITS.shortText)
  if (name === '') return undefined
  const slug = validSlug(term.slug)
  return slug ? { name, slug } : name
}

function featuredDraft(media: WpMedia | undefined, state: WpImportState): PhotoDraft | undefined {
  if (!media) return undefined
  const src = acceptedSource(media.url, media.width, media.height, {
    pageUrl: state.siteUrl,
    tally: state.tally,
  })
  if (src === undefined) return undefined
  return {
    src,
    alt: plainText(decodeHtml(media.alt ?? '')),
    ...(media.caption ? { caption: plainText(decodeHtml(media.caption)) || undefined } : {}),
    ...(media.credit ? { credit: plainText(decodeHtml(media.credit)) || undefined } : {}),
    width: media.width,
    height: media.height,
  }
}

/** Old uploads are often addressed as http: on the site's own host, which serves https too. */
function upgradeOwnHttp(html: string, siteUrl: string | undefined): string {
  if (siteUrl === undefined) return html
  const host = new URL(siteUrl).host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return html.replace(
    new RegExp(`(\\s(?:src|href|poster|srcset)=["'])http://(${host})`, 'gi'),
    '$1https://$2',
  )
}

/** A post's language and direction from its words: the site's language unless the post is in another script. */
function directionOf(
  text: string,
  language: string | undefined,
  state: WpImportState,
): { language?: string; dir?: 'rtl' } {
  const { mismatch, ...found } = languageAndDirection(text, language)
  if (mismatch)
    bump(
      state,
      `no language tag: written in another script than the site's language (${language ?? ''}); add "language" by hand`,
    )
  return found
}

/** A published post → an article, or undefined when it has no headline and no body the format can show. */
export function articleFromPost(post: WpPost, state: WpImportState): ImportedArticle | undefined {
  const document = documentFor(
    `<!doctype html><html><body>${upgradeOwnHttp(post.html, state.siteUrl)}</body></html>`,
  )
  const linked = rewritePostLinks(document.body, state.links)
  if (linked > 0) bump(state, 'links to other imported posts pointed at their articles here')
  const { slots } = protectSpecials(document)
  const context: BodyContext = {
    pageUrl: state.siteUrl,
    markupInText: { count: 0 },
    tally: state.tally,
    imageSizes: state.imageSizes,
    dropped: state.dropped,
    slots,
    ...emptyBookkeeping(),
    page: measureMainText(document.body),
  }
  const drafts = bodyBlocks(document.body, context)
  reportUnseenSlots(context)
  const claimed = claimLeadImage(featuredDraft(post.featured, state), drafts)
  const body = finishBlocks(claimed.blocks, state.tally)
  let headline = plainText(decodeHtml(post.title)).slice(0, LIMITS.shortText)
  if (headline === '') {
    bump(state, 'untitled post: headline "Untitled"')
    headline = 'Untitled'
  }
  if (body.length === 0) {
    bump(state, 'post with no content the format can show (not imported)')
    return undefined
  }
  const authors: Author[] = post.authors.flatMap((author) => {
    const name = plainText(decodeHtml(author.name)).slice(0, LIMITS.shortText)
    const slug = author.login === undefined ? undefined : slugify(author.login)
    return name === '' ? [] : [{ name, ...(slug ? { slug } : {}) }]
  })
  if (authors.length === 0) bump(state, 'no author: byline "Staff"')
  const category = post.categories.find((term) => term.slug !== 'uncategorized')
  const section = category ? plainText(decodeHtml(category.name)).slice(0, LIMITS.shortText) : ''
  if (section === '') bump(state, 'no category: section "News"')
  const topics = post.tags.flatMap((term) => topicOf(term) ?? []).slice(0, LIMITS.topics)
  // WordPress fills an empty excerpt with the post's opening words; that is not a standfirst.
  const standfirst = standfirstOf(plainText(decodeHtml(post.excerptHtml)) || undefined, body) ?? ''
  const published = publishedAt(post, state)
  const modified = wpDate(post.modifiedGmt)
  const updated =
    modified !== undefined &&
    published !== undefined &&
    modified !== published &&
    isUpdateAfterPublish(published, modified)
      ? modified
      : undefined
  const sectionSlug = category ? validSlug(category.slug) : undefined
  const leadImage = claimed.lead ? toImage(claimed.lead, state.tally) : undefined
  return {
    version: 2,
    slug: post.slug ?? slugOf(post, state),
    headline,
    ...(standfirst === '' ? {} : { standfirst }),
    section: section === '' ? 'News' : section,
    ...(sectionSlug && section !== '' ? { sectionSlug } : {}),
    ...(published ? { publishedAt: published } : {}),
    ...(updated ? { updatedAt: updated } : {}),
    ...directionOf(
      `${headline} ${document.body.textContent}`.slice(0, 5000),
      state.language,
      state,
    ),
    byline: authors.length > 0 ? authors.slice(0, LIMITS.authors) : [{ name: 'Staff' }],
    ...(topics.length > 0 ? { topics } : {}),
    ...(leadImage ? { leadImage } : {}),
    body,
  }
}
