import * as z from 'zod/mini'
import type { WpMedia, WpPost } from './wp-article'

// A saved REST API response (/wp-json/wp/v2/posts?_embed): a JSON array of posts, each with its author,
// featured image and terms embedded. Parsed, never cast: a field of the wrong shape is treated as absent.

const rendered = z.optional(
  z.catch(z.object({ rendered: z.catch(z.string(), '') }), { rendered: '' }),
)
const text = z.optional(z.catch(z.string(), ''))
const term = z.object({ taxonomy: text, name: text, slug: text })

const media = z.object({
  source_url: z.string(),
  alt_text: text,
  caption: rendered,
  media_details: z.optional(
    z.catch(
      z.object({
        width: z.optional(z.catch(z.number(), 0)),
        height: z.optional(z.catch(z.number(), 0)),
        image_meta: z.optional(z.catch(z.object({ credit: text, copyright: text }), {})),
      }),
      {},
    ),
  ),
})

// content.protected is true for a post behind a password: its content.rendered is empty or a teaser.
const content = z.optional(
  z.catch(
    z.object({
      rendered: z.catch(z.string(), ''),
      protected: z.optional(z.catch(z.boolean(), false)),
    }),
    { rendered: '' },
  ),
)

const post = z.object({
  id: z.union([z.number(), z.string()]),
  link: text,
  guid: rendered,
  date: text,
  date_gmt: z.optional(z.catch(z.nullable(z.string()), '')),
  modified_gmt: z.optional(z.catch(z.nullable(z.string()), '')),
  slug: text,
  status: text,
  type: text,
  title: rendered,
  content,
  excerpt: rendered,
  _embedded: z.optional(
    z.catch(
      z.object({
        author: z.optional(z.catch(z.array(z.catch(z.object({ name: text, slug: text }), {})), [])),
        'wp:featuredmedia': z.optional(z.catch(z.array(z.catch(z.nullable(media), null)), [])),
        'wp:term': z.optional(z.catch(z.array(z.catch(z.array(z.catch(term, {})), [])), [])),
      }),
      {},
    ),
  ),
})

export interface RestPosts {
  posts: WpPost[]
  skipped: Map<string, number>
  unreadable: number
}

/** "2024-05-02T08:15:00" → WXR's "2024-05-02 08:15:00", so both readers share one date rule. */
const wxrDate = (value: string | null | undefined) => (value ?? '').replace('T', ' ')

/**
 * The posts of a saved response: the array /wp-json/wp/v2/posts returns, or the one post /posts/123 returns.
 * Undefined when it holds no post at all.
 */
export function restEntries(json: unknown): unknown[] | undefined {
  const entries: unknown[] = Array.isArray(json) ? json : [json]
  return entries.some((entry) => post.safeParse(entry).success) ? entries : undefined
}

export function postsFromRest(json: readonly unknown[]): RestPosts {
  const result: RestPosts = { posts: [], skipped: new Map(), unreadable: 0 }
  for (const entry of json) {
    const parsed = post.safeParse(entry)
    if (!parsed.success) {
      result.unreadable += 1
      continue
    }
    const data = parsed.data
    const type = data.type || 'post'
    const status = data.status || 'publish'
    const reason =
      type !== 'post'
        ? type
        : status !== 'publish'
          ? `${status} post`
          : data.content?.protected === true
            ? 'password-protected post'
            : undefined
    if (reason !== undefined) {
      result.skipped.set(reason, (result.skipped.get(reason) ?? 0) + 1)
      continue
    }
    const embedded = data._embedded ?? {}
    const terms = (embedded['wp:term'] ?? []).flat()
    const featured = (embedded['wp:featuredmedia'] ?? []).find((item) => item !== null)
    const details = featured?.media_details ?? {}
    const image: WpMedia | undefined = featured
      ? {
          url: featured.source_url,
          alt: featured.alt_text ?? '',
          caption: featured.caption?.rendered ?? '',
          // The photo's EXIF credit, else its copyright line, as in a WXR import.
          credit: details.image_meta?.credit?.trim() || (details.image_meta?.copyright ?? ''),
          ...(details.width && details.height
            ? { width: details.width, height: details.height }
            : {}),
        }
      : undefined
    result.posts.push({
      id: String(data.id),
      title: data.title?.rendered ?? '',
      postName: data.slug ?? '',
      dateGmt: wxrDate(data.date_gmt),
      dateLocal: wxrDate(data.date),
      modifiedGmt: wxrDate(data.modified_gmt),
      authors: (embedded.author ?? []).flatMap((author) =>
        author.name ? [{ name: author.name, login: author.slug }] : [],
      ),
      categories: terms
        .filter((item) => item.taxonomy === 'category')
        .map((item) => ({ name: item.name ?? '', slug: item.slug ?? '' })),
      tags: terms
        .filter((item) => item.taxonomy === 'post_tag')
        .map((item) => ({ name: item.name ?? '', slug: item.slug ?? '' })),
      excerptHtml: data.excerpt?.rendered ?? '',
      html: data.content?.rendered ?? '',
      ...(data.link ? { link: data.link } : {}),
      ...(data.guid?.rendered ? { guid: data.guid.rendered } : {}),
      ...(image ? { featured: image } : {}),
    })
  }
  return result
}
