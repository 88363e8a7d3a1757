import { topicSlug } from '../../src/content/taxonomy'
import type { DropReport } from './drop-report'
import { textOf } from './html-dom'
import type { JsonLdGraph, JsonObject } from './json-ld'
import { asList, isRecord, textValue } from './json-ld'
import { looseKey, plainText } from './text'
import type { Topic } from './types'

// A page names its topics in several places, of different worth. The editors' own tags (`article:tag`,
// JSON-LD `keywords` and `about`, the tag links under the story) come first; `news_keywords` and the
// analytics tags (Parse.ly, Sailthru) next; the old `keywords` meta, often a list written for search engines,
// only when nothing else is there. CMSs also put their own bookkeeping into these lists ("section:world",
// "has_video", "PageType:Article") and generic words ("News", "Breaking news"): those are not topics.

/** Topics past this many are the tail of an SEO list, not what the story is about. */
export const MAX_IMPORTED_TOPICS = 10
const LONGEST_TOPIC = 60
const MOST_WORDS = 6

export interface TopicCandidates {
  editorial: string[]
  keywords: string[]
  searchEngine: string[]
}

const GENERIC = new Set(
  [
    'news',
    'breaking news',
    'latest news',
    'top news',
    'top stories',
    'headlines',
    'home',
    'homepage',
    'home page',
    'article',
    'articles',
    'story',
    'stories',
    'video',
    'videos',
    'photos',
    'free',
    'premium',
    'paywall',
    'subscriber',
    'subscribers only',
    'uncategorized',
    'untagged',
    'none',
    'null',
    'undefined',
  ].map(looseKey),
)

// "topic: Climate" and "tag:Energy" are topics with a label; "section:world", "byline:jane-roe" are the CMS's.
const TOPIC_LABEL = /^(?:topics?|tags?|keywords?|subjects?|themes?)\s*:\s*/i
const OTHER_LABEL = /^[\w.-]{1,24}\s*:/

/** A keyword list written as one string: "Climate, Energy; Floods". */
function splitList(value: string): string[] {
  return value.split(/[,;]/).map((part) => plainText(part))
}

function keywordValues(value: unknown, graph: JsonLdGraph): string[] {
  return asList(value).flatMap((item): string[] => {
    const node = graph.resolve(item)
    if (typeof node === 'string') return splitList(node)
    if (isRecord(node)) {
      const name = textValue(node.name) ?? textValue(node['@value'])
      return name === undefined ? [] : [name]
    }
    return []
  })
}

function metaList(document: Document, names: readonly string[]): string[] {
  return [...document.querySelectorAll('meta')]
    .filter((meta) =>
      names.includes(
        (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').toLowerCase(),
      ),
    )
    .flatMap((meta) => splitList(meta.getAttribute('content') ?? ''))
}

/** Tag links printed with the story: WordPress's rel="tag", and links into the site's /tag/ or /topics/ pages. */
function tagLinks(document: Document): string[] {
  const links = [
    ...document.querySelectorAll('a[rel~="tag" i]:not([rel~="category" i])'),
    ...[...document.querySelectorAll('article a[href], main a[href]')].filter((link) =>
      /\/(?:tags?|topics?)\/[^/?#]+/i.test(link.getAttribute('href') ?? ''),
    ),
  ]
  return [...new Set(links)].map((link) => textOf(link))
}

export function topicCandidates(
  document: Document,
  article: JsonObject | undefined,
  graph: JsonLdGraph,
): TopicCandidates {
  return {
    editorial: [
      ...metaList(document, ['article:tag']),
      ...(article ? keywordValues(article.keywords, graph) : []),
      ...(article ? keywordValues(article.about, graph) : []),
      ...tagLinks(document),
    ],
    keywords: metaList(document, ['news_keywords', 'parsely-tags', 'sailthru.tags']),
    searchEngine: metaList(document, ['keywords']),
  }
}

/** The topic's name, or undefined for a code, a link, a generic word or a label the CMS keeps for itself. */
function topicName(raw: string): string | undefined {
  const labelled = TOPIC_LABEL.test(raw)
  if (!labelled && OTHER_LABEL.test(raw)) return undefined
  const name = plainText(raw.replace(TOPIC_LABEL, '')).replace(/^#/, '')
  if (name.length < 2 || name.length > LONGEST_TOPIC) return undefined
  if (name.split(' ').length > MOST_WORDS) return undefined
  if (/https?:|www\.|[=|{}<>@]/i.test(name)) return undefined
  // "has_video", "sn_primary": identifiers, not names.
  if (/_/.test(name) && !/\s/.test(name)) return undefined
  if (!/\p{L}/u.test(name)) return undefined
  if (GENERIC.has(looseKey(name))) return undefined
  return name
}

/**
 * The article's topics: the best source the page has, each name once (whatever its case or accents), without
 * the site's own name or the section, at most MAX_IMPORTED_TOPICS. Everything left out is in the report.
 */
export function chooseTopics(
  candidates: TopicCandidates,
  known: { siteName?: string; section?: string },
  dropped: DropReport,
): Topic[] {
  const source = [candidates.editorial, candidates.keywords, candidates.searchEngine].find((list) =>
    list.some((value) => value !== ''),
  )
  const taken = new Set(
    [known.siteName, known.section].flatMap((name) => (name ? [topicSlug(name)] : [])),
  )
  const topics: Topic[] = []
  const seen = new Set<string>()
  for (const raw of source ?? []) {
    if (raw === '') continue
    const name = topicName(raw)
    if (name === undefined) {
      dropped.add('keyword', 'not read as topics (codes, links or generic words)', raw)
      continue
    }
    const slug = topicSlug(name)
    if (seen.has(slug) || taken.has(slug)) continue
    seen.add(slug)
    if (topics.length >= MAX_IMPORTED_TOPICS) {
      dropped.add('topic', `past the first ${MAX_IMPORTED_TOPICS}`, name)
      continue
    }
    topics.push(name)
  }
  return topics
}
