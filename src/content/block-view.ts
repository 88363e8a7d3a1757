import { isAllowedMediaUrl } from './content-policy'
import type { ContentPolicy } from './content-policy'
import { parseContentDate } from './dates'
import type { ContentDate } from './dates'
import type { EmbedProvider } from './embed-providers'
import { embedFrameSrc, embedKind, embedProviderName, embedSize } from './embeds'
import type { BlockData } from './format'
import { toImageView } from './image-view'
import type { ImageView } from './image-view'
import { runsText, toRuns } from './inline-view'
import type { RunView } from './inline-view'
import { cleanText, optionalText } from './text'

// What the body's components render, one shape per block type. Blank strings are gone, dates parsed, links
// classified, keys assigned, media the site does not allow left out; components never second-guess it.

type Direction = 'ltr' | 'rtl'
type ListBlock = Extract<BlockData, { type: 'list' }>
type TableBlock = Extract<BlockData, { type: 'table' }>
type MediaBlock = Extract<BlockData, { type: 'video' | 'audio' }>

export interface ListItemView {
  key: string
  runs: RunView[]
  sublist?: { ordered: boolean; items: { key: string; runs: RunView[] }[] }
}

export interface ListView {
  key: string
  type: 'list'
  ordered: boolean
  start?: number
  items: ListItemView[]
}

export interface TableCellView {
  key: string
  runs: RunView[]
  /** A heading cell (`th`), and what it heads. */
  header?: 'col' | 'row'
  colSpan?: number
  rowSpan?: number
  /** Numbers line up on their last digit: the cell sits in (or heads) a column of figures. */
  numeric: boolean
}

export interface TableView {
  key: string
  type: 'table'
  caption?: string
  head: { key: string; cells: TableCellView[] }[]
  body: { key: string; cells: TableCellView[] }[]
}

export interface TrackView {
  src: string
  kind: 'captions' | 'subtitles' | 'descriptions' | 'chapters'
  language: string
  label: string
}

interface MediaView {
  key: string
  src: string
  mimeType?: string
  title: string
  durationSeconds?: number
  caption?: string
  credit?: string
  tracks: TrackView[]
  /** The transcript's paragraphs. */
  transcript: string[]
}

export interface EmbedView {
  key: string
  type: 'embed'
  provider: EmbedProvider
  providerName: string
  kind: 'video' | 'post' | 'audio' | 'chart'
  /** The post at the provider: always linked. */
  url: string
  title: string
  fallback?: string
  /** What is framed once the reader asks; undefined when the site does not allow this provider. */
  frameSrc?: string
  size: { aspectRatio: number } | { height: number }
}

export type CalloutPartView = { key: string; type: 'paragraph'; runs: RunView[] } | ListView

export type NoteKind = 'correction' | 'update' | 'clarification' | 'editors-note'

export type BlockView =
  | { key: string; type: 'paragraph'; runs: RunView[] }
  | { key: string; type: 'heading'; text: string }
  | {
      key: string
      type: 'quote' | 'pullquote'
      runs: RunView[]
      attribution?: string
      language?: string
      direction?: Direction
    }
  | { key: string; type: 'image'; image: ImageView }
  | { key: string; type: 'related'; slug: string; headline: string }
  | ListView
  | TableView
  | { key: string; type: 'callout'; title?: string; content: CalloutPartView[] }
  | { key: string; type: 'note'; kind: NoteKind; date?: ContentDate; runs: RunView[] }
  | { key: string; type: 'gallery'; title?: string; images: ImageView[] }
  | (MediaView & { type: 'video'; poster?: string; width?: number; height?: number })
  | (MediaView & { type: 'audio' })
  | EmbedView
  | { key: string; type: 'code'; text: string; language?: string }
  | { key: string; type: 'break' }
  | {
      key: string
      type: 'formula'
      text: string
      notation: 'tex' | 'mathml' | 'text'
      display: boolean
    }

function toList(block: ListBlock, key: string): ListView {
  return {
    key,
    type: 'list',
    ordered: block.ordered === true,
    start: block.ordered === true ? block.start : undefined,
    items: block.items.map((item, index) => {
      const itemKey = `${key}-${index}`
      if (typeof item === 'string' || Array.isArray(item))
        return { key: itemKey, runs: toRuns(item) }
      const nested = item.items ?? []
      return {
        key: itemKey,
        runs: toRuns(item.text),
        sublist:
          nested.length === 0
            ? undefined
            : {
                ordered: item.ordered === true,
                items: nested.map((text, n) => ({ key: `${itemKey}-${n}`, runs: toRuns(text) })),
              },
      }
    }),
  }
}

// "1,234", "−3.5", "$4bn", "12%", "—": figures, and the dashes tables print for "none".
const FIGURE = /^[-+−–]?[$€£¥]?\d[\d,.\s ]*(?:%|[kmb]n?|bn)?$|^[—–-]$/i

function toTable(block: TableBlock, key: string): TableView {
  const cells = block.rows.map((row) =>
    row.map((cell) =>
      typeof cell === 'string' || Array.isArray(cell)
        ? { runs: toRuns(cell) }
        : { runs: toRuns(cell.text), colSpan: cell.colSpan, rowSpan: cell.rowSpan },
    ),
  )
  const headerRow = block.headerRow === true
  const bodyRows = headerRow ? cells.slice(1) : cells
  const width = Math.max(...cells.map((row) => row.length))
  const firstBodyColumn = block.headerColumn === true ? 1 : 0
  // Only rows without spans say which column a cell is in; a column is numeric when all its filled cells are.
  const numeric = Array.from({ length: width }, (_, column) => {
    if (column < firstBodyColumn) return false
    const values = bodyRows
      .filter((row) =>
        row.every((cell) => cell.colSpan === undefined && cell.rowSpan === undefined),
      )
      .map((row) => cleanText(runsText(row[column]?.runs ?? [])))
      .filter((value) => value !== '')
    return values.length > 0 && values.every((value) => FIGURE.test(value))
  })
  const toRow = (row: (typeof cells)[number], index: number, inHead: boolean) => ({
    key: `${key}-${inHead ? 'h' : 'b'}${index}`,
    cells: row.map((cell, column) => ({
      key: `${key}-${inHead ? 'h' : 'b'}${index}-${column}`,
      runs: cell.runs,
      header: inHead
        ? ('col' as const)
        : block.headerColumn === true && column === 0
          ? ('row' as const)
          : undefined,
      colSpan: cell.colSpan,
      rowSpan: cell.rowSpan,
      // A column's heading lines up with its figures too, or it floats away from the numbers it names.
      numeric: numeric[column] === true,
    })),
  })
  return {
    key,
    type: 'table',
    caption: optionalText(block.caption),
    head: headerRow && cells[0] ? [toRow(cells[0], 0, true)] : [],
    body: bodyRows.map((row, index) => toRow(row, index, false)),
  }
}

function paragraphsOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(/\n\s*\n/)
    .map(cleanText)
    .filter((paragraph) => paragraph !== '')
}

function toMedia(block: MediaBlock, key: string, policy: ContentPolicy): MediaView | undefined {
  if (!isAllowedMediaUrl(block.src, policy)) return undefined
  return {
    key,
    src: block.src,
    mimeType: block.mimeType,
    title: cleanText(block.title),
    durationSeconds: block.durationSeconds,
    caption: optionalText(block.caption),
    credit: optionalText(block.credit),
    tracks: (block.tracks ?? [])
      .filter((track) => isAllowedMediaUrl(track.src, policy))
      .map((track) => ({ ...track, label: cleanText(track.label) })),
    transcript: paragraphsOf(block.transcript),
  }
}

/** The block as components show it, or undefined when nothing of it may be shown on this site. */
export function toBlockView(
  block: BlockData,
  index: number,
  policy: ContentPolicy,
): BlockView | undefined {
  const key = `block-${index}`
  switch (block.type) {
    case 'paragraph':
      return { key, type: 'paragraph', runs: toRuns(block.text) }
    case 'heading':
      return { key, type: 'heading', text: cleanText(block.text) }
    case 'quote':
    case 'pullquote':
      return {
        key,
        type: block.type,
        runs: toRuns(block.text),
        attribution: optionalText(block.attribution),
        language: block.language,
        direction: block.dir,
      }
    case 'image': {
      const image = toImageView(block.image, policy)
      return image && { key, type: 'image', image }
    }
    case 'related':
      return { key, type: 'related', slug: block.slug, headline: cleanText(block.headline) }
    case 'list':
      return toList(block, key)
    case 'table':
      return toTable(block, key)
    case 'callout':
      return {
        key,
        type: 'callout',
        title: optionalText(block.title),
        content: block.content.map((part, n) =>
          part.type === 'paragraph'
            ? { key: `${key}-${n}`, type: 'paragraph', runs: toRuns(part.text) }
            : toList(part, `${key}-${n}`),
        ),
      }
    case 'note':
      return {
        key,
        type: 'note',
        kind: block.kind,
        date: block.date === undefined ? undefined : parseContentDate(block.date),
        runs: toRuns(block.text),
      }
    case 'gallery': {
      const images = block.images.flatMap((image) => toImageView(image, policy) ?? [])
      return images.length === 0
        ? undefined
        : { key, type: 'gallery', title: optionalText(block.title), images }
    }
    case 'video': {
      const media = toMedia(block, key, policy)
      const poster =
        block.poster !== undefined && isAllowedMediaUrl(block.poster, policy)
          ? block.poster
          : undefined
      return media && { ...media, type: 'video', poster, width: block.width, height: block.height }
    }
    case 'audio': {
      const media = toMedia(block, key, policy)
      return media && { ...media, type: 'audio' }
    }
    case 'embed':
      return {
        key,
        type: 'embed',
        provider: block.provider,
        providerName: embedProviderName(block.provider),
        kind: embedKind(block.provider),
        url: block.url,
        title: cleanText(block.title),
        fallback: optionalText(block.fallback),
        frameSrc: policy.embedProviders.includes(block.provider)
          ? embedFrameSrc(block.provider, block.url)
          : undefined,
        size: embedSize(block.provider),
      }
    case 'code':
      // Kept exactly: indentation is meaning in code. Only the blank lines around it go.
      return {
        key,
        type: 'code',
        text: block.text.replace(/^\s*\n|\n\s*$/g, ''),
        language: optionalText(block.language),
      }
    case 'break':
      return { key, type: 'break' }
    case 'formula':
      return {
        key,
        type: 'formula',
        text: cleanText(block.text),
        notation: block.notation ?? 'text',
        display: block.display !== false,
      }
    default:
      return assertNever(block)
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled block: ${JSON.stringify(value)}`)
}
