import { useId, useRef } from 'react'
import type { TableCellView, TableView } from '../../../content/block-view'
import { useInlineOverflow } from '../../../lib/use-inline-overflow'
import { InlineRuns } from '../InlineRuns'
import styles from './table-block.module.css'
import { t } from '../../../i18n/on-demand/blocks'

function Cell({ cell }: { cell: TableCellView }) {
  const className = cell.numeric ? styles.numeric : undefined
  const content = <InlineRuns runs={cell.runs} />
  return cell.header === undefined ? (
    <td className={className} colSpan={cell.colSpan} rowSpan={cell.rowSpan}>
      {content}
    </td>
  ) : (
    <th className={className} scope={cell.header} colSpan={cell.colSpan} rowSpan={cell.rowSpan}>
      {content}
    </th>
  )
}

/**
 * A data table. On a narrow screen it scrolls inside its own region, named by its caption, which keyboard
 * users can focus and scroll with the arrow keys; the page itself never scrolls sideways.
 */
export function TableBlock({ table }: { table: TableView }) {
  const captionId = useId()
  const regionRef = useRef<HTMLDivElement>(null)
  const overflows = useInlineOverflow(regionRef)
  return (
    <div
      ref={regionRef}
      className={styles.region}
      role="region"
      aria-labelledby={table.caption === undefined ? undefined : captionId}
      aria-label={table.caption === undefined ? t('block.table') : undefined}
      // A scrolling region must take focus, or keyboard users can't scroll it (WCAG 2.1.1).
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={overflows ? 0 : undefined}
    >
      <table className={styles.table}>
        {table.caption === undefined ? null : (
          <caption id={captionId} className={styles.caption}>
            {table.caption}
          </caption>
        )}
        {table.head.length === 0 ? null : (
          <thead>
            {table.head.map((row) => (
              <tr key={row.key}>
                {row.cells.map((cell) => (
                  <Cell key={cell.key} cell={cell} />
                ))}
              </tr>
            ))}
          </thead>
        )}
        <tbody>
          {table.body.map((row) => (
            <tr key={row.key}>
              {row.cells.map((cell) => (
                <Cell key={cell.key} cell={cell} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
