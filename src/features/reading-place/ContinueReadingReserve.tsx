import styles from './reading-place.module.css'
import { ContinueReadingFrame } from './ContinueReadingFrame'
import { CONTINUE_READING_SHOWN } from './continue-reading-reserve'

/**
 * Rendered in the prerendered front page and until the row's code loads. Hidden unless the boot script found
 * unfinished articles (`data-continue-reading` on <html>), and then as tall as the row will be: the entries
 * past that count are hidden by CSS, before the first paint.
 */
export function ContinueReadingReserve() {
  return (
    <ContinueReadingFrame reserve>
      {Array.from({ length: CONTINUE_READING_SHOWN }, (_, index) => (
        <li key={index} className={styles.rowItem}>
          <span className={styles.rowLink} />
          <span className={styles.rowProgress}>{'\u00a0'}</span>
        </li>
      ))}
    </ContinueReadingFrame>
  )
}
