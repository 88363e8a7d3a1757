import type { ReactNode } from 'react'
import styles from './reading-place.module.css'
import { t } from '../../i18n/interface'

interface ContinueReadingFrameProps {
  children: ReactNode
  /** The room held for the row until its code arrives: the same boxes, unseen and unheard. */
  reserve?: boolean
}

/**
 * The "Continue reading" row's frame, shared by the row and the room reserved for it before hydration, so
 * both take the same height: same title (it may wrap at large sizes), same grid, same fixed-height entries.
 */
export function ContinueReadingFrame({ children, reserve = false }: ContinueReadingFrameProps) {
  return (
    <section
      className={reserve ? `${styles.row} ${styles.reserve}` : styles.row}
      aria-labelledby={reserve ? undefined : 'continue-reading'}
      aria-hidden={reserve || undefined}
      data-print="hide"
    >
      <h2 id={reserve ? undefined : 'continue-reading'} className={styles.rowTitle}>
        {t('place.continueReading')}
      </h2>
      <ul className={styles.rowList}>{children}</ul>
    </section>
  )
}
