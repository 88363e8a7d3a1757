import { useId } from 'react'
import type { CalloutPartView } from '../../../content/block-view'
import { InlineRuns } from '../InlineRuns'
import styles from './callout.module.css'
import { ListBlock } from './ListBlock'

interface CalloutProps {
  title?: string
  content: CalloutPartView[]
}

/** A fact box ("Key points", "What we know"): an aside named by its heading, beside the story's flow. */
export function Callout({ title, content }: CalloutProps) {
  const titleId = useId()
  return (
    <aside className={styles.callout} aria-labelledby={title === undefined ? undefined : titleId}>
      {title === undefined ? null : (
        <h2 id={titleId} className={styles.title}>
          {title}
        </h2>
      )}
      {content.map((part) =>
        part.type === 'paragraph' ? (
          <p key={part.key} className={styles.paragraph}>
            <InlineRuns runs={part.runs} />
          </p>
        ) : (
          <ListBlock key={part.key} list={part} />
        ),
      )}
    </aside>
  )
}
