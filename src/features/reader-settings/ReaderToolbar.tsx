import { lazy, Suspense, useId, useRef, useState } from 'react'
import { ErrorBoundary } from '../../components/ErrorBoundary'
import { t } from '../../i18n/interface'
import styles from './reader-settings.module.css'
import button from '../../components/button.module.css'
import { useReaderSettings } from './settings-store'
import { SettingsAnnouncer } from './SettingsAnnouncer'
import { TextSizeControl } from './TextSizeControl'
import { useTextSizeShortcuts } from './use-text-size-shortcuts'

// The panel's code loads the first time it is opened: most readers never change more than the text size.
const SettingsPanel = lazy(async () => ({
  default: (await import('./SettingsPanel')).SettingsPanel,
}))
// Line focus is off by default; its code loads only for readers who turn it on.
const LineFocus = lazy(async () => ({ default: (await import('./LineFocus')).LineFocus }))

export function ReaderToolbar() {
  useTextSizeShortcuts()
  const { lineFocus } = useReaderSettings()
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const toggleRef = useRef<HTMLButtonElement>(null)

  const close = () => {
    setOpen(false)
    toggleRef.current?.focus()
  }

  return (
    <div className={styles.toolbar}>
      <div className={styles.controls}>
        {/* Folds into the settings panel on narrow screens and at large sizes (a container query in em). */}
        <div className={styles.wideOnly}>
          <TextSizeControl
            onFolded={() => {
              toggleRef.current?.focus()
            }}
          />
        </div>
        <button
          ref={toggleRef}
          type="button"
          className={`${button.button} ${styles.toggle}`}
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          onClick={() => {
            setOpen((value) => !value)
          }}
        >
          {t('settings.open')}
        </button>
      </div>
      {open ? (
        // A chunk that fails to load (a deploy, a dropped connection) costs the panel, never the page.
        <ErrorBoundary fallback={<p className={styles.loading}>{t('settings.unavailable')}</p>}>
          <Suspense fallback={<p className={styles.loading}>{t('settings.loading')}</p>}>
            <SettingsPanel id={panelId} onClose={close} />
          </Suspense>
        </ErrorBoundary>
      ) : null}
      <SettingsAnnouncer />
      {lineFocus !== 'off' ? (
        <ErrorBoundary fallback={null}>
          <Suspense fallback={null}>
            <LineFocus lines={Number(lineFocus)} />
          </Suspense>
        </ErrorBoundary>
      ) : null}
    </div>
  )
}
