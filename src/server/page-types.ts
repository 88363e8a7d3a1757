import { isSlug } from '../content/safe-url'
import { LIMITS } from '../content/limits'
import {
  articleFile,
  authorProfileFile,
  frontPageFile,
  listingFile,
} from '../content/content-files'
import type { ListingKind } from '../content/content-files'
import { listingPath } from '../content/listing-paths'
import { keyPart } from './cache-policy'
import type { RenderedPage } from '../content/page-template'

/** What a problem page says could not be shown, as the catalogue's what.* words name it (the page translates). */
export type PageWhat = 'article' | 'frontPage' | 'storyPage' | ListingKind

// Every kind of page the on-demand handler renders, one table entry each: which address, which content file,
// how to render it (a function of the server entry, the same one prerendering calls) and the cache keys a
// publish purges it by. A new page type (section, author, topic) is one more entry here.

/** The server entry's renderers, as the SSR build exports them. */
export interface PageRenderer {
  prerenderArticle(json: unknown, slug: string): RenderedPage
  prerenderFrontPage(json: unknown, page: number): RenderedPage
  prerenderSection(json: unknown, slug: string, page: number): RenderedPage
  prerenderAuthor(json: unknown, slug: string, page: number, profileJson?: unknown): RenderedPage
  prerenderTopic(json: unknown, slug: string, page: number): RenderedPage
  prerenderShell(): RenderedPage
  prerenderNotFound(path?: string): RenderedPage
  prerenderUnreadable(error: unknown, what: PageWhat, path: string): RenderedPage
  prerenderUnreachable(what: PageWhat, path: string): RenderedPage
  /** The page sent when even a problem page fails, in the build's language (src/server/fallback-page.ts). */
  fallbackHtml: string
  basePath: string
}

export interface ContentPage {
  /** The content file, relative to the content base. */
  file: string
  /** What it is in the reader's words, for its problem pages ("article"). */
  what: PageWhat
  /** A second file the page is made from when it exists (an author's profile); its absence is no error. */
  companion?: string
  render(renderer: PageRenderer, json: unknown, companion?: unknown): RenderedPage
  /** Surrogate keys: what a publish purges this page by. Known before the file is read, and from it. */
  keys(json: unknown): string[]
}

export type PageMatch = ContentPage | { redirect: string }

export interface PageType {
  name: string
  match(appPath: string): PageMatch | undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function strings(list: unknown, field: string): string[] {
  if (!Array.isArray(list)) return []
  return list.flatMap((item: unknown) => {
    const value = isRecord(item) ? item[field] : undefined
    return typeof value === 'string' ? [value] : []
  })
}

/** An article's page changes with the article itself, its section's and its authors' keys. */
export function articleKeys(slug: string, json: unknown): string[] {
  const section = isRecord(json) && typeof json.section === 'string' ? json.section : undefined
  return [
    `article:${slug}`,
    ...(section === undefined ? [] : [`section:${keyPart(section)}`]),
    ...strings(isRecord(json) ? json.byline : undefined, 'name').map(
      (name) => `author:${keyPart(name)}`,
    ),
  ]
}

/** An index page changes when any story it lists changes: purging an article's key refreshes its listing too. */
export function indexKeys(page: number, json: unknown): string[] {
  const listed = strings(isRecord(json) ? json.articles : undefined, 'slug').filter(isSlug)
  return ['front-page', `front-page:${page}`, ...listed.map((slug) => `article:${slug}`)]
}

function frontPage(page: number): ContentPage {
  return {
    file: frontPageFile(page),
    what: page === 1 ? 'frontPage' : 'storyPage',
    render: (renderer, json) => renderer.prerenderFrontPage(json, page),
    keys: (json) => indexKeys(page, json),
  }
}

/** A listing's page changes with every story it lists, and with its own section, author or topic key. */
export function listingKeys(
  kind: ListingKind,
  slug: string,
  page: number,
  json: unknown,
): string[] {
  const listed = strings(isRecord(json) ? json.articles : undefined, 'slug').filter(isSlug)
  return [
    `${kind}:${slug}`,
    `${kind}:${slug}:${page}`,
    ...listed.map((story) => `article:${story}`),
  ]
}

function listing(kind: ListingKind, slug: string, page: number): ContentPage {
  return {
    file: listingFile(kind, slug, page),
    what: kind,
    companion: kind === 'author' && page === 1 ? authorProfileFile(slug) : undefined,
    render(renderer, json, companion) {
      switch (kind) {
        case 'section':
          return renderer.prerenderSection(json, slug, page)
        case 'author':
          return renderer.prerenderAuthor(json, slug, page, companion)
        case 'topic':
          return renderer.prerenderTopic(json, slug, page)
      }
    },
    keys: (json) => listingKeys(kind, slug, page, json),
  }
}

const LISTING_ADDRESS = /^\/(sections|authors|topics)\/([^/]+)(?:\/page\/([1-9]\d{0,5}))?$/
const LISTING_KINDS: Record<string, ListingKind> = {
  sections: 'section',
  authors: 'author',
  topics: 'topic',
}

export const PAGE_TYPES: PageType[] = [
  {
    name: 'article',
    match(appPath) {
      const slug = /^\/articles\/([^/]+)$/.exec(appPath)?.[1]
      if (slug === undefined || !isSlug(slug)) return undefined
      return {
        file: articleFile(slug),
        what: 'article',
        render: (renderer, json) => renderer.prerenderArticle(json, slug),
        keys: (json) => articleKeys(slug, json),
      }
    },
  },
  {
    name: 'front-page',
    match: (appPath) => (appPath === '/' ? frontPage(1) : undefined),
  },
  {
    name: 'front-page-page',
    match(appPath) {
      const param = /^\/page\/([1-9]\d{0,5})$/.exec(appPath)?.[1]
      if (param === undefined) return undefined
      const page = Number(param)
      // One address per page: /page/1 is the front page itself.
      if (page === 1) return { redirect: '/' }
      return page <= LIMITS.indexPages ? frontPage(page) : undefined
    },
  },
  {
    name: 'listing',
    match(appPath) {
      const [, folder = '', slug = '', param] = LISTING_ADDRESS.exec(appPath) ?? []
      const kind = LISTING_KINDS[folder]
      if (kind === undefined || !isSlug(slug)) return undefined
      const page = param === undefined ? 1 : Number(param)
      // One address per page: …/page/1 is the listing itself.
      if (param !== undefined && page === 1) return { redirect: listingPath(kind, slug) }
      return page <= LIMITS.indexPages ? listing(kind, slug, page) : undefined
    },
  },
]
