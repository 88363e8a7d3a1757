import { mkdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { strictArticleSchema } from '../../src/content/format'
import { problemsOf } from '../../src/content/problems'
import type { ProgressStream } from '../shared/progress'
import { createProgress } from '../shared/progress'
import { writeIfChanged } from '../shared/write-if-changed'
import { DropReport } from './drop-report'
import { emptyTally, tallyNotes } from './photo'
import { count } from './text'
import { countDisallowedOrigins, sitePolicy } from '../content/media-origins'
import type { WpImportState, WpMedia, WpPost } from './wp-article'
import { articleFromPost, slugOf } from './wp-article'
import { WpAuthors } from './wp-authors'
import { PostLinks } from './wp-links'
import { SiteOffsets } from './wp-offsets'
import type { PhpValue } from './php-serialized'
import { phpPath, unserialize } from './php-serialized'
import { contentHtml } from './wp-content'
import { readWxr } from './wxr-reader'
import type { WxrItem } from './wxr-reader'

export interface WpImportOptions {
  outDir: string
  /** The site's UTC offset ("+01:00"), for posts whose GMT date WordPress left unset. */
  timezone?: string
  progress?: ProgressStream
}

export interface WpImportSummary {
  created: string[]
  updated: string[]
  unchanged: number
  /** "draft post" → 3, "page" → 2, … */
  skipped: Map<string, number>
  /** Posts whose conversion failed the strict schema, with the first problem. */
  failed: string[]
  notes: string[]
  /** Origin → articles with media from it that the site does not allow yet. */
  disallowedOrigins: Map<string, number>
}

export function newState(siteUrl: string | undefined, timezone: string | undefined): WpImportState {
  return {
    siteUrl,
    timezone,
    dropped: new DropReport(),
    tally: emptyTally(),
    counts: new Map(),
    slugs: new Set(),
    imageSizes: new Map(),
  }
}

function httpsSite(url: string): string | undefined {
  const value = url.trim().replace(/^http:/, 'https:')
  try {
    return /^https:\/\//.test(value) ? new URL(value).href : undefined
  } catch {
    return undefined
  }
}

/** A text or number out of WordPress's PHP-serialized attachment metadata, empty strings as absent. */
function metaText(metadata: PhpValue | undefined, ...keys: string[]): string | undefined {
  const value = phpPath(metadata, ...keys)
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : ''
  return text.trim() === '' ? undefined : text.trim()
}

export function mediaOf(item: WxrItem): WpMedia {
  const metadata = unserialize(item.meta.get('_wp_attachment_metadata'))
  const width = Number(metaText(metadata, 'width'))
  const height = Number(metaText(metadata, 'height'))
  // Media Credit's own field first, then the photo's EXIF credit, then its copyright line.
  const credit =
    item.meta.get('_media_credit')?.trim() ||
    item.meta.get('credit')?.trim() ||
    metaText(metadata, 'image_meta', 'credit') ||
    metaText(metadata, 'image_meta', 'copyright')
  const alt = item.meta.get('_wp_attachment_image_alt')?.trim()
  const title = item.title.trim()
  return {
    url: item.attachmentUrl.trim().replace(/^http:\/\//, 'https://'),
    ...(alt ? { alt } : {}),
    ...(item.excerpt.trim() ? { caption: item.excerpt } : {}),
    ...(credit ? { credit } : {}),
    ...(width > 0 && height > 0 ? { width, height } : {}),
    ...(title ? { title } : {}),
  }
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

// WXR does not carry an attachment's MIME type: the file name says whether it is a sound or a film.
const AUDIO_FILE = /\.(?:mp3|m4a|ogg|oga|wav|flac|aac|opus)(?:[?#]|$)/i
const VIDEO_FILE = /\.(?:mp4|m4v|webm|mov|ogv)(?:[?#]|$)/i

/** An attachment as WordPress prints it in a gallery or a playlist: a photo, or a player with its title. */
function attachmentFigure(media: WpMedia | undefined): string | undefined {
  if (!media) return undefined
  const caption = media.caption ? `<figcaption>${escapeHtml(media.caption)}</figcaption>` : ''
  const player = AUDIO_FILE.test(media.url) ? 'audio' : VIDEO_FILE.test(media.url) ? 'video' : ''
  if (player !== '') {
    const title = media.title ? ` title="${escapeHtml(media.title)}"` : ''
    return `<figure><${player} controls src="${escapeHtml(media.url)}"${title}></${player}>${caption}</figure>`
  }
  const size = media.width && media.height ? ` width="${media.width}" height="${media.height}"` : ''
  return `<figure><img src="${escapeHtml(media.url)}" alt="${escapeHtml(media.alt ?? '')}"${size}>${caption}</figure>`
}

/**
 * The block editor keeps footnotes in the post's "footnotes" meta and prints them where the footnotes block
 * sits (or at the end): as WordPress renders them, an ordered list.
 */
export function withFootnotes(html: string, meta: string | undefined): string {
  let notes: unknown
  try {
    notes = meta === undefined ? [] : JSON.parse(meta)
  } catch {
    notes = []
  }
  const items = (Array.isArray(notes) ? notes : []).flatMap((note: unknown) =>
    typeof note === 'object' &&
    note !== null &&
    'content' in note &&
    typeof note.content === 'string'
      ? [`<li>${note.content}</li>`]
      : [],
  )
  const list = items.length === 0 ? '' : `<ol class="wp-block-footnotes">${items.join('')}</ol>`
  const marker = /<!--\s+wp:footnotes\s[^>]*-->(?:[\s\S]*?<!--\s+\/wp:footnotes\s+-->)?/
  if (marker.test(html)) return html.replace(marker, list)
  return html + list
}

export function skipReason(item: WxrItem): string | undefined {
  if (item.postType !== 'post') return item.postType || 'item without a post type'
  if (item.status !== 'publish') return `${item.status || 'unknown-status'} post`
  return item.password.trim() === '' ? undefined : 'password-protected post'
}

/** Everything the person running the import should know, as report lines. */
export function summaryNotes(state: WpImportState, skipped: ReadonlyMap<string, number>): string[] {
  const skips = [...skipped]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([what, n]) => (n === 1 || what.endsWith('s') ? `${n} ${what}` : `${n} ${what}s`))
  return [
    ...(skips.length > 0 ? [`skipped ${skips.join(', ')}`] : []),
    ...[...state.counts].map(([what, n]) => `${count(n, 'post')}: ${what}`),
    ...state.dropped.notes(),
    ...tallyNotes(state.tally),
  ]
}

export async function writeArticles(
  posts: AsyncIterable<WpPost> | Iterable<WpPost>,
  state: WpImportState,
  options: WpImportOptions,
  summary: WpImportSummary,
): Promise<void> {
  await mkdir(options.outDir, { recursive: true })
  const site = sitePolicy()
  for await (const post of posts) {
    const article = articleFromPost(post, state)
    if (!article) continue
    const problems = problemsOf(strictArticleSchema, article)
    const first = problems[0]
    if (first) {
      summary.failed.push(`post ${post.id} (${article.slug}): ${first.path}: ${first.reason}`)
      continue
    }
    const file = path.join(options.outDir, `${article.slug}.json`)
    const existed = await stat(file).then(
      () => true,
      () => false,
    )
    const changed = await writeIfChanged(file, `${JSON.stringify(article, null, 2)}\n`)
    if (!changed) summary.unchanged += 1
    else (existed ? summary.updated : summary.created).push(file)
    // Counted as it goes: holding every article for the report would undo the streaming.
    countDisallowedOrigins(article, summary.disallowedOrigins, site.policy)
  }
}

/**
 * Saved REST API posts → articles. They are all in memory already, so one pass gives every post its slug and
 * address before any is converted, and links between them stay on this site as in a WXR import.
 */
export async function writeRestPosts(
  posts: readonly WpPost[],
  state: WpImportState,
  options: WpImportOptions,
  summary: WpImportSummary,
): Promise<void> {
  const permalink = posts.find((post) => post.link !== undefined)?.link
  const site = permalink === undefined ? undefined : httpsSite(permalink)
  state.siteUrl ??= site === undefined ? undefined : `${new URL(site).origin}/`
  const links = new PostLinks(state.siteUrl)
  const named = posts.map((post) => {
    const slug = slugOf(post, state)
    if (post.html.trim() !== '')
      links.add({ id: post.id, slug, postName: post.postName, link: post.link, guid: post.guid })
    return { ...post, slug }
  })
  state.links = links
  await writeArticles(named, state, options, summary)
}

export function emptySummary(): WpImportSummary {
  return {
    created: [],
    updated: [],
    unchanged: 0,
    skipped: new Map(),
    failed: [],
    notes: [],
    disallowedOrigins: new Map(),
  }
}

/**
 * A WXR export → one article file per published post. Two streaming passes: the first reads what posts refer
 * to (attachments for featured images, which usually come after their post; reusable blocks; guest authors;
 * every post's addresses and slug, for links between posts; the site's UTC offsets), the second converts the
 * posts.
 */
export async function importWxr(file: string, options: WpImportOptions): Promise<WpImportSummary> {
  const size = (await stat(file)).size
  const progress = createProgress(
    'import',
    size * 2,
    options.progress ? { stream: options.progress } : {},
  )
  let read = 0
  const onBytes = (base: number) => (bytes: number) => {
    progress.tick(base + bytes - read)
    read = base + bytes
  }
  const attachments = new Map<string, WpMedia>()
  // Reusable blocks are wp_block posts, referenced by id from the posts that show them: few and short.
  const reusable = new Map<string, string>()
  // Post id → the attachments uploaded to it, for a [gallery] without ids.
  const children = new Map<string, string[]>()
  const slugs = new Map<string, string>()
  const offsets = new SiteOffsets()
  let state = newState(undefined, options.timezone)
  let authors = new WpAuthors(new Map())
  let links = new PostLinks(undefined)
  const channel = await readWxr(file, {
    channel: (found) => {
      state = newState(httpsSite(found.baseSiteUrl || found.link), options.timezone)
      authors = new WpAuthors(found.authors)
      links = new PostLinks(state.siteUrl, [found.link, found.baseSiteUrl])
    },
    item: (item) => {
      if (item.postType === 'attachment' && item.attachmentUrl !== '') {
        attachments.set(item.postId, mediaOf(item))
        const parent = item.postParent.trim()
        if (parent !== '' && parent !== '0')
          children.set(parent, [...(children.get(parent) ?? []), item.postId])
      }
      if (item.postType === 'wp_block' && item.status !== 'trash')
        reusable.set(item.postId, item.content)
      if (item.postType === 'guest-author') authors.addGuest(item)
      offsets.add(item.postDate, item.postDateGmt)
      if (skipReason(item) !== undefined) return
      const slug = slugOf({ id: item.postId, title: item.title, postName: item.postName }, state)
      slugs.set(item.postId, slug)
      // A post with nothing in it is not imported: a link to it keeps its old address.
      if (item.content.trim() !== '')
        links.add({
          id: item.postId,
          slug,
          postName: item.postName,
          link: item.link,
          guid: item.guid,
        })
    },
    bytes: onBytes(0),
  })
  state.language = channel.language || undefined
  state.offsets = offsets
  const { controlCharacters, htmlEntities } = channel.repairs
  const repairs = [
    ...(controlCharacters > 0
      ? [
          `left out ${count(controlCharacters, 'control character')} that XML does not allow (the export holds them; WordPress's own importer reads past them too)`,
        ]
      : []),
    ...(htmlEntities > 0
      ? [
          `read ${count(htmlEntities, 'HTML entity', 'HTML entities')} outside CDATA as HTML (&nbsp; and the like)`,
        ]
      : []),
  ]
  state.links = links
  const summary = emptySummary()
  const shortcodes = {
    attachmentHtml: (id: string) => attachmentFigure(attachments.get(id)),
    unknownShortcode: (name: string) => {
      state.dropped.add('shortcode', 'the format cannot show', `[${name}]`)
    },
    reusableBlock: (id: string) => reusable.get(id),
    mediaTitle: (url: string) => mediaTitles.get(url.trim().replace(/^http:\/\//, 'https://')),
    droppedBlock: (what: string, why: string, detail?: string) => {
      state.dropped.add(what, why, detail)
    },
  }
  // Sounds and films by address: an [audio] shortcode names only the file, the attachment its title.
  const mediaTitles = new Map<string, string>()
  for (const media of attachments.values()) {
    if (media.width && media.height)
      state.imageSizes.set(media.url, { width: media.width, height: media.height })
    if (media.title && (AUDIO_FILE.test(media.url) || VIDEO_FILE.test(media.url)))
      mediaTitles.set(media.url, media.title)
  }
  const queue: WpPost[] = []
  await readWxr(file, {
    item: async (item) => {
      const reason = skipReason(item)
      if (reason !== undefined) {
        summary.skipped.set(reason, (summary.skipped.get(reason) ?? 0) + 1)
        return
      }
      const slug = slugs.get(item.postId)
      queue.push({
        id: item.postId,
        ...(slug === undefined ? {} : { slug }),
        title: item.title,
        postName: item.postName,
        dateGmt: item.postDateGmt,
        dateLocal: item.postDate,
        modifiedGmt: item.postModifiedGmt,
        authors: authors.of(item),
        categories: item.categories
          .filter((term) => term.domain === 'category')
          .map((term) => ({ name: term.name, slug: term.nicename })),
        tags: item.categories
          .filter((term) => term.domain === 'post_tag')
          .map((term) => ({ name: term.name, slug: term.nicename })),
        excerptHtml: item.excerpt,
        html: contentHtml(withFootnotes(item.content, item.meta.get('footnotes')), {
          ...shortcodes,
          postAttachments: () => children.get(item.postId) ?? [],
        }),
        featured: attachments.get(item.meta.get('_thumbnail_id') ?? ''),
      })
      await writeArticles(queue.splice(0), state, options, summary)
    },
    bytes: onBytes(size),
  })
  progress.done()
  summary.notes = [...summaryNotes(state, summary.skipped), ...repairs]
  return summary
}
