import { LIMITS } from '../../src/content/limits'
import type { DropReport } from './drop-report'
import { textOf } from './html-dom'
import type { InlineContext } from './inline'
import { inlineOf } from './inline'
import { plainText } from './text'
import type { TableBlock, TableCell } from './types'

export interface TableContext extends InlineContext {
  dropped: DropReport
}

const CELL = new Set(['td', 'th'])
const BLOCK_INSIDE =
  'p, div > p, img, picture, table, ul, ol, h1, h2, h3, h4, blockquote, figure, iframe, video'

function rowsOf(table: Element): Element[] {
  // Rows of this table only: not those of a table nested in a cell.
  return [...table.querySelectorAll('tr')].filter((row) => row.closest('table') === table)
}

const cellsOf = (row: Element) => [...row.children].filter((cell) => CELL.has(cell.localName))

/**
 * A table used for layout (one cell a row, or cells holding paragraphs, photos and lists) is not data: its
 * cells are walked as the story instead.
 */
export function isLayoutTable(table: Element): boolean {
  if (['presentation', 'none'].includes(table.getAttribute('role') ?? '')) return true
  const rows = rowsOf(table)
  if (rows.length === 0) return true
  if (rows.every((row) => cellsOf(row).length <= 1)) return true
  return rows.some((row) =>
    cellsOf(row).some(
      (cell) =>
        [...cell.querySelectorAll(BLOCK_INSIDE)].length > 1 ||
        cell.querySelector('table, img, iframe, video') !== null,
    ),
  )
}

function span(cell: Element, name: string, max: number): number | undefined {
  const value = Number.parseInt(cell.getAttribute(name) ?? '', 10)
  return Number.isInteger(value) && value > 1 ? Math.min(value, max) : undefined
}

function cellOf(cell: Element, context: TableContext): TableCell {
  const text = inlineOf(cell, context) ?? ''
  const colSpan = span(cell, 'colspan', LIMITS.tableColumns)
  const rowSpan = span(cell, 'rowspan', LIMITS.tableRows)
  if (colSpan === undefined && rowSpan === undefined) return text
  return { text, ...(colSpan ? { colSpan } : {}), ...(rowSpan ? { rowSpan } : {}) }
}

/** A data table with its caption, header row or column, spans and cells' inline text, within the limits. */
export function tableFrom(
  table: Element,
  context: TableContext,
  caption?: string,
): TableBlock | undefined {
  const rows = rowsOf(table).filter((row) => cellsOf(row).length > 0)
  if (rows.length === 0) return undefined
  const first = rows[0]
  const inHead = first?.parentElement?.localName === 'thead'
  const headerRow =
    inHead || (first !== undefined && cellsOf(first).every((cell) => cell.localName === 'th'))
  const body = rows.slice(headerRow ? 1 : 0)
  const headerColumn =
    body.length > 0 &&
    body.every(
      (row) =>
        cellsOf(row)[0]?.localName === 'th' || cellsOf(row)[0]?.getAttribute('scope') === 'row',
    )

  let kept = rows
  if (rows.length > LIMITS.tableRows) {
    context.dropped.add('table row', `past the format's ${LIMITS.tableRows} a table`)
    kept = rows.slice(0, LIMITS.tableRows)
  }
  const cells = kept.map((row) => {
    const all = cellsOf(row)
    return all.slice(0, LIMITS.tableColumns).map((cell) => cellOf(cell, context))
  })
  if (kept.some((row) => cellsOf(row).length > LIMITS.tableColumns))
    context.dropped.add('table column', `past the format's ${LIMITS.tableColumns} a table`)
  const captionElement = [...table.children].find((child) => child.localName === 'caption')
  const named = caption ?? (captionElement ? plainText(textOf(captionElement)) : '')
  return {
    type: 'table',
    ...(named === '' ? {} : { caption: named.slice(0, LIMITS.mediumText) }),
    ...(headerRow ? { headerRow: true } : {}),
    ...(headerColumn ? { headerColumn: true } : {}),
    rows: cells,
  }
}
