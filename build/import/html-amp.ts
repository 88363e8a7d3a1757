import type { DropReport } from './drop-report'

// AMP pages (and AMP-like custom elements) print their photos, players and posts as custom elements that
// only AMP's script turns into <img>, <iframe> and <video>. Without the script they hold nothing, so they are
// rewritten here to the plain elements the rest of the importer reads; ads and analytics are taken out and
// counted.

const ADS =
  'amp-ad, amp-sticky-ad, amp-embed, amp-auto-ads, amp-analytics, amp-pixel, amp-consent, amp-user-notification, amp-geo'

function copyAttributes(from: Element, to: Element, names: readonly string[]): void {
  for (const name of names) {
    const value = from.getAttribute(name)
    if (value !== null) to.setAttribute(name, value)
  }
}

function replace(element: Element, tag: string, attributes: Record<string, string>): Element {
  const replacement = element.ownerDocument.createElement(tag)
  for (const [name, value] of Object.entries(attributes)) replacement.setAttribute(name, value)
  element.replaceWith(replacement)
  return replacement
}

/** A social post as the provider's own embed markup, which the importer reads as an embed. */
function postLink(element: Element, href: string, className: string): void {
  const quote = element.ownerDocument.createElement('blockquote')
  quote.setAttribute('class', className)
  // The placeholder AMP shows before the post loads is the post's text: kept as the fallback.
  const placeholder = element.querySelector('[placeholder], blockquote')
  if (placeholder) quote.append(...placeholder.childNodes)
  const link = element.ownerDocument.createElement('a')
  link.setAttribute('href', href)
  quote.append(link)
  element.replaceWith(quote)
}

export function normaliseAmp(document: Document, dropped: DropReport): void {
  for (const ad of [...document.querySelectorAll(ADS)]) {
    if (!ad.isConnected) continue
    if (
      ad.localName === 'amp-ad' ||
      ad.localName === 'amp-sticky-ad' ||
      ad.localName === 'amp-embed'
    )
      dropped.add('ad container', 'by its class name')
    ad.remove()
  }
  for (const image of [...document.querySelectorAll('amp-img, amp-anim')]) {
    // A placeholder or a fallback inside another AMP element is that element's, not a photo.
    if (image.hasAttribute('placeholder') || image.hasAttribute('fallback')) {
      image.remove()
      continue
    }
    const img = document.createElement('img')
    copyAttributes(image, img, ['src', 'srcset', 'alt', 'width', 'height', 'title'])
    image.replaceWith(img)
  }
  for (const player of [...document.querySelectorAll('amp-video, amp-audio')]) {
    const tag = player.localName === 'amp-video' ? 'video' : 'audio'
    const media = document.createElement(tag)
    copyAttributes(player, media, ['src', 'poster', 'width', 'height', 'title'])
    media.append(...[...player.querySelectorAll('source, track')])
    player.replaceWith(media)
  }
  for (const element of [...document.querySelectorAll('amp-youtube[data-videoid]')])
    replace(element, 'iframe', {
      src: `https://www.youtube.com/embed/${element.getAttribute('data-videoid') ?? ''}`,
    })
  for (const element of [...document.querySelectorAll('amp-vimeo[data-videoid]')])
    replace(element, 'iframe', {
      src: `https://player.vimeo.com/video/${element.getAttribute('data-videoid') ?? ''}`,
    })
  for (const element of [...document.querySelectorAll('amp-twitter[data-tweetid]')])
    postLink(
      element,
      `https://twitter.com/i/status/${element.getAttribute('data-tweetid') ?? ''}`,
      'twitter-tweet',
    )
  for (const element of [...document.querySelectorAll('amp-instagram[data-shortcode]')])
    postLink(
      element,
      `https://www.instagram.com/p/${element.getAttribute('data-shortcode') ?? ''}/`,
      'instagram-media',
    )
  for (const element of [
    ...document.querySelectorAll('amp-iframe[src], amp-facebook[data-href]'),
  ]) {
    const src = element.getAttribute('src') ?? element.getAttribute('data-href') ?? ''
    replace(element, 'iframe', { src, title: element.getAttribute('title') ?? '' })
  }
}
