import { useEffect, useState } from 'react'
import { config } from '../config/config'
import styles from './update-banner.module.css'
import { t } from '../i18n/interface'

/**
 * Offers the reload when a new version of the reader is ready. It never reloads by itself: an open article,
 * a half-read page, stays exactly as it is until the reader chooses.
 */
export function UpdateBanner() {
  const [apply, setApply] = useState<(() => void) | undefined>(undefined)

  useEffect(() => {
    // Production builds only: the dev server has no service worker to register.
    if (!import.meta.env.PROD) return
    const start = () => {
      void import('./service-worker')
        .then(({ registerServiceWorker }) =>
          registerServiceWorker((next) => {
            setApply(() => next)
          }),
        )
        .catch(() => undefined)
    }
    // After the page has settled, so registration never competes with reading.
    if (document.readyState === 'complete') setTimeout(start, 1_000)
    else window.addEventListener('load', () => setTimeout(start, 1_000), { once: true })
  }, [])

  return (
    <div role="status" className={apply ? styles.banner : undefined} data-print="hide">
      {apply ? (
        <>
          <p className={styles.text}>{t('update.ready', { site: config.siteName })}</p>
          <button type="button" className={styles.button} onClick={apply}>
            {t('update.reload')}
          </button>
        </>
      ) : null}
    </div>
  )
}
