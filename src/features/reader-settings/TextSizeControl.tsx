import { useEffect } from 'react'
import type { MouseEvent } from 'react'
import styles from './reader-settings.module.css'
import { t } from '../../i18n/interface'
import button from '../../components/button.module.css'
import { useReaderSettings } from './settings-store'
import { textSizeLabel } from './text-size'
import { useTextSize } from './use-text-size'

/**
 * Smaller, the current size, larger, reset: the control that replaces the seed page's "Font Size:" line. At
 * either end a button says so with aria-disabled rather than `disabled`, which would drop the focus of the
 * reader who just pressed it and send their next Tab back to the top of the page.
 */
interface TextSizeControlProps {
  /** The size just chosen folded this copy of the control away (compact toolbar): where focus goes instead. */
  onFolded?: () => void
}

export function TextSizeControl({ onFolded }: TextSizeControlProps) {
  const { textSize, canDecrease, canIncrease, isDefault, increase, decrease, reset } = useTextSize()
  // Announced only while the keys work: the reader can turn them off in the settings.
  const { shortcuts } = useReaderSettings()
  // A new size, or this copy just appeared (the panel opened): what is on screen has changed. Its code is
  // not needed for the first view.
  useEffect(() => {
    import('./warm-text-sizes')
      .then(({ warmTextSizesSoon }) => {
        warmTextSizesSoon(textSize)
      })
      // Not warmed: the next press only costs what it always did.
      .catch(() => undefined)
  }, [textSize])
  const shortcut = (key: string) => (shortcuts === 'on' ? key : undefined)
  // A larger size can fold the toolbar: the button just pressed disappears, and its focus with it.
  const keepFocus = (action: () => void) => (event: MouseEvent<HTMLButtonElement>) => {
    const button = event.currentTarget
    action()
    if (onFolded && typeof button.checkVisibility === 'function' && !button.checkVisibility())
      onFolded()
  }
  return (
    <div role="group" aria-label={t('settings.textSizeGroup')} className={styles.textSize}>
      <button
        type="button"
        className={button.button}
        onClick={canDecrease ? keepFocus(decrease) : undefined}
        aria-disabled={!canDecrease}
        aria-keyshortcuts={shortcut('-')}
      >
        {/* The visible glyphs start the name, so a speech-input user can say what they see (WCAG 2.5.3). */}
        A− <span className="visually-hidden">{t('settings.smaller')}</span>
      </button>
      <span className={styles.value}>{textSizeLabel(textSize)}</span>
      <button
        type="button"
        className={button.button}
        onClick={canIncrease ? keepFocus(increase) : undefined}
        aria-disabled={!canIncrease}
        aria-keyshortcuts={shortcut('+')}
      >
        A+ <span className="visually-hidden">{t('settings.larger')}</span>
      </button>
      <button
        type="button"
        className={button.button}
        onClick={isDefault ? undefined : keepFocus(reset)}
        aria-disabled={isDefault}
        aria-keyshortcuts={shortcut('0')}
      >
        {t('settings.resetTextSize')}
      </button>
    </div>
  )
}
