import { useEffect, useId, useRef, useState } from 'react'
import styles from './reader-settings.module.css'
import { formatNumber } from '../../i18n/part-translator'
import { t } from '../../i18n/on-demand/settings'
import { contrastRatio, MINIMUM_CONTRAST } from './settings'
import { updateSettings } from './settings-store'

interface CustomColoursProps {
  text: string
  background: string
}

function formatRatio(ratio: number): string {
  // Rounded down: 4.49 must never read as an acceptable "4.5".
  const value = formatNumber(Math.floor(ratio * 10) / 10, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  })
  return t('settings.ratio', { ratio: value })
}

/**
 * The reader's own text and background, from the browser's colour pickers. A pair below 4.5:1 is refused,
 * and the message says why (the ratio it has, the ratio it needs) in an alert, so it is heard as well as seen.
 *
 * A picker fires `input` at every step of a drag and `change` once the value settles. While it moves, a
 * readable pair is shown on the page in silence; once it settles, one announcement: an alert for a refusal,
 * the polite status line for a pair applied. An alert per step would talk over the reader the whole drag.
 */
export function CustomColours({ text, background }: CustomColoursProps) {
  const [draft, setDraft] = useState({ text, background })
  // Keyed by id, so settling twice on pairs with the same ratio is announced twice.
  const [refusal, setRefusal] = useState<{ id: number; text: string } | undefined>(undefined)
  const textRef = useRef<HTMLInputElement>(null)
  const backgroundRef = useRef<HTMLInputElement>(null)
  const textId = useId()
  const backgroundId = useId()
  const messageId = useId()

  const move = (next: { text: string; background: string }) => {
    setDraft(next)
    if (contrastRatio(next.text, next.background) < MINIMUM_CONTRAST) return
    setRefusal(undefined)
    updateSettings({ theme: 'custom', customText: next.text, customBackground: next.background })
  }

  // React's onChange is the `input` event; the settled value needs the native `change`.
  useEffect(() => {
    const inputs = [textRef.current, backgroundRef.current]
    const settle = () => {
      const next = {
        text: textRef.current?.value ?? '',
        background: backgroundRef.current?.value ?? '',
      }
      const ratio = contrastRatio(next.text, next.background)
      if (ratio < MINIMUM_CONTRAST) {
        setRefusal((previous) => ({
          id: (previous?.id ?? 0) + 1,
          text: t('settings.coloursRefused', {
            ratio: formatRatio(ratio),
            minimum: t('settings.ratio', { ratio: MINIMUM_CONTRAST }),
          }),
        }))
        return
      }
      setRefusal(undefined)
      updateSettings(
        { theme: 'custom', customText: next.text, customBackground: next.background },
        t('settings.coloursApplied', { ratio: formatRatio(ratio) }),
      )
    }
    for (const input of inputs) input?.addEventListener('change', settle)
    return () => {
      for (const input of inputs) input?.removeEventListener('change', settle)
    }
  }, [])

  return (
    <fieldset className={styles.fieldset} aria-describedby={refusal ? messageId : undefined}>
      <legend className={styles.legend}>{t('settings.colours')}</legend>
      <div className={styles.options}>
        <label className={styles.option} htmlFor={textId}>
          <input
            ref={textRef}
            id={textId}
            type="color"
            className={styles.colour}
            value={draft.text}
            onChange={(event) => {
              move({ ...draft, text: event.target.value })
            }}
          />
          {t('settings.textColour')}
        </label>
        <label className={styles.option} htmlFor={backgroundId}>
          <input
            ref={backgroundRef}
            id={backgroundId}
            type="color"
            className={styles.colour}
            value={draft.background}
            onChange={(event) => {
              move({ ...draft, background: event.target.value })
            }}
          />
          {t('settings.backgroundColour')}
        </label>
      </div>
      <p id={messageId} role="alert" className={styles.refusal}>
        {refusal ? <span key={refusal.id}>{refusal.text}</span> : null}
      </p>
    </fieldset>
  )
}
