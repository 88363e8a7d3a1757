import { JSDOM, VirtualConsole } from 'jsdom'
import { collapseSpace } from './text'

/** Marks the placeholder left where an element was lifted out before Readability (html-protect.ts). */
export const SLOT_ATTRIBUTE = 'data-broadsheet-slot'

const ELEMENT_NODE = 1
const TEXT_NODE = 3

/**
 * A DOM for a saved page that never runs its scripts, never fetches its resources and never prints its CSS
 * errors: the page is untrusted input, and a quiet virtual console keeps its noise out of the report.
 * No URL is given, so the page's relative addresses stay as written and the importer resolves them itself.
 */
export function parseDocument(html: string): Document {
  return new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document
}

/** Text of a snippet that may hold entities or tags, as JSON-LD strings often do ("Foo &amp; Bar"). */
export function decodeHtml(value: string): string {
  return /[<&]/.test(value) ? textOf(JSDOM.fragment(value)) : value
}

export function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE
}

export function isText(node: Node): node is Text {
  return node.nodeType === TEXT_NODE
}

// Never text a reader sees: code, styles, embedded documents and form controls.
export const NOT_TEXT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'button',
  'input',
  'select',
  'textarea',
  'canvas',
  'video',
  'audio',
  'img',
  'picture',
  'head',
  'link',
  'meta',
])

// Elements that end a line when rendered, so their text must not run into the next word.
export const BLOCK_LEVEL = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
])

function rawText(node: Node, skip: ReadonlySet<Element>): string {
  let text = ''
  for (const child of node.childNodes) {
    if (isText(child)) text += child.data
    else if (
      isElement(child) &&
      !NOT_TEXT.has(child.localName) &&
      !skip.has(child) &&
      !child.hasAttribute(SLOT_ATTRIBUTE)
    ) {
      const inner = rawText(child, skip)
      text += BLOCK_LEVEL.has(child.localName) ? ` ${inner} ` : inner
    }
  }
  return text
}

/** The visible text of an element, skipping non-text elements and any listed ones (a caption's credit). */
export function textOf(node: Node, skip: ReadonlySet<Element> = new Set()): string {
  return collapseSpace(rawText(node, skip))
}
