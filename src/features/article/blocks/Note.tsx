import { useId } from 'react'
import type { NoteKind } from '../../../content/block-view'
import type { ContentDate } from '../../../content/dates'
import type { RunView } from '../../../content/inline-view'
import { PublishedDate } from '../../../components/PublishedDate'
import { InlineRuns } from '../InlineRuns'
import styles from './note.module.css'
import { interfaceLanguage } from '../../../i18n/interface'
import { t } from '../../../i18n/on-demand/blocks'
import { Message } from '../../../components/Message'

const LABELS: Record<NoteKind, string> = {
  correction: t('note.correction'),
  update: t('note.update'),
  clarification: t('note.clarification'),
  'editors-note': t('note.editorsNote'),
}

interface NoteProps {
  kind: NoteKind
  date?: ContentDate
  runs: RunView[]
  /** The article's language, for the date until the reader's own locale is known. */
  locale: string
}

/**
 * A dated correction, update, clarification or editor's note, where the newsroom placed it (an update at the
 * top, a correction at the foot, as readers of news expect them): "Correction, March 15, 2022: …".
 */
export function Note({ kind, date, runs, locale }: NoteProps) {
  const labelId = useId()
  return (
    <aside className={styles.note} aria-labelledby={labelId} data-kind={kind}>
      <p className={styles.text}>
        <strong id={labelId} className={styles.label} {...interfaceLanguage}>
          {date === undefined ? (
            t('note.label', { label: LABELS[kind] })
          ) : (
            <Message
              translate={t}
              id="note.labelDated"
              values={{ label: LABELS[kind] }}
              parts={{ date: <PublishedDate date={date} fallbackLocale={locale} /> }}
            />
          )}
        </strong>{' '}
        <InlineRuns runs={runs} />
      </p>
    </aside>
  )
}
