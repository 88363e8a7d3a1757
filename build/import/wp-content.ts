import { embedOf } from '../../src/content/embed-sources'

// WordPress content as stored: classic posts are text with blank lines between paragraphs (wpautop makes the
// <p>s only when the page is shown), with shortcodes; block-editor posts are HTML between <!-- wp:… -->
// comments. Both become plain HTML here, which the HTML body mapper then reads like any page.

const BLOCK_TAGS =
  'table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary|iframe|video|audio|script|object|embed|noscript'
const STARTS_BLOCK = new RegExp(`^\\s*<(?:${BLOCK_TAGS})[\\s/>]`, 'i')
const ENDS_BLOCK = new RegExp(`</(?:${BLOCK_TAGS})>\\s*$`, 'i')

export interface ShortcodeContext {
  /** Attachment id → how to print it, for [gallery ids="…"]. */
  attachmentHtml: (id: string) => string | undefined
  unknownShortcode: (name: string) => void
}

function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|(\\S+))`, 'i').exec(
    attributes,
  )
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')

/** The shortcodes news sites use most, as the HTML WordPress prints for them; others are counted and dropped. */
export function expandShortcodes(content: string, context: ShortcodeContext): string {
  return content
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
        return `<${kind} controls src="${escapeAttribute(src)}"${poster ? ` poster="${escapeAttribute(poster)}"` : ''}></${kind}>`
      },
    )
    .replace(/\[gallery([^\]]*)\]/gi, (_all, attributes: string) => {
      const ids = (attribute(attributes, 'ids') ?? '').split(',').map((id) => id.trim())
      const figures = ids.flatMap((id) => context.attachmentHtml(id) ?? [])
      return figures.length === 0
        ? ''
        : `<figure class="wp-block-gallery">${figures.join('')}</figure>`
    })
    .replace(
      /\[(\/?)([a-z][a-z0-9_-]*)(\s[^\]]*)?\]/gi,
      (all: string, closing: string, name: string, rest: string | undefined) => {
        // Brackets in prose ("[sic]", "[the mayor] said") are not shortcodes: only a closing tag, a name with
        // a hyphen or underscore, or attributes (name="…") mark one.
        if (closing === '' && !/[_-]/.test(name) && !/=/.test(rest ?? '')) return all
        context.unknownShortcode(name.toLowerCase())
        return ''
      },
    )
}

/** A URL alone on its line in a classic post is an oEmbed: WordPress shows the player there. */
function bareEmbeds(content: string): string {
  return content.replace(/^[ \t]*(https?:\/\/[^\s<>"]+)[ \t]*$/gm, (line, url: string) =>
    embedOf(url) ? `<div data-oembed-url="${escapeAttribute(url)}"></div>` : line,
  )
}

/** WordPress's wpautop, in short: blank lines separate paragraphs, single newlines are line breaks. */
export function autop(content: string): string {
  const kept: string[] = []
  // <pre> keeps its blank lines: it is set aside behind a private-use marker while the rest is split.
  const text = content.replace(/\r\n?/g, '\n').replace(/<pre[\s\S]*?<\/pre>/gi, (pre) => {
    kept.push(pre)
    return `\uE000${kept.length - 1}\uE000`
  })
  const chunks = bareEmbeds(text)
    .split(/\n\s*\n/)
    .map((chunk) => chunk.trim())
    .filter((chunk) => chunk !== '')
  const html = chunks
    .map((chunk) => {
      if (/^\uE000\d+\uE000$/.test(chunk) || STARTS_BLOCK.test(chunk) || ENDS_BLOCK.test(chunk))
        return chunk
      return `<p>${chunk.replace(/\n/g, '<br>\n')}</p>`
    })
    .join('\n')
  return html.replace(/\uE000(\d+)\uE000/g, (_all, index: string) => kept[Number(index)] ?? '')
}

export const isBlockMarkup = (content: string) => /<!--\s+wp:[a-z]/.test(content)

/**
 * Block-editor markup → HTML: the saved HTML of each block is kept; the comment delimiters go. Blocks whose
 * saved HTML does not say enough (an embed whose figure holds only its URL, a gallery of ids) are given
 * markup the HTML mapper knows.
 */
export function blocksToHtml(content: string, context: ShortcodeContext): string {
  return content
    .replace(
      /<!--\s+wp:(?:core-embed\/[a-z0-9-]+|embed)\s+(\{[\s\S]*?\})\s+\/?-->/g,
      (all, json: string) => {
        const url = jsonString(json, 'url')
        if (!url) return all
        const div = `<div data-oembed-url="${escapeAttribute(url)}"></div>`
        return all.endsWith('/-->') ? div : `${div}<!-- broadsheet:skip -->`
      },
    )
    .replace(
      /<!-- broadsheet:skip -->[\s\S]*?<!--\s+\/wp:(?:core-embed\/[a-z0-9-]+|embed)\s+-->/g,
      '',
    )
    .replace(/<!--\s+wp:gallery\s+(\{[\s\S]*?\})\s+\/-->/g, (_all, json: string) => {
      const ids = /"ids"\s*:\s*\[([\d,\s]*)\]/.exec(json)?.[1] ?? ''
      const figures = ids.split(',').flatMap((id) => context.attachmentHtml(id.trim()) ?? [])
      return figures.length === 0
        ? ''
        : `<figure class="wp-block-gallery">${figures.join('')}</figure>`
    })
    .replace(/<!--\s+wp:(?:more|nextpage)\b[\s\S]*?-->/g, '')
    .replace(
      /<!--\s+wp:shortcode\s+-->([\s\S]*?)<!--\s+\/wp:shortcode\s+-->/g,
      (_all, inner: string) => expandShortcodes(inner, context),
    )
    .replace(/<!--\s+\/?wp:[\s\S]*?-->/g, '')
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
