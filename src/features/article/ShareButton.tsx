import { useState } from 'react'
import styles from './article.module.css'
import button from '../../components/button.module.css'
import { interfaceLocale, t } from '../../i18n/interface'

type ShareState = 'idle' | 'copied' | 'failed'

interface ShareButtonProps {
  title: string
}

/** The system share sheet where there is one; elsewhere the link is copied, with a visible confirmation. */
export function ShareButton({ title }: ShareButtonProps) {
  const [state, setState] = useState<ShareState>('idle')

  const share = async () => {
    const url = location.href.replace(/#.*$/, '')
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url })
      } catch {
        // The reader closed the share sheet: nothing to report.
      }
      return
    }
    try {
      await navigator.clipboard.writeText(url)
      setState('copied')
    } catch {
      setState('failed')
    }
  }

  return (
    <div className={styles.share} data-print="hide" lang={interfaceLocale}>
      <button
        type="button"
        className={button.button}
        onClick={() => {
          void share()
        }}
      >
        {t('article.share')}
      </button>
      <p role="status" className={styles.shareStatus}>
        {state === 'copied' ? t('article.linkCopied') : null}
        {state === 'failed' ? t('article.copyFailed') : null}
      </p>
    </div>
  )
}
