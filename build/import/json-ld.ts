import { decodeHtml } from './html-dom'
import { toPixels } from './images'
import { plainText } from './text'

export type JsonObject = Record<string, unknown>

export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isList(value: unknown): value is readonly unknown[] {
  return Array.isArray(value)
}

export function asList(value: unknown): readonly unknown[] {
  if (isList(value)) return value
  return value === undefined || value === null ? [] : [value]
}

/** A JSON-LD text value as plain text: strings, numbers, `{ "@value" }`, or the first of a list. */
export function textValue(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value)
  if (typeof value === 'string') {
    const text = plainText(decodeHtml(value))
    return text === '' ? undefined : text
  }
  if (isRecord(value)) return textValue(value['@value'])
  if (isList(value)) return value.map(textValue).find((text) => text !== undefined)
  return undefined
}

/** `NewsArticle`, whether written as "NewsArticle", "schema:NewsArticle" or a schema.org URL. */
function typesOf(node: JsonObject): string[] {
  return asList(node['@type']).flatMap((type) =>
    typeof type === 'string' ? [type.replace(/^.*[/:#]/, '')] : [],
  )
}

export interface JsonLdGraph {
  nodes: JsonObject[]
  /** Follows `{ "@id": "#author" }` references, as Yoast and other @graph publishers write them. */
  resolve: (value: unknown) => unknown
}

function collect(value: unknown, out: JsonObject[], depth: number): void {
  if (depth > 4) return
  for (const item of asList(value)) {
    if (!isRecord(item)) continue
    out.push(item)
    if ('@graph' in item) collect(item['@graph'], out, depth + 1)
  }
}

/** Every JSON-LD node on the page; a block that does not parse is counted and skipped. */
export function readJsonLd(document: Document): { graph: JsonLdGraph; unreadable: number } {
  const nodes: JsonObject[] = []
  let unreadable = 0
  for (const script of document.querySelectorAll('script')) {
    const type = (script.getAttribute('type') ?? '').split(';')[0]?.trim().toLowerCase()
    if (type !== 'application/ld+json') continue
    try {
      const parsed: unknown = JSON.parse(script.textContent)
      collect(parsed, nodes, 0)
    } catch {
      unreadable += 1
    }
  }
  const byId = new Map<string, JsonObject>()
  for (const node of nodes) {
    const id = node['@id']
    if (typeof id === 'string' && Object.keys(node).length > 1 && !byId.has(id)) byId.set(id, node)
  }
  const resolve = (value: unknown): unknown => {
    if (!isRecord(value) || typeof value['@id'] !== 'string') return value
    return Object.keys(value).length === 1 ? (byId.get(value['@id']) ?? value) : value
  }
  return { graph: { nodes, resolve }, unreadable }
}

const NEWS_TYPES = [
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
]
const ARTICLE_TYPES = ['Article', 'BlogPosting', 'LiveBlogPosting', 'Report', 'TechArticle']

/** The page's article node: a news type first, then any article type. */
export function findArticle(graph: JsonLdGraph): JsonObject | undefined {
  const withType = (types: readonly string[]) =>
    graph.nodes.find((node) => typesOf(node).some((type) => types.includes(type)))
  return withType(NEWS_TYPES) ?? withType(ARTICLE_TYPES)
}

export interface JsonLdImage {
  url?: string
  width?: number
  height?: number
  caption?: string
  credit?: string
}

function nameOf(value: unknown): string | undefined {
  return isRecord(value) ? textValue(value.name) : textValue(value)
}

export function toJsonLdImage(value: unknown, graph: JsonLdGraph): JsonLdImage | undefined {
  const node = graph.resolve(value)
  if (typeof node === 'string') return { url: node.trim() }
  if (!isRecord(node)) return undefined
  const url = [node.url, node.contentUrl].find((candidate) => typeof candidate === 'string')
  return {
    url: typeof url === 'string' ? url.trim() : undefined,
    width: toPixels(node.width),
    height: toPixels(node.height),
    caption: textValue(node.caption),
    credit:
      textValue(node.creditText) ??
      nameOf(graph.resolve(node.copyrightHolder)) ??
      nameOf(graph.resolve(node.author)) ??
      nameOf(graph.resolve(node.creator)),
  }
}

/** Sizes of every ImageObject on the page, so an in-body photo without attributes can still be sized. */
export function imageSizes(graph: JsonLdGraph): Map<string, { width: number; height: number }> {
  const sizes = new Map<string, { width: number; height: number }>()
  const visit = (value: unknown, depth: number): void => {
    if (depth > 6) return
    for (const item of asList(value)) {
      if (!isRecord(item)) continue
      if (typesOf(item).includes('ImageObject')) {
        const image = toJsonLdImage(item, graph)
        if (image?.url && image.width && image.height)
          sizes.set(image.url, { width: image.width, height: image.height })
      }
      for (const child of Object.values(item)) visit(child, depth + 1)
    }
  }
  visit(graph.nodes, 0)
  return sizes
}
