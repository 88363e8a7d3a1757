import type { DropReport } from './drop-report'
import { textOf } from './html-dom'
import type { MainText } from './main-text'
import { holdsMainText } from './main-text'
import { plainText } from './text'

// Most news sites' video players are drawn by a script: the saved page holds an empty box named like a
// player (BBC's media-player, JW Player, Brightcove, video.js, Arc's PowaPlayer), perhaps a poster frame and a
// caption, but no <video>, <iframe> or source to play. Nothing there can become a video block, and left in
// the page Readability drops it without a word, so the publisher would never know the story had a video.
// Each is taken out here and named in the report, with its caption, to be added by hand.

const NAMED_ATTRIBUTES = [
  'class',
  'id',
  'data-component',
  'data-component-name',
  'data-testid',
  'data-qa',
  'data-e2e',
  'data-type',
]
// Names that only a player has.
const PLAYER_WORD =
  /^(?:media-?player|video-?player|audio-?player|jw-?player|jwplayer|brightcove(?:-player)?|video-?js|vjs|kaltura|ooyala|connatix|powa(?:-player)?|bc-player|player-?container|player-?wrapper)$/i
// Names a video's box has; a photo's box never does.
const VIDEO_WORD =
  /^(?:video|videos|video-?(?:block|container|embed|wrapper|resource|module|component|element|item)|inline-?video)$/i
const PLAYABLE =
  'video, audio, iframe, object, embed, source[src], lite-youtube, lite-vimeo, blockquote.twitter-tweet, blockquote.twitter-video, blockquote.instagram-media, blockquote.tiktok-embed, [data-oembed-url], figure.wp-block-embed, figure.wp-block-video, figure.wp-block-audio'
const PLAYER_ELEMENT = /(?:^|-)(?:player|video)(?:$|-)/

function nameTokens(element: Element): string[] {
  const values = NAMED_ATTRIBUTES.map((name) => element.getAttribute(name) ?? '').join(' ')
  return values
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .split(/\s+/)
    .filter(Boolean)
}

function nameWords(tokens: readonly string[]): string[] {
  // Generated class names carry the name inside a hash ("ssrcss-1x2y3z-MediaPlayer"): keep its words' pairs.
  return tokens.flatMap((token) => {
    const parts = token.split(/[_-]+/)
    return [
      token,
      ...parts,
      ...parts.slice(1).map((part, index) => `${parts[index] ?? ''}-${part}`),
    ]
  })
}

function isPlayerBox(element: Element): boolean {
  // Custom elements such as <bsp-jw-player>, <ps-video>, <video-js>.
  if (element.localName.includes('-') && PLAYER_ELEMENT.test(element.localName)) return true
  if (element.hasAttribute('data-video-id') || element.hasAttribute('data-videoid')) return true
  const tokens = nameTokens(element)
  if (nameWords(tokens).some((word) => PLAYER_WORD.test(word))) return true
  // A box named "video" with a photo in it may be a photo story's gallery; only an empty one is a player.
  // Whole names only: WordPress's "is-type-video" embed figure holds the video's address, read elsewhere.
  return (
    tokens.some((word) => VIDEO_WORD.test(word)) && element.querySelector('img, picture') === null
  )
}

/** The player's caption, without the screen-reader label some sites print before it ("Media caption, "). */
function captionOf(target: Element): string {
  const caption = target.querySelector('figcaption, [class*="caption" i]') ?? target
  return plainText(textOf(caption))
    .replace(/^(?:media|video|audio)\s+caption,?\s*/i, '')
    .slice(0, 80)
}

/** Takes out every player box with nothing to play, and counts it with its caption. */
export function dropScriptedPlayers(document: Document, dropped: DropReport, page: MainText): void {
  for (const element of [...document.body.querySelectorAll('*')]) {
    if (!element.isConnected || !isPlayerBox(element)) continue
    if (element.closest(PLAYABLE) !== null || element.querySelector(PLAYABLE) !== null) continue
    // The figure around the player holds its caption; both go.
    const figure = element.parentElement?.closest('figure')
    const target =
      figure && figure.querySelector(PLAYABLE) === null && !holdsMainText(figure, page)
        ? figure
        : element
    if (holdsMainText(target, page)) continue
    dropped.add(
      'video player',
      'with nothing to play in the saved page (its script loads the video; add it by hand)',
      captionOf(target),
    )
    target.remove()
  }
}
