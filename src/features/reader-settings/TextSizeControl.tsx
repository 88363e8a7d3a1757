import styles from './reader-settings.module.css'
import { useReaderSettings } from './settings-store'
import { textSizeLabel } from './text-size'
import { useTextSize } from './use-text-size'

/**
 * Smaller, the current size, larger, reset: the control that replaces the seed page's "Font Size:" line. At
 * either end a button says so with aria-disabled rather than `disabled`, which would drop the focus of the
 * reader who just pressed it and send their next Tab back to the top of the page.
 */
export function TextSizeControl() {
  const { textSize, canDecrease, canIncrease, isDefault, increase, decrease, reset } = useTextSize()
  // Announced only while the keys work: the reader can turn them off in the settings.
  const { shortcuts } = useReaderSettings()
  const shortcut = (key: string) => (shortcuts === 'on' ? key : undefined)
  return (
    <div role="group" aria-label="Text size" className={styles.textSize}>
      <button
        type="button"
        className={styles.button}
        onClick={canDecrease ? decrease : undefined}
        aria-disabled={!canDecrease}
        aria-keyshortcuts={shortcut('-')}
      >
        {/* The visible glyphs start the name, so a speech-input user can say what they see (WCAG 2.5.3). */}
        A−{' '}<span className="visually-hidden">Smaller text</span>
      </button>
      <span className={styles.value}>{textSizeLabel(textSize)}</span>
      <button
        type="button"
        className={styles.button}
        onClick={canIncrease ? increase : undefined}
        aria-disabled={!canIncrease}
        aria-keyshortcuts={shortcut('+')}
      >
        A+{' '}<span className="visually-hidden">Larger text</span>
      </button>
      <button
        type="button"
        className={styles.button}
        onClick={isDefault ? undefined : reset}
        aria-disabled={isDefault}
        aria-keyshortcuts={shortcut('0')}
      >
        Reset
      </button>
    </div>
  )
}
