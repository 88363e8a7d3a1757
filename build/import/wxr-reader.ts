import { createReadStream } from 'node:fs'
import { SaxesParser } from 'saxes'

// A WordPress export (WXR, Tools → Export) read as a stream: one <item> is held at a time, so a 500 MB export
// needs the memory of its largest post, not of the file. Namespaces are matched by URI, not by prefix, and
// every WXR version (1.0–1.2) is accepted.

export interface WxrCategory {
  domain: string
  nicename: string
  name: string
}

export interface WxrItem {
  title: string
  link: string
  guid: string
  creator: string
  content: string
  excerpt: string
  postId: string
  postDate: string
  postDateGmt: string
  postModifiedGmt: string
  postName: string
  status: string
  /** wp:post_password: a post behind a password is not for every reader. */
  password: string
  postType: string
  /** wp:post_parent: the post an attachment was uploaded to ("0" for none). */
  postParent: string
  attachmentUrl: string
  categories: WxrCategory[]
  meta: Map<string, string>
}

export interface WxrChannel {
  title: string
  link: string
  baseSiteUrl: string
  language: string
  /** Author login → display name. */
  authors: Map<string, string>
  /** What was wrong with the file's XML and was read past, as WordPress's own importer does. */
  repairs: { controlCharacters: number; htmlEntities: number }
}

export interface WxrHandlers {
  channel?: (channel: WxrChannel) => void
  item: (item: WxrItem) => void | Promise<void>
  /** Bytes read so far, for the progress bar. */
  bytes?: (count: number) => void
}

/**
 * A copy of a string that shares no memory with the parser's input. V8 keeps a substring as a view of the
 * string it was cut from, so one short field (a slug, an image's alt text) kept for the whole import would
 * otherwise keep a whole 64 KB chunk of the file alive, and the import's memory would grow with the file.
 */
function own(value: string): string {
  return Buffer.from(value, 'utf8').toString('utf8')
}

// Control characters XML 1.0 does not allow, which WordPress exports anyway (pasted from word processors):
// a strict parser stops at the first one, so they are taken out before parsing, and counted.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g

function withoutControlCharacters(text: string, channel: WxrChannel): string {
  return text.replace(CONTROL_CHARACTERS, () => {
    channel.repairs.controlCharacters += 1
    return ''
  })
}

function prefixOf(uri: string): string {
  if (/^https?:\/\/wordpress\.org\/export\/1\.\d\/excerpt\/?$/.test(uri)) return 'excerpt'
  if (/^https?:\/\/wordpress\.org\/export\/1\.\d\/?$/.test(uri)) return 'wp'
  if (uri === 'http://purl.org/rss/1.0/modules/content/') return 'content'
  if (uri === 'http://purl.org/dc/elements/1.1/') return 'dc'
  return uri === '' ? '' : 'other'
}

function emptyItem(): WxrItem {
  return {
    title: '',
    link: '',
    guid: '',
    creator: '',
    content: '',
    excerpt: '',
    postId: '',
    postDate: '',
    postDateGmt: '',
    postModifiedGmt: '',
    postName: '',
    status: '',
    password: '',
    postType: '',
    postParent: '',
    attachmentUrl: '',
    categories: [],
    meta: new Map(),
  }
}

const ITEM_FIELDS: Record<string, keyof WxrItem> = {
  title: 'title',
  link: 'link',
  guid: 'guid',
  'dc:creator': 'creator',
  'content:encoded': 'content',
  'excerpt:encoded': 'excerpt',
  'wp:post_id': 'postId',
  'wp:post_date': 'postDate',
  'wp:post_date_gmt': 'postDateGmt',
  'wp:post_modified_gmt': 'postModifiedGmt',
  'wp:post_name': 'postName',
  'wp:status': 'status',
  'wp:post_password': 'password',
  'wp:post_type': 'postType',
  'wp:post_parent': 'postParent',
  'wp:attachment_url': 'attachmentUrl',
}

/** Reads a WXR file, calling `item` for every <item> in order; resolves with the channel's details. */
export async function readWxr(file: string, handlers: WxrHandlers): Promise<WxrChannel> {
  const channel: WxrChannel = {
    title: '',
    link: '',
    baseSiteUrl: '',
    language: '',
    authors: new Map(),
    repairs: { controlCharacters: 0, htmlEntities: 0 },
  }
  const parser = new SaxesParser({ xmlns: true, position: false })
  const path: string[] = []
  let text = ''
  let item: WxrItem | undefined
  let category: { domain: string; nicename: string } | undefined
  let meta: { key: string; value: string } | undefined
  let author: { login: string; display: string } | undefined
  const announced = { channel: false }
  const pending: WxrItem[] = []
  let failure: Error | undefined

  parser.on('opentag', (tag) => {
    const name = `${prefixOf(tag.uri) === '' ? '' : `${prefixOf(tag.uri)}:`}${tag.local}`
    path.push(name)
    text = ''
    if (name === 'item') {
      item = emptyItem()
      if (!announced.channel) {
        announced.channel = true
        handlers.channel?.(channel)
      }
    } else if (name === 'category' && item) {
      const attribute = (local: string) => {
        const found = Object.values(tag.attributes).find((value) => value.local === local)
        return found?.value ?? ''
      }
      category = { domain: attribute('domain'), nicename: attribute('nicename') }
    } else if (name === 'wp:postmeta') meta = { key: '', value: '' }
    else if (name === 'wp:author' && !item) author = { login: '', display: '' }
  })
  parser.on('text', (value) => {
    text += value
  })
  parser.on('cdata', (value) => {
    text += value
  })
  parser.on('closetag', () => {
    const name = path.pop() ?? ''
    const parent = path.at(-1)
    if (item) {
      if (name === 'item') {
        pending.push(item)
        item = undefined
      } else if (parent === 'item' && ITEM_FIELDS[name] !== undefined) {
        const field = ITEM_FIELDS[name]
        if (field !== 'categories' && field !== 'meta')
          item[field] = field === 'content' ? text : own(text)
      } else if (name === 'category' && category) {
        item.categories.push({
          domain: own(category.domain),
          nicename: own(category.nicename),
          name: own(text.trim()),
        })
        category = undefined
      } else if (meta && name === 'wp:meta_key') meta.key = own(text)
      else if (meta && name === 'wp:meta_value') meta.value = own(text)
      else if (meta && name === 'wp:postmeta') {
        item.meta.set(meta.key, meta.value)
        meta = undefined
      }
    } else if (author) {
      if (name === 'wp:author_login') author.login = own(text.trim())
      else if (name === 'wp:author_display_name') author.display = own(text.trim())
      else if (name === 'wp:author') {
        if (author.login !== '') channel.authors.set(author.login, author.display || author.login)
        author = undefined
      }
    } else if (parent === 'channel') {
      if (name === 'title') channel.title = own(text.trim())
      else if (name === 'link') channel.link = own(text.trim())
      else if (name === 'wp:base_site_url') channel.baseSiteUrl = own(text.trim())
      else if (name === 'language') channel.language = own(text.trim())
    }
    text = ''
  })
  parser.on('error', (error) => {
    // Real exports carry HTML entities outside CDATA (&nbsp; in an old title) and references to characters
    // XML forbids: the parser keeps them as written ("&nbsp;"), and the HTML reader decodes them later.
    if (/undefined entity|malformed character entity/.test(error.message)) {
      channel.repairs.htmlEntities += 1
      return
    }
    failure ??= error
  })

  const stream = createReadStream(file)
  let bytes = 0
  const decoder = new TextDecoder('utf-8')
  for await (const chunk of stream) {
    // Buffer.isBuffer, not instanceof Uint8Array: under jsdom (the tests) the global Uint8Array is another realm's.
    if (!Buffer.isBuffer(chunk)) continue
    bytes += chunk.byteLength
    parser.write(withoutControlCharacters(decoder.decode(chunk, { stream: true }), channel))
    if (failure) throw new Error(`not a readable WXR export: ${failure.message}`)
    // Items are handed on between chunks, so a slow consumer holds back the reading, not the memory.
    for (const done of pending.splice(0)) await handlers.item(done)
    handlers.bytes?.(bytes)
  }
  parser.write(decoder.decode())
  parser.close()
  if (failure) throw new Error(`not a readable WXR export: ${failure.message}`)
  for (const done of pending.splice(0)) await handlers.item(done)
  if (!announced.channel) handlers.channel?.(channel)
  return channel
}
