import { textOf } from './html-dom'
import { plainText } from './text'

// Comparison tables ("which phones have 5G", "where the parties stand") print yes and no as icons: an
// <img alt="Yes">, an SVG with a <title>, an icon font's <i aria-label>, a ✓. The format's cells are text, so
// before anything reads the page each icon in a table becomes its own text alternative. Left as images, the
// photo rules would take them out of their cells (and read the table as layout), and an SVG or an icon font
// would read as nothing: the table would lose its cells or vanish. Emoji images in running text (WordPress's
// wp-smiley, Twemoji) are the same case outside tables.

const ICON_NAME =
  /(?:^|[\s_-])(?:icon|icons|glyph|glyphicon|emoji|wp-smiley|fa|fas|far|fal|bi|material-icons|material-symbols-outlined|check|checkmark|tick|cross)(?:$|[\s_-])/i
const MEANS_YES =
  /(?:^|[\s_/.-])(?:check|checkmark|check-circle|tick|yes|true|done|included|available|success|on)(?:$|[\s_/.-])/i
const MEANS_NO =
  /(?:^|[\s_/.-])(?:times|cross|close|clear|xmark|x-mark|no|false|ban|unavailable|excluded|off)(?:$|[\s_/.-])/i
const LARGEST_ICON = 64
const LONGEST_LABEL = 60

const classOf = (element: Element) => element.getAttribute('class') ?? ''

function label(value: string | null | undefined): string | undefined {
  const text = plainText(value ?? '')
  return text === '' || text.length > LONGEST_LABEL ? undefined : text
}

/** What assistive technology would announce for the icon, by the same precedence as the accessible name. */
function textAlternative(element: Element): string | undefined {
  const labelledBy = (element.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .flatMap((id) => {
      const target = id === '' ? null : element.ownerDocument.getElementById(id)
      return target ? [textOf(target)] : []
    })
    .join(' ')
  const title = [...element.children].find((child) => child.localName === 'title')
  return (
    label(labelledBy) ??
    label(element.getAttribute('aria-label')) ??
    (element.localName === 'img' ? label(element.getAttribute('alt')) : undefined) ??
    (title ? label(textOf(title)) : undefined) ??
    label(element.getAttribute('title'))
  )
}

/** An unlabelled icon still says yes or no by its name: `fa-check`, `icon-cross`, `tick.svg`. */
function meaningByName(element: Element): string | undefined {
  const names = `${classOf(element)} ${element.getAttribute('src') ?? ''} ${element.getAttribute('data-icon') ?? ''}`
  // Material icons are ligatures: the glyph's name is its text.
  const ligature = /material/i.test(classOf(element)) ? ` ${element.textContent.trim()} ` : ''
  if (MEANS_NO.test(names + ligature)) return 'No'
  if (MEANS_YES.test(names + ligature)) return 'Yes'
  return undefined
}

const pixels = (element: Element, name: string) =>
  Number.parseInt(element.getAttribute(name) ?? '', 10)

function isIconImage(image: Element): boolean {
  const width = pixels(image, 'width')
  const height = pixels(image, 'height')
  const sized = Number.isFinite(width) || Number.isFinite(height)
  const small =
    sized &&
    (!Number.isFinite(width) || width <= LARGEST_ICON) &&
    (!Number.isFinite(height) || height <= LARGEST_ICON)
  if (small) return true
  if (sized) return false
  const src = (image.getAttribute('src') ?? '').split(/[?#]/)[0] ?? ''
  const file = src.slice(src.lastIndexOf('/') + 1)
  return (
    ICON_NAME.test(classOf(image)) ||
    /\.svg$/i.test(file) ||
    MEANS_YES.test(` ${file} `) ||
    MEANS_NO.test(` ${file} `)
  )
}

/** An icon-font element or inline SVG: no words of its own, only a glyph drawn by CSS or paths. */
function isIconElement(element: Element): boolean {
  if (element.localName === 'svg') return true
  if (element.getAttribute('role') === 'img') return true
  if (!['i', 'span', 'em'].includes(element.localName) || element.children.length > 0) return false
  const text = element.textContent.trim()
  return ICON_NAME.test(classOf(element)) && (text === '' || /material/i.test(classOf(element)))
}

const isHidden = (element: Element) =>
  element.getAttribute('aria-hidden') === 'true' ||
  ['presentation', 'none'].includes(element.getAttribute('role') ?? '')

/** The cell's text without this icon: an icon beside words (a ✓ and "Yes" for screen readers) adds nothing. */
const otherText = (cell: Element, icon: Element) => plainText(textOf(cell, new Set([icon])))

function replacement(icon: Element, cell: Element | null): string {
  const besideWords = cell !== null && otherText(cell, icon) !== ''
  if (isHidden(icon)) {
    if (besideWords) return ''
    // A hidden ✓ alone in its cell is still the cell's only content.
    return meaningByName(icon) ?? plainText(icon.textContent)
  }
  const alternative = textAlternative(icon)
  if (alternative !== undefined) return alternative
  if (icon.localName === 'img' && icon.getAttribute('alt') === '' && besideWords) return ''
  return meaningByName(icon) ?? (icon.localName === 'svg' ? '' : plainText(icon.textContent))
}

function replaceWithText(icon: Element, text: string): void {
  const document = icon.ownerDocument
  // Spaces keep "Yes" from running into the words beside it.
  icon.replaceWith(document.createTextNode(text === '' ? '' : ` ${text} `))
}

/** Icons in table cells and emoji images in text become their text alternatives, in place. */
export function iconsToText(document: Document): void {
  for (const cell of [...document.body.querySelectorAll('td, th')]) {
    const icons = [...cell.querySelectorAll('img, svg, i, span, em, [role="img"]')].filter(
      (element) =>
        !element.parentElement?.closest('svg, [role="img"]') &&
        (element.localName === 'img' ? isIconImage(element) : isIconElement(element)),
    )
    for (const icon of icons) if (icon.isConnected) replaceWithText(icon, replacement(icon, cell))
  }
  for (const emoji of [...document.body.querySelectorAll('img.emoji, img.wp-smiley, img.twemoji')])
    replaceWithText(emoji, textAlternative(emoji) ?? '')
}
