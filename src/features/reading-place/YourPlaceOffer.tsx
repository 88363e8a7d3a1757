import type { Ref } from 'react'
import styles from './reading-place.module.css'
import button from '../../components/button.module.css'
import { interfaceLocale, t } from '../../i18n/interface'

interface YourPlaceOfferProps {
  /** "40%", as the locale writes it. */
  percent: string
  /** The region's name; none for the held room, which no one hears. */
  label?: string
  onContinue?: () => void
  onTop?: () => void
  offerRef?: Ref<HTMLElement>
  /** The room held for the offer until its code arrives: the same boxes, unseen, unheard, inert. */
  reserve?: boolean
}

/**
 * "Continue where you left off", shared by the offer and the room the first view holds for it, so both take
 * the same height at every width and text size: the same words, the same buttons.
 */
export function YourPlaceOffer({
  percent,
  label,
  onContinue,
  onTop,
  offerRef,
  reserve = false,
}: YourPlaceOfferProps) {
  return (
    <aside
      ref={offerRef}
      lang={interfaceLocale}
      className={reserve ? `${styles.prompt} ${styles.promptReserve}` : styles.prompt}
      aria-label={reserve ? undefined : label}
      aria-hidden={reserve || undefined}
      inert={reserve || undefined}
      data-print="hide"
    >
      <p className={styles.promptText}>{t('place.youRead', { percent })}</p>
      <div className={styles.actions}>
        <button type="button" className={button.primary} onClick={onContinue}>
          {t('place.continue')}
        </button>
        <button type="button" className={button.button} onClick={onTop}>
          {t('place.top')}
        </button>
      </div>
    </aside>
  )
}
