import { embedOf } from '../../src/content/embed-sources'
import { wpautop } from './wpautop'

// WordPress content as stored: classic posts are text with blank lines between paragraphs (wpautop makes the
// <p>s only when the page is shown), with shortcodes; block-editor posts are HTML between <!-- wp:… -->
// comments. Both become plain HTML here, which the HTML body mapper then reads like any page.

export interface ShortcodeContext {
  /** Attachment id → how to print it, for [gallery ids="…"]. */
  attachmentHtml: (id: string) => string | undefined
  unknownShortcode: (name: string) => void
  /** A reusable block's (wp_block post's) stored content, by post id. */
  reusableBlock?: (id: string) => string | undefined
  /** The post's own attachments, in order, for a [gallery] or [playlist] without ids (WordPress's default). */
  postAttachments?: () => string[]
  /** The title of the sound or film attachment at this address, for an [audio] or [video] without one. */
  mediaTitle?: (url: string) => string | undefined
  /** A block left out with the reason, for the report: "reusable block not in the export". */
  droppedBlock?: (what: string, why: string, detail?: string) => void
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|(\\S+))`, 'i').exec(
    attributes,
  )
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined
}

/** The post's address a Jetpack provider shortcode names, by URL or by the provider's id. */
function providerShortcodeUrl(kind: string, rest: string): string | undefined {
  const named = attribute(rest, 'url') ?? attribute(rest, 'id') ?? ''
  // [youtube https://…] and [tweet 123]: the first bare word, when there is no url= or id=.
  const bare = rest
    .trim()
    .replace(/^=/, '')
    .split(/\s+/)[0]
    ?.replace(/^["']|["']$/g, '')
  const value = (named || bare || '').trim()
  if (value === '') return undefined
  if (/^https?:\/\//i.test(value)) return value.replace(/&amp;/g, '&')
  // [spotify id="spotify:track:…"]: Spotify's URI names the same page as open.spotify.com.
  const spotify = /^spotify:(track|album|playlist|episode|show|artist):([A-Za-z0-9]{1,64})$/.exec(
    value,
  )
  if (spotify) return `https://open.spotify.com/${spotify[1] ?? ''}/${spotify[2] ?? ''}`
  if (!/^[\w-]{1,64}$/.test(value)) return undefined
  switch (kind) {
    case 'youtube':
      return `https://www.youtube.com/watch?v=${value}`
    case 'vimeo':
      return /^\d+$/.test(value) ? `https://vimeo.com/${value}` : undefined
    case 'tweet':
    case 'twitter':
      return /^\d+$/.test(value) ? `https://twitter.com/i/status/${value}` : undefined
    case 'dailymotion':
      return `https://www.dailymotion.com/video/${value}`
    default:
      return undefined
  }
}

/** A [gallery]'s or [playlist]'s attachments: ids="…" (or include="…"), else the post's own, minus exclude="…". */
function idsOf(attributes: string, context: ShortcodeContext): string[] {
  const list = (name: string) =>
    (attribute(attributes, name) ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter((id) => id !== '')
  const named = list('ids').length > 0 ? list('ids') : list('include')
  const excluded = new Set(list('exclude'))
  const ids = named.length > 0 ? named : (context.postAttachments?.() ?? [])
  return ids.filter((id) => !excluded.has(id))
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** The shortcodes news sites use most, as the HTML WordPress prints for them; others are counted and dropped. */
export function expandShortcodes(content: string, context: ShortcodeContext): string {
  return (
    content
      .replace(
        /\[caption([^\]]*)\]([\s\S]*?)\[\/caption\]/gi,
        (_all, attributes: string, inner: string) => {
          const image = /<a[^>]*>\s*<img[\s\S]*?>\s*<\/a>|<img[\s\S]*?>/i.exec(inner)?.[0] ?? ''
          const caption = attribute(attributes, 'caption') ?? inner.replace(image, '').trim()
          return `<figure>${image}<figcaption>${caption}</figcaption></figure>`
        },
      )
      .replace(
        /\[embed[^\]]*\]([\s\S]*?)\[\/embed\]/gi,
        (_all, url: string) => `<div data-oembed-url="${escapeAttribute(url.trim())}"></div>`,
      )
      .replace(
        /\[(video|audio)([^\]]*)\](?:[\s\S]*?\[\/\1\])?/gi,
        (_all, kind: string, attributes: string) => {
          const src = ['src', 'mp4', 'webm', 'mp3', 'm4a', 'ogg', 'wav']
            .map((name) => attribute(attributes, name))
            .find(Boolean)
          if (src === undefined) return ''
          const poster = attribute(attributes, 'poster')
          const title = context.mediaTitle?.(src)
          return `<${kind} controls src="${escapeAttribute(src)}"${poster ? ` poster="${escapeAttribute(poster)}"` : ''}${title ? ` title="${escapeAttribute(title)}"` : ''}></${kind}>`
        },
      )
      // Jetpack's (and WordPress.com's) provider shortcodes: [youtube URL], [vimeo 123], [tweet URL],
      // [instagram url=URL], [soundcloud url="…"], [spotify id="…"], [dailymotion id=…], [ted id=…].
      .replace(
        /\[(youtube|vimeo|tweet|twitter|instagram|soundcloud|spotify|dailymotion|ted|tiktok|bluesky)([\s=][^\]]*)?\](?:\s*\[\/\1\])?/gi,
        (all, kind: string, rest: string | undefined) => {
          const url = providerShortcodeUrl(kind.toLowerCase(), rest ?? '')
          if (url === undefined || embedOf(url) === undefined) return all
          return `<div data-oembed-url="${escapeAttribute(url)}"></div>`
        },
      )
      .replace(/\[gallery([^\]]*)\]/gi, (_all, attributes: string) => {
        const ids = idsOf(attributes, context)
        const figures = ids.flatMap((id) => {
          const html = context.attachmentHtml(id)
          // The post's own attachments include its sounds and films; a gallery shows only the photos.
          return html === undefined || !/<img\b/.test(html) ? [] : [html]
        })
        if (figures.length === 0)
          context.droppedBlock?.('gallery', 'whose photos are not in the export')
        return figures.length === 0
          ? ''
          : `<figure class="wp-block-gallery">${figures.join('')}</figure>`
      })
      .replace(/\[playlist([^\]]*)\]/gi, (_all, attributes: string) => {
        // A playlist is a list of audio (or, with type="video", video) attachments: each is a player here.
        const players = idsOf(attributes, context).flatMap((id) => {
          const html = context.attachmentHtml(id)
          return html === undefined || /<img\b/.test(html) ? [] : [html]
        })
        if (players.length === 0)
          context.droppedBlock?.('playlist', 'whose files are not in the export')
        return players.join('\n')
      })
      .replace(
        /\[(pullquote|pull_quote|pull-quote|quote|blockquote)([^\]]*)\]([\s\S]*?)\[\/\1\]/gi,
        (_all, kind: string, _attributes: string, inner: string) =>
          /pull/i.test(kind)
            ? `<blockquote class="pullquote"><p>${inner.trim()}</p></blockquote>`
            : `<blockquote><p>${inner.trim()}</p></blockquote>`,
      )
      .replace(
        /\[(\/?)([a-z][a-z0-9_-]*)(\s[^\]]*)?\]/gi,
        (all, closing: string, name: string, rest: string | undefined) => {
          // Brackets in prose ("[sic]", "[the mayor] said") are not shortcodes: only a closing tag, a name with
          // a hyphen or underscore, attributes (name="…"), or a matching closing tag later on mark one.
          const encloses = new RegExp(`\\[\\/${name.replace(/[-]/g, '\\-')}\\]`, 'i').test(content)
          if (closing === '' && !/[_-]/.test(name) && !/=/.test(rest ?? '') && !encloses) return all
          // An enclosing shortcode's own text stays (a [highlight]…[/highlight]); only its tags go.
          if (closing === '') context.unknownShortcode(name.toLowerCase())
          return ''
        },
      )
  )
}

/** A URL alone on its line in a classic post is an oEmbed: WordPress shows the player there. */
function bareEmbeds(content: string): string {
  return content.replace(/^[ \t]*(https?:\/\/[^\s<>"]+)[ \t]*$/gm, (line, url: string) =>
    embedOf(url) ? `<div data-oembed-url="${escapeAttribute(url)}"></div>` : line,
  )
}

/** Classic content as WordPress shows it: its oEmbed URLs, then wpautop's paragraphs and line breaks. */
export function autop(content: string): string {
  return wpautop(bareEmbeds(content.replace(/\r\n?/g, '\n'))).trim()
}

export const isBlockMarkup = (content: string) => /<!--\s+wp:[a-z]/.test(content)

/**
 * Block-editor markup → HTML: the saved HTML of each block is kept; the comment delimiters go. Blocks whose
 * saved HTML does not say enough (an embed whose figure holds only its URL, a gallery of ids) are given
 * markup the HTML mapper knows.
 */
// Blocks that are the site's furniture, not the story: sign-ups, share buttons, read-next lists, search, comments.
const FURNITURE_BLOCK =
  /^(?:jetpack\/(?:subscriptions|mailchimp|sharing-buttons|sharing-button|send-a-message|related-posts|like|blogging-prompt|donations|payments|recurring-payments|paywall|contact-form|rating-star|blog-stats|top-posts)|core\/(?:social-links|social-link|latest-posts|latest-comments|search|loginout|comments|post-comments-form|query|navigation|archives|categories|tag-cloud|rss|calendar|page-list)|(?:[a-z0-9-]+)\/(?:newsletter|subscribe|signup|share|sharing|related|ad|ads|advert|advertisement)(?:-[a-z0-9-]+)?)$/

const MAX_REUSABLE_DEPTH = 3

/** Furniture blocks, self-closing or with their saved HTML, are taken out and counted. */
function withoutFurnitureBlocks(content: string, context: ShortcodeContext): string {
  const opening = /<!--\s+wp:([a-z0-9-]+(?:\/[a-z0-9-]+)?)(?:\s+\{[\s\S]*?\})?\s+(\/)?-->/g
  let out = ''
  let from = 0
  for (let match = opening.exec(content); match; match = opening.exec(content)) {
    const stored = match[1] ?? ''
    const name = fullName(stored)
    if (!FURNITURE_BLOCK.test(name)) continue
    context.droppedBlock?.('WordPress block', 'that is site furniture, not the story', name)
    out += content.slice(from, match.index)
    let end = match.index + match[0].length
    if (match[2] !== '/') {
      const closing = new RegExp(`<!--\\s+\\/wp:${stored.replace('/', '\\/')}\\s+-->`, 'g')
      closing.lastIndex = end
      const found = closing.exec(content)
      end = found ? found.index + found[0].length : content.length
    }
    from = end
    opening.lastIndex = end
  }
  return out + content.slice(from)
}

/** A block comment's name with WordPress's defaults: "paragraph" is "core/paragraph". */
const fullName = (name: string) => (name.includes('/') ? name : `core/${name}`)

/**
 * Block-editor markup → HTML: the saved HTML of each block is kept; the comment delimiters go. Blocks whose
 * saved HTML does not say enough (an embed whose figure holds only its URL, a gallery of ids, a reusable
 * block that is only a reference) are given markup the HTML mapper knows.
 */
export function blocksToHtml(content: string, context: ShortcodeContext, depth = 0): string {
  return (
    withoutFurnitureBlocks(content, context)
      // A reusable block is stored once, as a wp_block post, and referenced by id.
      .replace(/<!--\s+wp:block\s+(\{[\s\S]*?\})\s+\/-->/g, (_all, json: string) => {
        const ref = /"ref"\s*:\s*(\d+)/.exec(json)?.[1] ?? ''
        const inner = depth < MAX_REUSABLE_DEPTH ? context.reusableBlock?.(ref) : undefined
        if (inner === undefined) {
          context.droppedBlock?.(
            'reusable block',
            'not in the export (export "All content" to include them)',
            `ref ${ref}`,
          )
          return ''
        }
        return blocksToHtml(inner, context, depth + 1)
      })
      .replace(
        /<!--\s+wp:(core-embed\/[a-z0-9-]+|embed)\s+(\{[\s\S]*?\})\s+(?:\/-->|-->([\s\S]*?)<!--\s+\/wp:\1\s+-->)/g,
        (all, _name: string, json: string, inner: string | undefined) => {
          const url = jsonString(json, 'url')
          if (!url) return all
          // The figure's caption names what will load ("Drone footage of the weir").
          const caption = /<figcaption[^>]*>([\s\S]*?)<\/figcaption>/.exec(inner ?? '')?.[1]
          const title = caption?.replace(/<[^>]*>/g, '').trim()
          return `<div data-oembed-url="${escapeAttribute(url)}"${title ? ` aria-label="${escapeAttribute(title)}"` : ''}></div>`
        },
      )
      .replace(/<!--\s+wp:gallery\s+(\{[\s\S]*?\})\s+\/-->/g, (_all, json: string) => {
        const ids = /"ids"\s*:\s*\[([\d,\s]*)\]/.exec(json)?.[1] ?? ''
        const figures = ids.split(',').flatMap((id) => context.attachmentHtml(id.trim()) ?? [])
        return figures.length === 0
          ? ''
          : `<figure class="wp-block-gallery">${figures.join('')}</figure>`
      })
      .replace(/<!--\s+wp:(?:more|nextpage)\b[\s\S]*?-->/g, '')
      // A Custom HTML block is read as any page is (text only, never shown as HTML); its scripts never run.
      .replace(/<!--\s+wp:html\s+-->([\s\S]*?)<!--\s+\/wp:html\s+-->/g, (all, inner: string) => {
        const scripts = inner.match(/<script\b/gi)?.length ?? 0
        for (let index = 0; index < scripts; index += 1)
          context.droppedBlock?.('script', 'in a Custom HTML block (code never runs here)')
        return all
      })
      // A file block's "Download" button repeats its link, and its PDF preview is a plug-in object.
      .replace(
        /(<!--\s+wp:file\b[\s\S]*?-->)([\s\S]*?)(<!--\s+\/wp:file\s+-->)/g,
        (_all, open: string, inner: string, close: string) =>
          open +
          inner
            .replace(/<a\b[^>]*\bwp-block-file__button\b[^>]*>[\s\S]*?<\/a>/g, '')
            .replace(/<object\b[\s\S]*?<\/object>/g, '') +
          close,
      )
      .replace(
        /<!--\s+wp:shortcode\s+-->([\s\S]*?)<!--\s+\/wp:shortcode\s+-->/g,
        (_all, inner: string) => expandShortcodes(inner, context),
      )
      .replace(/<!--\s+\/?wp:[\s\S]*?-->/g, '')
  )
}

function jsonString(json: string, key: string): string | undefined {
  try {
    const value: unknown = JSON.parse(json)
    if (typeof value === 'object' && value !== null && key in value) {
      const found: unknown = Object.entries(value).find(([name]) => name === key)?.[1]
      return typeof found === 'string' ? found : undefined
    }
  } catch {
    // A hand-edited block comment; its saved HTML still goes through the HTML mapper.
  }
  return undefined
}

/** A post's stored content as HTML the body mapper reads. */
export function contentHtml(content: string, context: ShortcodeContext): string {
  return isBlockMarkup(content)
    ? blocksToHtml(content, context)
    : autop(expandShortcodes(content, context))
}
