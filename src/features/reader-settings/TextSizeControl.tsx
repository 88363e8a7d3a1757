import styles from './reader-settings.module.css'
import { textSizeLabel } from './text-size'
import { useTextSize } from './use-text-size'

/** Smaller, the current size, larger, reset: the control that replaces the seed page's "Font Size:" line. */
export function TextSizeControl() {
  const { textSize, canDecrease, canIncrease, isDefault, increase, decrease, reset } = useTextSize()
  return (
    <div role="group" aria-label="Text size" className={styles.textSize}>
      <button
        type="button"
        className={styles.button}
        onClick={decrease}
        disabled={!canDecrease}
        aria-label="Smaller text"
        aria-keyshortcuts="-"
      >
        <span aria-hidden="true">A−</span>
      </button>
      <span className={styles.value}>{textSizeLabel(textSize)}</span>
      <button
        type="button"
        className={styles.button}
        onClick={increase}
        disabled={!canIncrease}
        aria-label="Larger text"
        aria-keyshortcuts="+"
      >
        <span aria-hidden="true">A+</span>
      </button>
      <button
        type="button"
        className={styles.button}
        onClick={reset}
        disabled={isDefault}
        aria-keyshortcuts="0"
      >
        Reset
      </button>
    </div>
  )
}
