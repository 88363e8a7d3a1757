// Class and id patterns, shared by the pass before Readability and the body walker.

// Page furniture Readability sometimes leaves inside the article: sign-up boxes, ads, share bars, read-next lists.
const FURNITURE_KINDS: readonly { pattern: RegExp; singular: string }[] = [
  {
    pattern:
      /^(?:ad|ads|ad-slot|adslot|ad-unit|adunit|ad-container|advert|adverts|advertisement|advertising|adsbygoogle|dfp|gpt-ad|sponsored?)$/,
    singular: 'ad container',
  },
  {
    pattern:
      /^(?:newsletter|newsletters|signup|sign-up|subscribe|subscription|subscriptions|paywall|optin|opt-in|mailchimp)$/,
    singular: 'sign-up box',
  },
  { pattern: /^(?:share|sharing|social|sharedaddy|addtoany|sharethis)$/, singular: 'share bar' },
  {
    pattern:
      /^(?:related|recirc|read-more|read-next|more-stories|recommended|relatedposts|jp-relatedposts|most-read|most-popular|mostread|trending|taboola|outbrain)$/,
    singular: 'read-next list',
  },
  { pattern: /^(?:promo|promotion)$/, singular: 'promotion' },
  {
    pattern: /^(?:cookie|cookies|cookie-banner|cookie-notice|consent|gdpr|onetrust|cmp-banner)$/,
    singular: 'cookie banner',
  },
  {
    pattern: /^(?:comments|commentlist|comment-list|comments-area|disqus|disqus_thread|respond)$/,
    singular: 'comments section',
  },
]

/** The words of a class or id: "c-share-bar read-more" → ["c", "share", "bar", "read", "more", "read-more", …]. */
function words(value: string): string[] {
  // "RelatedList" and "ShareBar" (Brightspot, React class names) are two words too.
  const tokens = value
    .replace(/([a-z])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
  const parts = tokens.flatMap((token) => token.split(/[_-]+/))
  // Pairs so "read-more" and "sign-up" are matched as one word as well as two.
  const pairs = tokens.flatMap((token) => {
    const split = token.split(/[_-]+/)
    return split.slice(1).map((part, index) => `${split[index] ?? ''}-${part}`)
  })
  return [...tokens, ...parts, ...pairs]
}

function namesOf(element: Element): string {
  return `${element.getAttribute('class') ?? ''} ${element.id}`
}

/** What kind of furniture a container's name says it is ("ad container"), if any. */
export function furnitureKind(element: Element): string | undefined {
  const found = words(namesOf(element))
  return FURNITURE_KINDS.find((kind) => found.some((word) => kind.pattern.test(word)))?.singular
}

const PULLQUOTE = /\b(?:pull-?quote|wp-block-pullquote|pq|quote--pull|pull_quote|pullQuote)\b/i
const CALLOUT =
  /\b(?:fact-?box|factbox|key-?points|keypoints|callout|call-out|info-?box|highlights|takeaways|key-?facts|what-we-know|tldr|summary-box|explainer-box|sidebar-box|kg-toggle-card|toggle-card|accordion|wp-block-details)\b/i
const NOTE =
  /\b(?:correction|corrections|editors?-?note|update-?note|article-update|clarification)\b/i

const classOf = (element: Element) => element.getAttribute('class') ?? ''

export const isPullquote = (element: Element) => PULLQUOTE.test(classOf(element))
export const isCallout = (element: Element) => CALLOUT.test(namesOf(element))
export const isNoteBox = (element: Element) => NOTE.test(namesOf(element))

// What Readability itself removes by name (its unlikelyCandidates and negative patterns, in short), for the
// pass that takes those names off containers that hold the story.
const READABILITY_UNLIKELY =
  /-ad-|banner|comment|community|extra|footer|header|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|pagination|pager|popup|hidden|com-|contact|masthead|media|meta|outbrain|promo|scroll|share|shopping|tags|widget/i

/** The class and id tokens that would get a container dropped by Readability or by the furniture rules. */
export function droppingNames(element: Element): string[] {
  const tokens = namesOf(element).split(/\s+/).filter(Boolean)
  return tokens.filter(
    (token) =>
      READABILITY_UNLIKELY.test(token) ||
      FURNITURE_KINDS.some((kind) => words(token).some((word) => kind.pattern.test(word))),
  )
}

// A link-preview card (Ghost's bookmark card, WordPress's embed of another WordPress post, "link preview"
// blocks): a title, a description and a thumbnail, all one link.
const LINK_CARD =
  /\b(?:kg-bookmark-card|wp-block-embed-wordpress|link-preview|link-card|bookmark-card|embed-card--link)\b/i
export const isLinkCard = (element: Element) => LINK_CARD.test(classOf(element))

// "Subscribe now", "Support local journalism", "Share": a button set as a paragraph of its own.
const CALL_TO_ACTION =
  /\b(?:subscribe|sign ?up|donate|support|become a (?:member|subscriber)|share|follow us|join|get the app|download the app|give a gift)\b/i
export function isCallToAction(element: Element): boolean {
  // Cheap tests first: this runs on every element of the story.
  if (element.children.length > 2 || element.textContent.length > 200) return false
  const links = [...element.querySelectorAll('a, button')]
  if (links.length !== 1) return false
  const link = links[0]
  const text = element.textContent.trim()
  return (
    link !== undefined &&
    /\b(?:button|btn|cta)\b/i.test(`${classOf(link)} ${classOf(element)}`) &&
    text.length <= 60 &&
    CALL_TO_ACTION.test(text)
  )
}

// Substack's and Markdown's footnotes: a number linked back to its mark, then the note.
const FOOTNOTE = /^(?:footnote|footnote-item)$/i
export const isFootnote = (element: Element) =>
  classOf(element)
    .split(/\s+/)
    .some((name) => FOOTNOTE.test(name)) &&
  element.querySelector('[class*="footnote-number"], [class*="footnote-content"]') !== null
