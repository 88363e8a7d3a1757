import type { ListView } from '../../../content/block-view'
import { InlineRuns } from '../InlineRuns'
import styles from './list-block.module.css'

/** A numbered or bulleted list, with at most one nested level (the format flattens deeper ones). */
export function ListBlock({ list }: { list: Omit<ListView, 'key' | 'type'> }) {
  const items = list.items.map((item) => (
    <li key={item.key}>
      <InlineRuns runs={item.runs} />
      {item.sublist === undefined ? null : item.sublist.ordered ? (
        <ol className={styles.list}>
          {item.sublist.items.map((sub) => (
            <li key={sub.key}>
              <InlineRuns runs={sub.runs} />
            </li>
          ))}
        </ol>
      ) : (
        <ul className={styles.list}>
          {item.sublist.items.map((sub) => (
            <li key={sub.key}>
              <InlineRuns runs={sub.runs} />
            </li>
          ))}
        </ul>
      )}
    </li>
  ))
  return list.ordered ? (
    <ol className={styles.list} start={list.start}>
      {items}
    </ol>
  ) : (
    <ul className={styles.list}>{items}</ul>
  )
}
