import { parseByline } from './byline'
import { isHttpsUrlString } from '../../src/content/safe-url'
import { decodeHtml, textOf } from './html-dom'
import { toPixels } from './images'
import type { JsonLdGraph, JsonLdImage, JsonObject } from './json-ld'
import {
  asList,
  findArticle,
  imageSizes,
  isRecord,
  readJsonLd,
  textValue,
  toJsonLdImage,
} from './json-ld'
import type { TopicCandidates } from './html-topics'
import { topicCandidates } from './html-topics'
import { plainText } from './text'
import type { Author } from './types'

interface MetaImage extends JsonLdImage {
  alt?: string
}

/** What the page says about itself, before Readability rewrites the document. */
export interface PageMetadata {
  /** The page's own https address, the only base relative URLs may resolve against. */
  pageUrl?: string
  headline?: string
  firstHeading?: string
  documentTitle?: string
  standfirst?: string
  section?: string
  published?: string
  modified?: string
  authors: Author[]
  image?: MetaImage
  imageSizes: Map<string, { width: number; height: number }>
  siteName?: string
  language?: string
  /** Tags and keywords, by source, before any is judged a topic. */
  topics: TopicCandidates
  unreadableJsonLd: number
}

/** `<meta>` values by lower-cased property, name or itemprop; the first non-empty one wins. */
function metaValues(document: Document): Map<string, string> {
  const values = new Map<string, string>()
  for (const meta of document.querySelectorAll('meta')) {
    const key =
      meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop')
    const content = plainText(decodeHtml(meta.getAttribute('content') ?? ''))
    if (key !== null && content !== '' && !values.has(key.toLowerCase()))
      values.set(key.toLowerCase(), content)
  }
  return values
}

function httpsOrUndefined(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed !== undefined && isHttpsUrlString(trimmed) ? trimmed : undefined
}

function authorsFromJsonLd(article: JsonObject | undefined, graph: JsonLdGraph): Author[] {
  if (!article) return []
  return asList(article.author).flatMap((value): Author[] => {
    const node = graph.resolve(value)
    if (!isRecord(node)) {
      const name = textValue(node)?.replace(/^by\s+/i, '')
      return name === undefined ? [] : [{ name }]
    }
    const name = textValue(node.name)?.replace(/^by\s+/i, '')
    if (name === undefined) return []
    const jobTitle = graph.resolve(node.jobTitle)
    const title = isRecord(jobTitle) ? textValue(jobTitle.name) : textValue(jobTitle)
    return [title === undefined ? { name } : { name, title }]
  })
}

/** `<meta name="author">` may name several people ("A and B", "A; B") or hold a profile URL instead. */
function authorsFromMeta(value: string | undefined): Author[] {
  if (value === undefined || /^https?:/i.test(value)) return []
  return value.split(';').flatMap((part) => parseByline(part))
}

// Where CMSs name the authors besides JSON-LD: NYT's "byl", Parse.ly, Sailthru, Dublin Core, Open Graph's
// article:author when it holds a name rather than a profile URL. Some repeat the tag once per author.
const AUTHOR_METAS = [
  'author',
  'byl',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'article:author',
  'cxenseparse:author',
]

function authorsFromMetas(document: Document): Author[] {
  for (const key of AUTHOR_METAS) {
    const values = [...document.querySelectorAll('meta')]
      .filter(
        (meta) =>
          (meta.getAttribute('name') ?? meta.getAttribute('property') ?? '').toLowerCase() === key,
      )
      .map((meta) => plainText(decodeHtml(meta.getAttribute('content') ?? '')))
    const authors = distinctAuthors(values.flatMap((value) => authorsFromMeta(value)))
    if (authors.length > 0) return authors
  }
  return []
}

/** The byline as marked up on the page: schema.org microdata, or links marked rel="author". */
function authorsFromMarkup(document: Document): Author[] {
  const marked = [
    ...document.querySelectorAll(
      '[itemprop~="author"] [itemprop~="name"], [itemprop~="author"][content]',
    ),
  ].map((element) => element.getAttribute('content') ?? textOf(element))
  const linked = [...document.querySelectorAll('a[rel~="author"]')].map((link) => textOf(link))
  // Bylines named by class: Drupal's author field, "author-name", "byline__name", Arc's "c-byline".
  const named = [
    ...document.querySelectorAll(
      '.field--name-uid, .author-name, .author__name, .byline__name, .byline-name, .c-byline__author, .contributor-name, .article-author-name',
    ),
  ].map((element) => textOf(element))
  for (const names of [marked, linked, named]) {
    const authors = distinctAuthors(names.flatMap((name) => parseByline(plainText(name))))
    if (authors.length > 0) return authors
  }
  return []
}

function distinctAuthors(authors: readonly Author[]): Author[] {
  const seen = new Set<string>()
  return authors.filter((author) => {
    const key = author.name.toLowerCase()
    if (author.name.length > 80 || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

function publishedTimeElement(document: Document): string | undefined {
  const marked = document.querySelector(
    '[itemprop~="datePublished"][datetime], [itemprop~="datePublished"][content], time[pubdate], time[datetime]',
  )
  if (!marked) return undefined
  return marked.getAttribute('datetime') ?? marked.getAttribute('content') ?? textOf(marked)
}

function language(document: Document, article: JsonObject | undefined, meta: Map<string, string>) {
  const candidates = [
    document.documentElement.getAttribute('lang'),
    article ? textValue(article.inLanguage) : undefined,
    meta.get('og:locale')?.replace('_', '-'),
  ]
  return candidates
    .map((value) => value?.trim())
    .find((value) => value !== undefined && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(value))
}

function leadImage(
  article: JsonObject | undefined,
  graph: JsonLdGraph,
  meta: Map<string, string>,
): MetaImage | undefined {
  const fromJsonLd = article ? toJsonLdImage(asList(article.image)[0], graph) : undefined
  const ogUrl = meta.get('og:image:secure_url') ?? meta.get('og:image') ?? meta.get('twitter:image')
  const url = fromJsonLd?.url ?? ogUrl
  if (url === undefined) return undefined
  const fromOg = url === ogUrl
  return {
    ...fromJsonLd,
    url,
    width: fromJsonLd?.width ?? (fromOg ? toPixels(meta.get('og:image:width')) : undefined),
    height: fromJsonLd?.height ?? (fromOg ? toPixels(meta.get('og:image:height')) : undefined),
    alt: fromOg ? (meta.get('og:image:alt') ?? meta.get('twitter:image:alt')) : undefined,
  }
}

export function readMetadata(document: Document): PageMetadata {
  const { graph, unreadable } = readJsonLd(document)
  const article = findArticle(graph)
  const meta = metaValues(document)
  const canonical = document.querySelector('link[rel~="canonical" i]')?.getAttribute('href')
  const publisher = article ? graph.resolve(article.publisher) : undefined
  // The story's headline, not a masthead's <h1> logo above it.
  const heading =
    document.querySelector('article h1') ??
    document.querySelector('main h1') ??
    document.querySelector('h1')
  const jsonLd = (key: string) => (article ? textValue(article[key]) : undefined)
  return {
    pageUrl: httpsOrUndefined(canonical) ?? httpsOrUndefined(meta.get('og:url')),
    headline:
      jsonLd('headline') ?? jsonLd('name') ?? meta.get('og:title') ?? meta.get('twitter:title'),
    firstHeading: heading ? textOf(heading) : undefined,
    documentTitle: plainText(document.title) || undefined,
    standfirst: jsonLd('description') ?? meta.get('og:description') ?? meta.get('description'),
    section: jsonLd('articleSection') ?? meta.get('article:section') ?? meta.get('section'),
    published:
      jsonLd('datePublished') ??
      meta.get('article:published_time') ??
      meta.get('datepublished') ??
      publishedTimeElement(document),
    modified:
      jsonLd('dateModified') ?? meta.get('article:modified_time') ?? meta.get('og:updated_time'),
    authors:
      [
        authorsFromJsonLd(article, graph),
        authorsFromMetas(document),
        authorsFromMarkup(document),
      ].find((list) => list.length > 0) ?? [],
    image: leadImage(article, graph, meta),
    imageSizes: imageSizes(graph),
    siteName:
      meta.get('og:site_name') ?? (isRecord(publisher) ? textValue(publisher.name) : undefined),
    language: language(document, article, meta),
    topics: topicCandidates(document, article, graph),
    unreadableJsonLd: unreadable,
  }
}
