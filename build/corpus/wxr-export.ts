import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { heading, headline, paragraph, personName } from './prose'
import { createRandom } from './random'
import type { Random } from './random'

// A WordPress export (WXR 1.2) of made-up posts, for the import benchmark: block-editor and classic posts
// with lists, tables, photos, embeds and quotes, plus the drafts, pages and attachments a real export holds.
// Written as a stream, so a 100 MB export needs no more memory than one post.

export interface WxrExportOptions {
  posts: number
  /** Body paragraphs per post, on average. */
  paragraphs?: number
  seed?: number
}

const SITE = 'https://bench-gazette.example'
const SECTIONS = ['Local', 'World', 'Business', 'Sport', 'Culture', 'Science']
const cdata = (value: string) => `<![CDATA[${value.replace(/\]\]>/g, ']]]]><![CDATA[>')}]]>`
const escape = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const slugOf = (title: string) =>
  title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

function gutenberg(random: Random, paragraphs: number, id: number): string {
  const parts: string[] = []
  for (let index = 0; index < paragraphs; index += 1) {
    parts.push(
      `<!-- wp:paragraph -->\n<p>${escape(paragraph(random, random.int(2, 5)))}</p>\n<!-- /wp:paragraph -->`,
    )
    if (index % 6 === 2)
      parts.push(
        `<!-- wp:heading -->\n<h2 class="wp-block-heading">${escape(heading(random))}</h2>\n<!-- /wp:heading -->`,
      )
    if (index % 9 === 4)
      parts.push(
        `<!-- wp:list -->\n<ul class="wp-block-list"><li>${escape(headline(random))}</li><li>${escape(headline(random))}</li></ul>\n<!-- /wp:list -->`,
      )
    if (index % 11 === 5)
      parts.push(
        `<!-- wp:image {"id":${id}} -->\n<figure class="wp-block-image"><img src="${SITE}/wp-content/uploads/photo-${id}-${index}.jpg" alt="${escape(headline(random))}" width="1600" height="1067"/><figcaption class="wp-element-caption">${escape(paragraph(random, 1))}</figcaption></figure>\n<!-- /wp:image -->`,
      )
    if (index % 13 === 6)
      parts.push(
        `<!-- wp:table -->\n<figure class="wp-block-table"><table><thead><tr><th>Ward</th><th>For</th><th>Against</th></tr></thead><tbody><tr><td>North</td><td>${random.int(1, 40)}</td><td>${random.int(1, 40)}</td></tr></tbody></table></figure>\n<!-- /wp:table -->`,
      )
    if (index % 17 === 7)
      parts.push(
        `<!-- wp:embed {"url":"https://www.youtube.com/watch?v=M7lc1UVf-VE","providerNameSlug":"youtube"} -->\n<figure class="wp-block-embed is-provider-youtube"><div class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=M7lc1UVf-VE\n</div></figure>\n<!-- /wp:embed -->`,
      )
    if (index % 19 === 8)
      parts.push(
        `<!-- wp:pullquote -->\n<figure class="wp-block-pullquote"><blockquote><p>${escape(paragraph(random, 1))}</p><cite>${escape(personName(random))}</cite></blockquote></figure>\n<!-- /wp:pullquote -->`,
      )
  }
  return parts.join('\n\n')
}

function classic(random: Random, paragraphs: number): string {
  return Array.from({ length: paragraphs }, () => paragraph(random, random.int(2, 5))).join('\n\n')
}

function item(fields: Record<string, string>, extra = ''): string {
  const lines = Object.entries(fields).map(([name, value]) => `\t\t<${name}>${value}</${name}>`)
  return `\t<item>\n${lines.join('\n')}\n${extra}\t</item>\n`
}

/** Writes the export to `file`; resolves with its size in bytes. */
export async function writeWxrExport(
  file: string,
  { posts, paragraphs = 12, seed = 7 }: WxrExportOptions,
): Promise<number> {
  const random = createRandom(seed)
  const out = createWriteStream(file)
  let bytes = 0
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text)
    if (!out.write(text)) await once(out, 'drain')
  }
  const authors = Array.from({ length: 12 }, () => personName(random))
  await write(`<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
\t<title>Bench Gazette</title>
\t<link>${SITE}</link>
\t<language>en-GB</language>
\t<wp:wxr_version>1.2</wp:wxr_version>
\t<wp:base_site_url>${SITE}</wp:base_site_url>
${authors.map((name, index) => `\t<wp:author><wp:author_id>${index + 1}</wp:author_id><wp:author_login>${cdata(`author${index + 1}`)}</wp:author_login><wp:author_display_name>${cdata(name)}</wp:author_display_name></wp:author>`).join('\n')}
`)
  const start = Date.UTC(2020, 0, 1)
  for (let index = 0; index < posts; index += 1) {
    const id = 1000 + index * 3
    const title = headline(random)
    const section = random.pick(SECTIONS)
    const date = new Date(start + index * 3_600_000 * 7)
      .toISOString()
      .replace('T', ' ')
      .slice(0, 19)
    const count = Math.max(3, paragraphs + random.int(-paragraphs / 2, paragraphs / 2))
    const status = index % 25 === 24 ? 'draft' : 'publish'
    const type = index % 40 === 39 ? 'page' : 'post'
    await write(
      item(
        {
          title: cdata(title),
          link: `${SITE}/${slugOf(title)}/`,
          'dc:creator': cdata(`author${random.int(1, authors.length)}`),
          'content:encoded': cdata(
            index % 3 === 0 ? classic(random, count) : gutenberg(random, count, id),
          ),
          'excerpt:encoded': cdata(random.chance(0.6) ? paragraph(random, 1) : ''),
          'wp:post_id': String(id),
          'wp:post_date': cdata(date),
          'wp:post_date_gmt': cdata(date),
          'wp:post_modified_gmt': cdata(date),
          'wp:post_name': cdata(`${slugOf(title).slice(0, 60)}-${id}`),
          'wp:status': cdata(status),
          'wp:post_type': cdata(type),
        },
        `\t\t<category domain="category" nicename="${slugOf(section)}">${cdata(section)}</category>\n\t\t<category domain="post_tag" nicename="tag-${index % 30}">${cdata(`Tag ${index % 30}`)}</category>\n\t\t<wp:postmeta><wp:meta_key>${cdata('_thumbnail_id')}</wp:meta_key><wp:meta_value>${cdata(String(id + 1))}</wp:meta_value></wp:postmeta>\n`,
      ),
    )
    // The featured photo comes after its post, as uploads do in a real export.
    await write(
      item(
        {
          title: cdata(`photo-${id + 1}`),
          'excerpt:encoded': cdata(paragraph(random, 1)),
          'wp:post_id': String(id + 1),
          'wp:status': cdata('inherit'),
          'wp:post_type': cdata('attachment'),
          'wp:attachment_url': cdata(`${SITE}/wp-content/uploads/lead-${id + 1}.jpg`),
        },
        `\t\t<wp:postmeta><wp:meta_key>${cdata('_wp_attachment_image_alt')}</wp:meta_key><wp:meta_value>${cdata(headline(random))}</wp:meta_value></wp:postmeta>\n\t\t<wp:postmeta><wp:meta_key>${cdata('_wp_attachment_metadata')}</wp:meta_key><wp:meta_value>${cdata('a:2:{s:5:"width";i:1600;s:6:"height";i:1067;}')}</wp:meta_value></wp:postmeta>\n`,
      ),
    )
  }
  await write('</channel>\n</rss>\n')
  out.end()
  await once(out, 'finish')
  return bytes
}
